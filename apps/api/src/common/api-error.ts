import { BadRequestException } from '@nestjs/common';
import type { FieldError } from '@tradeflow/domain';

/** The JSON body of every error answer. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  errors?: FieldError[];
  requestId?: string;
}

/** 400 with one entry per bad field, e.g. `{ field: 'originCountry', message: '...' }`. */
export class FieldValidationException extends BadRequestException {
  constructor(errors: FieldError[], summary = 'Validation failed') {
    super({
      statusCode: 400,
      error: 'Bad Request',
      message: `${summary}: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`,
      errors,
    });
  }
}
