import { Injectable, type PipeTransform } from '@nestjs/common';
import { type SavedViewInput, validateSavedViewInput } from '@tradeflow/domain';
import { FieldValidationException } from '../common/api-error';

/** Validates a saved view body with the domain rules (name, dashboard page, known parameters). */
@Injectable()
export class SavedViewInputPipe implements PipeTransform<unknown, SavedViewInput> {
  transform(body: unknown): SavedViewInput {
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      throw new FieldValidationException([{ field: 'body', message: 'must be a JSON object' }]);
    }
    const errors = validateSavedViewInput(body as Record<string, unknown>);
    if (errors.length > 0) throw new FieldValidationException(errors);
    return body as SavedViewInput;
  }
}
