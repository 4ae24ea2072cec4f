import { Injectable, type NestMiddleware, UnsupportedMediaTypeException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/** JSON endpoints answer 415 to any other content type instead of seeing an empty body. */
@Injectable()
export class RequireJsonMiddleware implements NestMiddleware {
  use(request: Request, _response: Response, next: NextFunction): void {
    const hasBody =
      Number(request.headers['content-length'] ?? 0) > 0 ||
      request.headers['transfer-encoding'] !== undefined;
    if (
      BODY_METHODS.has(request.method) &&
      hasBody &&
      !request.is(['application/json', 'application/*+json'])
    ) {
      throw new UnsupportedMediaTypeException(
        `Content-Type must be application/json, got ${request.headers['content-type'] ?? 'none'}`,
      );
    }
    next();
  }
}
