import { isCurrencyCode } from '../codes/currencies';
import type { FxRate } from '../contract/analytics-contract';
import { isValidIsoDate } from '../dates/iso-date';
import { hasAtMostDecimals } from '../shipment/decimal-places';
import type { FieldError } from '../shipment/shipment';

/** Rates are USD per unit of a currency; USD itself is 1 by definition and never stored. */
export const FX_BASE_CURRENCY = 'USD';

/** Most rates one PUT /api/fx-rates may carry. */
export const MAX_FX_RATES_PER_REQUEST = 10_000;

/** Decimals a rate may have (the column is numeric(20,10)). */
export const FX_RATE_DECIMALS = 10;

/** Largest rate the column holds (numeric(20,10): 10 integer digits). */
const MAX_USD_PER_UNIT = 1e10;

const RATE_FIELDS = new Set(['currency', 'date', 'usdPerUnit']);

/**
 * Checks a PUT /api/fx-rates body `{ rates: [{ currency, date, usdPerUnit }] }`. Each problem names
 * its field with the item index, e.g. `rates[3].usdPerUnit`; a (currency, date) twice is refused.
 */
export function validateFxRatesBody(body: unknown): FieldError[] {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return [{ field: 'body', message: 'must be a JSON object { "rates": [...] }' }];
  }
  const errors: FieldError[] = Object.keys(body)
    .filter((key) => key !== 'rates')
    .map((key) => ({ field: key, message: 'unknown field' }));
  const rates = (body as { rates?: unknown }).rates;
  if (!Array.isArray(rates)) return [...errors, { field: 'rates', message: 'must be an array of rates' }];
  if (rates.length === 0) return [...errors, { field: 'rates', message: 'must hold at least one rate' }];
  if (rates.length > MAX_FX_RATES_PER_REQUEST) {
    return [
      ...errors,
      {
        field: 'rates',
        message: `at most ${MAX_FX_RATES_PER_REQUEST} rates per request, got ${rates.length}`,
      },
    ];
  }
  const firstIndexOf = new Map<string, number>();
  rates.forEach((rate: unknown, index) => {
    const field = (name?: string) => (name ? `rates[${index}].${name}` : `rates[${index}]`);
    if (rate === null || typeof rate !== 'object' || Array.isArray(rate)) {
      errors.push({ field: field(), message: 'must be an object { currency, date, usdPerUnit }' });
      return;
    }
    const { currency, date, usdPerUnit } = rate as Partial<Record<keyof FxRate, unknown>>;
    for (const key of Object.keys(rate)) {
      if (!RATE_FIELDS.has(key)) errors.push({ field: field(key), message: 'unknown field' });
    }
    if (typeof currency !== 'string' || !isCurrencyCode(currency)) {
      errors.push({ field: field('currency'), message: 'must be an ISO 4217 currency code, e.g. CNY' });
    } else if (currency === FX_BASE_CURRENCY) {
      errors.push({ field: field('currency'), message: 'USD is the base currency (always 1 USD per unit)' });
    }
    if (typeof date !== 'string' || !isValidIsoDate(date)) {
      errors.push({ field: field('date'), message: 'must be a real calendar date as YYYY-MM-DD' });
    }
    if (typeof usdPerUnit !== 'number' || !Number.isFinite(usdPerUnit) || usdPerUnit <= 0) {
      errors.push({ field: field('usdPerUnit'), message: 'must be a number greater than 0' });
    } else if (usdPerUnit >= MAX_USD_PER_UNIT) {
      errors.push({ field: field('usdPerUnit'), message: `must be less than ${MAX_USD_PER_UNIT}` });
    } else if (!hasAtMostDecimals(usdPerUnit, FX_RATE_DECIMALS)) {
      errors.push({ field: field('usdPerUnit'), message: `at most ${FX_RATE_DECIMALS} decimal places` });
    }
    if (typeof currency === 'string' && typeof date === 'string') {
      const pair = `${currency} ${date}`;
      const first = firstIndexOf.get(pair);
      if (first === undefined) firstIndexOf.set(pair, index);
      else errors.push({ field: field(), message: `repeats rates[${first}] (${pair}); send each rate once` });
    }
  });
  return errors;
}
