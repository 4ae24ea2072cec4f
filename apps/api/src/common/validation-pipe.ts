import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldError } from '@tradeflow/domain';
import { FieldValidationException } from './api-error';

/**
 * class-transformer treats names that every object inherits (`toString`, `constructor`,
 * `__proto__`, ...) as known, so `?toString=x` slipped past forbidNonWhitelisted (found by the
 * hostile-input property test). They are refused here, at any depth of a body, before any DTO
 * sees them.
 */
class StrictValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'query' || metadata.type === 'body') {
      const reserved = reservedKeys(value);
      if (reserved.length > 0) {
        throw new FieldValidationException(reserved.map((field) => ({ field, message: 'unknown field' })));
      }
    }
    return super.transform(value, metadata);
  }
}

function reservedKeys(value: unknown, prefix = '', depth = 0): string[] {
  if (value === null || typeof value !== 'object' || depth > 20) return [];
  return Object.keys(value).flatMap((key) => {
    const field = prefix ? `${prefix}.${key}` : key;
    const own = key in Object.prototype || key === 'prototype' ? [field] : [];
    return [...own, ...reservedKeys((value as Record<string, unknown>)[key], field, depth + 1)];
  });
}

/** class-validator for query strings and small bodies; unknown fields are rejected, not dropped. */
export function createValidationPipe(): ValidationPipe {
  return new StrictValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => new FieldValidationException(flatten(errors)),
  });
}

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: message.replace(/^property (\S+) should not exist$/, 'unknown field'),
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
