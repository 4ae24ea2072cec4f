import { isValidIsoDate } from '../dates/iso-date';
import { hasAtMostDecimals } from '../shipment/decimal-places';
import type { FieldError } from '../shipment/shipment';

/** A crude benchmark code: upper-case letters, digits or _, 2 to 16 characters (BRENT, DUBAI, WTI). */
export const BENCHMARK_CODE_PATTERN = /^[A-Z][A-Z0-9_]{1,15}$/;

/** Codes the first migration stores (monthly series, no prices until some are uploaded). */
export const BUILT_IN_BENCHMARKS = ['BRENT', 'DUBAI', 'URALS', 'WTI'] as const;

/**
 * `monthly`: one price per month (the published monthly average), dated `YYYY-MM` (or the 1st).
 * `daily`: one price per day; a month's price is the mean of its daily prices.
 */
export const BENCHMARK_FREQUENCIES = ['monthly', 'daily'] as const;
export type BenchmarkFrequency = (typeof BENCHMARK_FREQUENCIES)[number];

/** Most prices one upload may carry. */
export const MAX_BENCHMARK_PRICES_PER_REQUEST = 10_000;

/** Decimals a price may have (numeric(12,4)). */
export const BENCHMARK_PRICE_DECIMALS = 4;
const MAX_USD_PER_BARREL = 100_000;

/** Header of a benchmark price CSV (PUT .../prices as text/csv, and the dashboard upload). */
export const BENCHMARK_PRICES_CSV_HEADER = 'date,usd_per_barrel';

export interface Benchmark {
  code: string;
  name: string;
  frequency: BenchmarkFrequency;
  /** Where the prices come from, and how far they can be trusted. */
  note: string | null;
  priceCount: number;
  /** First and last price date (YYYY-MM-DD; a monthly price is dated the 1st), null without prices. */
  firstDate: string | null;
  lastDate: string | null;
}

export interface BenchmarkInput {
  name: string;
  frequency?: BenchmarkFrequency;
  note?: string | null;
}

export interface BenchmarkPrice {
  /** YYYY-MM-DD; for a monthly series also YYYY-MM (stored as the 1st). */
  date: string;
  usdPerBarrel: number;
}

export interface BenchmarkPricesUpsertRequest {
  prices: BenchmarkPrice[];
}

export interface BenchmarkPricesUpsertResult {
  inserted: number;
  updated: number;
}

export interface BenchmarkPriceList {
  code: string;
  frequency: BenchmarkFrequency;
  items: BenchmarkPrice[];
  total: number;
}

export function isBenchmarkCode(value: string): boolean {
  return BENCHMARK_CODE_PATTERN.test(value);
}

/** Problems of a benchmark definition body (PUT /api/benchmarks/:code). */
export function validateBenchmarkInput(body: unknown): FieldError[] {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return [
      { field: 'body', message: 'must be a JSON object { "name": ..., "frequency": ..., "note": ... }' },
    ];
  }
  const errors: FieldError[] = Object.keys(body)
    .filter((key) => !['name', 'frequency', 'note'].includes(key))
    .map((key) => ({ field: key, message: 'unknown field' }));
  const { name, frequency, note } = body as Record<string, unknown>;
  if (typeof name !== 'string' || name.trim() === '' || name.length > 100) {
    errors.push({ field: 'name', message: 'must be a text of 1 to 100 characters' });
  }
  if (frequency !== undefined && !(BENCHMARK_FREQUENCIES as readonly unknown[]).includes(frequency)) {
    errors.push({ field: 'frequency', message: `must be one of ${BENCHMARK_FREQUENCIES.join(', ')}` });
  }
  if (note !== undefined && note !== null && (typeof note !== 'string' || note.length > 2000)) {
    errors.push({ field: 'note', message: 'must be a text of at most 2000 characters, or null' });
  }
  return errors;
}

/** How an item's fields are named in errors: `prices[3].usdPerBarrel`, or `line 5: usd_per_barrel` for a CSV. */
export interface PriceFieldNames {
  item(index: number): string;
  date(index: number): string;
  usdPerBarrel(index: number): string;
}

export const JSON_PRICE_FIELDS: PriceFieldNames = {
  item: (index) => `prices[${index}]`,
  date: (index) => `prices[${index}].date`,
  usdPerBarrel: (index) => `prices[${index}].usdPerBarrel`,
};

/** The stored date of a price: a monthly series' `YYYY-MM` is its month's 1st; undefined when malformed. */
export function benchmarkPriceDate(date: unknown, frequency: BenchmarkFrequency): string | undefined {
  if (typeof date !== 'string') return undefined;
  if (frequency === 'monthly') {
    const day = /^\d{4}-\d{2}$/.test(date) ? `${date}-01` : date;
    return isValidIsoDate(day) && day.endsWith('-01') ? day : undefined;
  }
  return isValidIsoDate(date) ? date : undefined;
}

/**
 * Checks the prices of one upload to a series of `frequency`: each date well formed (a monthly series
 * takes `YYYY-MM` or the 1st of the month) and present once, each price a number > 0 with at most 4
 * decimals. Fields are named by `names`.
 */
