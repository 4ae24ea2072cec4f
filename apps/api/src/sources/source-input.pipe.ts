import { Injectable, type PipeTransform } from '@nestjs/common';
import { type ShipmentSourceInput, validateShipmentSourceInput } from '@tradeflow/domain';
import { FieldValidationException } from '../common/api-error';

/** Validates a shipment source body with the domain rules. */
@Injectable()
export class SourceInputPipe implements PipeTransform<unknown, ShipmentSourceInput> {
  transform(body: unknown): ShipmentSourceInput {
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      throw new FieldValidationException([{ field: 'body', message: 'must be a JSON object' }]);
    }
    const errors = validateShipmentSourceInput(body as Record<string, unknown>);
    if (errors.length > 0) throw new FieldValidationException(errors);
    return body as ShipmentSourceInput;
  }
}
