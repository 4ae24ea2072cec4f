import { Injectable, type PipeTransform } from '@nestjs/common';
import { type ShipmentInput, validateShipmentInput } from '@tradeflow/domain';
import { FieldValidationException } from '../common/api-error';

/** Validates a shipment body with the domain rules (shared with CSV import and the dashboard form). */
@Injectable()
export class ShipmentInputPipe implements PipeTransform<unknown, ShipmentInput> {
  constructor(private readonly options: { partial?: boolean } = {}) {}

  transform(body: unknown): ShipmentInput {
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      throw new FieldValidationException([{ field: 'body', message: 'must be a JSON object' }]);
    }
    const errors = validateShipmentInput(body as Record<string, unknown>, this.options);
    if (errors.length > 0) throw new FieldValidationException(errors);
    return body as ShipmentInput;
  }
}