export function validateBenchmarkPrices(
  prices: unknown,
  frequency: BenchmarkFrequency,
  names: PriceFieldNames = JSON_PRICE_FIELDS,
): FieldError[] {
  if (!Array.isArray(prices)) return [{ field: 'prices', message: 'must be an array of prices' }];
  if (prices.length === 0) return [{ field: 'prices', message: 'must hold at least one price' }];
  if (prices.length > MAX_BENCHMARK_PRICES_PER_REQUEST) {
    return [
      {
        field: 'prices',
        message: `at most ${MAX_BENCHMARK_PRICES_PER_REQUEST} prices per upload, got ${prices.length}`,
      },
    ];
  }
  const errors: FieldError[] = [];
  const firstIndexOf = new Map<string, number>();
  prices.forEach((price: unknown, index) => {
    if (price === null || typeof price !== 'object' || Array.isArray(price)) {
      errors.push({ field: names.item(index), message: 'must be an object { date, usdPerBarrel }' });
      return;
    }
    for (const key of Object.keys(price)) {
      if (key !== 'date' && key !== 'usdPerBarrel') {
        errors.push({ field: `${names.item(index)}.${key}`, message: 'unknown field' });
      }
    }
    const { date, usdPerBarrel } = price as Record<string, unknown>;
    const stored = benchmarkPriceDate(date, frequency);
    if (stored === undefined) {
      errors.push({
        field: names.date(index),
        message:
          frequency === 'monthly'
            ? 'must be a month as YYYY-MM (or its 1st day, YYYY-MM-01): the series is monthly'
            : 'must be a real calendar date as YYYY-MM-DD',
      });
    } else {
      const first = firstIndexOf.get(stored);
      if (first === undefined) firstIndexOf.set(stored, index);
      else {
        errors.push({
          field: names.date(index),
          message: `${String(date)} is there twice (also ${names.item(first)}); send each ${frequency === 'monthly' ? 'month' : 'date'} once`,
        });
      }
    }
    if (typeof usdPerBarrel !== 'number' || !Number.isFinite(usdPerBarrel)) {
      errors.push({ field: names.usdPerBarrel(index), message: 'must be a number (USD per barrel)' });
    } else if (usdPerBarrel <= 0) {
      errors.push({
        field: names.usdPerBarrel(index),
        message: `must be greater than 0, got ${usdPerBarrel}`,
      });
    } else if (usdPerBarrel >= MAX_USD_PER_BARREL) {
      errors.push({ field: names.usdPerBarrel(index), message: `must be less than ${MAX_USD_PER_BARREL}` });
    } else if (!hasAtMostDecimals(usdPerBarrel, BENCHMARK_PRICE_DECIMALS)) {
      errors.push({
        field: names.usdPerBarrel(index),
        message: `must have at most ${BENCHMARK_PRICE_DECIMALS} decimal places`,
      });
    }
  });
  return errors;
}

/** Checks a PUT /api/benchmarks/:code/prices JSON body `{ prices: [{ date, usdPerBarrel }] }`. */
export function validateBenchmarkPricesBody(body: unknown, frequency: BenchmarkFrequency): FieldError[] {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return [{ field: 'body', message: 'must be a JSON object { "prices": [...] }' }];
  }
  const unknown = Object.keys(body)
    .filter((key) => key !== 'prices')
    .map((key) => ({ field: key, message: 'unknown field' }));
  return [...unknown, ...validateBenchmarkPrices((body as { prices?: unknown }).prices, frequency)];
}

export interface ParsedBenchmarkPricesCsv {
  prices: BenchmarkPrice[];
  /** The file line of each price (header = line 1), to name it in errors. */
  lines: number[];
  errors: FieldError[];
}

/**
 * Reads the records of a `date,usd_per_barrel` CSV (cells as a CSV parser gives them, each with its
 * line). Cells are checked for shape here; validateBenchmarkPrices with csvPriceFields(lines) checks
 * the rules and names each problem by line and column.
 */
export function parseBenchmarkPricesCsv(
  records: readonly { line: number; cells: string[] }[],
): ParsedBenchmarkPricesCsv {
  const result: ParsedBenchmarkPricesCsv = { prices: [], lines: [], errors: [] };
  const [header, ...rows] = records;
  const headerText = (header?.cells ?? []).map((cell) => cell.trim().toLowerCase()).join(',');
  if (headerText !== BENCHMARK_PRICES_CSV_HEADER) {
    result.errors.push({ field: 'line 1', message: `the header must be ${BENCHMARK_PRICES_CSV_HEADER}` });
    return result;
  }
  for (const { line, cells } of rows) {
    if (cells.length === 1 && cells[0]?.trim() === '') continue;
    if (cells.length !== 2) {
      result.errors.push({ field: `line ${line}`, message: `has ${cells.length} cells, expected 2` });
      continue;
    }
    const [date = '', price = ''] = cells.map((cell) => cell.trim());
    const usdPerBarrel = /^-?\d+(\.\d+)?$/.test(price) ? Number(price) : Number.NaN;
    if (Number.isNaN(usdPerBarrel)) {
      result.errors.push({
        field: `line ${line}: usd_per_barrel`,
        message: `"${price}" is not a plain decimal number (like 74.95)`,
      });
      continue;
    }
    result.prices.push({ date, usdPerBarrel });
    result.lines.push(line);
  }
  return result;
}

/** Field names of CSV prices: `line 5: date`, `line 5: usd_per_barrel`. */
export function csvPriceFields(lines: readonly number[]): PriceFieldNames {
  return {
    item: (index) => `line ${lines[index]}`,
    date: (index) => `line ${lines[index]}: date`,
    usdPerBarrel: (index) => `line ${lines[index]}: usd_per_barrel`,
  };
}
