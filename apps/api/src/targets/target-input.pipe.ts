import { Injectable, type PipeTransform } from '@nestjs/common';
import { type TargetInput, validateTargetInput } from '@tradeflow/domain';
import { FieldValidationException } from '../common/api-error';

/** Validates a target body with the domain rules (shared with the dashboard's target form). */
@Injectable()
export class TargetInputPipe implements PipeTransform<unknown, Partial<TargetInput>> {
  constructor(private readonly options: { partial?: boolean } = {}) {}

  transform(body: unknown): Partial<TargetInput> {
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      throw new FieldValidationException([{ field: 'body', message: 'must be a JSON object' }]);
    }
    const errors = validateTargetInput(body as Record<string, unknown>, this.options);
    if (errors.length > 0) throw new FieldValidationException(errors);
    return body as Partial<TargetInput>;
  }
}
