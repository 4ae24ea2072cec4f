import { Injectable, type PipeTransform } from '@nestjs/common';
import { type FieldError, type ReportInput, validateReportInput } from '@tradeflow/domain';
import { FieldValidationException } from '../common/api-error';
import { cronProblem } from './schedule/cron-schedule';

/** Body of POST /api/reports (and, partial, of PATCH): domain rules plus a cron parse. */
@Injectable()
export class ReportInputPipe implements PipeTransform<unknown, Partial<ReportInput>> {
  constructor(private readonly options: { partial?: boolean } = {}) {}

  transform(body: unknown): Partial<ReportInput> {
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      throw new FieldValidationException([{ field: 'body', message: 'must be a JSON object' }]);
    }
    const input = body as Record<string, unknown>;
    const errors: FieldError[] = validateReportInput(input, this.options);
    const cronIsWellFormed = !errors.some((error) => error.field === 'cron' || error.field === 'timezone');
    if (typeof input['cron'] === 'string' && cronIsWellFormed) {
      const problem = cronProblem(
        input['cron'],
        typeof input['timezone'] === 'string' ? input['timezone'] : 'UTC',
      );
      if (problem) errors.push({ field: 'cron', message: problem });
    }
    if (errors.length > 0) throw new FieldValidationException(errors);
    return input as Partial<ReportInput>;
  }
}
