import { Injectable, type PipeTransform } from '@nestjs/common';
import type { AlertInput } from '@tradeflow/domain';
import { FieldValidationException } from '../common/api-error';

/** A JSON object body; the rules are checked by AlertsService on the complete (merged) definition. */
@Injectable()
export class AlertBodyPipe implements PipeTransform<unknown, Partial<AlertInput>> {
  transform(body: unknown): Partial<AlertInput> {
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      throw new FieldValidationException([{ field: 'body', message: 'must be a JSON object' }]);
    }
    return body as Partial<AlertInput>;
  }
}
