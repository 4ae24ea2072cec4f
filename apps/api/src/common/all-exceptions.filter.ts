import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import type { ApiErrorBody } from './api-error';
import { isDatabaseUnavailable } from './database-errors';

/**
 * Every error leaves as `{ statusCode, error, message, errors? }`: never a stack trace, never a 500
 * for something the client did. Database outages answer 503 so clients know to retry.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request & { id?: string }>();
    const body = this.toBody(exception);
    if (request?.id !== undefined) body.requestId = String(request.id);
    if (body.statusCode >= 500) {
      this.logger.error(
        { err: exception, requestId: body.requestId },
        `${request?.method} ${request?.url} failed`,
      );
    }
    if (response.headersSent) {
      response.destroy();
      return;
    }
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ApiErrorBody {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const payload = exception.getResponse();
      if (typeof payload === 'string')
        return { statusCode: status, error: reasonPhrase(status), message: payload };
      const record = payload as Record<string, unknown>;
      const message = Array.isArray(record['message'])
        ? (record['message'] as unknown[]).join('; ')
        : String(record['message'] ?? exception.message);
      return {
        ...record,
        statusCode: status,
        error: typeof record['error'] === 'string' ? record['error'] : reasonPhrase(status),
        message,
      } as ApiErrorBody;
    }
    if (isDatabaseUnavailable(exception)) {
      return {
        statusCode: HttpStatus.SERVICE_UNAVAILABLE,
        error: 'Service Unavailable',
        message: 'The database is not reachable right now; retry shortly',
      };
    }
    const bodyParserError = asBodyParserError(exception);
    if (bodyParserError) return bodyParserError;
    if (exception instanceof QueryFailedError) {
      const rejected = REJECTED_VALUE_SQLSTATES[(exception as { code?: string }).code ?? ''];
      if (rejected) return { statusCode: 400, error: 'Bad Request', message: rejected };
    }
    return { statusCode: 500, error: 'Internal Server Error', message: 'Internal server error' };
  }
}

function asBodyParserError(exception: unknown): ApiErrorBody | undefined {
  const error = exception as { type?: string; status?: number; limit?: number; message?: string };
  switch (error?.type) {
    case 'entity.too.large':
      return {
        statusCode: 413,
        error: 'Payload Too Large',
        message: `Request body is larger than the limit of ${error.limit} bytes`,
      };
    case 'entity.parse.failed':
      return { statusCode: 400, error: 'Bad Request', message: `Malformed JSON body: ${error.message}` };
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return {
        statusCode: 415,
        error: 'Unsupported Media Type',
        message: error.message ?? 'Unsupported encoding',
      };
    case 'request.aborted':
      return { statusCode: 400, error: 'Bad Request', message: 'Request aborted by the client' };
    default:
      return undefined;
  }
}

// Last line of defence: validation should catch these first, but a value PostgreSQL refuses is
// still the client's input, so it is a 400, not a 500.
const REJECTED_VALUE_SQLSTATES: Record<string, string> = {
  '22001': 'A text value is longer than allowed',
  '22003': 'A number is out of range',
  '22007': 'A date or time has the wrong format',
  '22008': 'A date or time is out of range',
  '22021': 'A text value contains characters that cannot be stored',
  '22P02': 'A value has the wrong format',
  '22P05': 'A text value contains characters that cannot be stored',
  '23514': 'A value breaks a rule of the data',
};

export function reasonPhrase(status: number): string {
  const phrases: Record<number, string> = {
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    405: 'Method Not Allowed',
    409: 'Conflict',
    413: 'Payload Too Large',
    415: 'Unsupported Media Type',
    422: 'Unprocessable Entity',
    429: 'Too Many Requests',
    500: 'Internal Server Error',
    503: 'Service Unavailable',
  };
  return phrases[status] ?? 'Error';
}
