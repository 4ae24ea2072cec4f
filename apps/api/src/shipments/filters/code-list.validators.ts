import { Transform } from 'class-transformer';
import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isValidIsoDate } from '@tradeflow/domain';

/** `?origin=SA,AE&origin=KW` -> ['SA', 'AE', 'KW']; blanks dropped. */
export function CommaList(): PropertyDecorator {
  return Transform(({ value }) => {
    if (value === undefined || value === null) return undefined;
    const parts = (Array.isArray(value) ? value : [value]).flatMap((item) => String(item).split(','));
    return parts.map((part) => part.trim()).filter((part) => part.length > 0);
  });
}

/** Every item of the list passes `isValid`; the message names the offending values. */
export function IsCodeList(isValid: (code: string) => boolean, what: string, options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isCodeList',
      validator: {
        validate: (value: unknown) =>
          Array.isArray(value) &&
          value.length <= 100 &&
          value.every((item) => typeof item === 'string' && isValid(item)),
        defaultMessage: (args) => {
          const value = args?.value;
          if (!Array.isArray(value)) return `${args?.property} must be a comma-separated list of ${what}s`;
          if (value.length > 100) return `${args?.property} accepts at most 100 values`;
          const bad = value.filter((item) => typeof item !== 'string' || !isValid(item));
          return `${args?.property}: unknown ${what} ${bad.map((item) => JSON.stringify(item)).join(', ')}`;
        },
      },
    },
    options,
  );
}

export function IsIsoDateString(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isIsoDateString',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isValidIsoDate(value),
        defaultMessage: (args) =>
          `${args?.property} must be a real calendar date as YYYY-MM-DD, got ${JSON.stringify(args?.value)}`,
      },
    },
    options,
  );
}
