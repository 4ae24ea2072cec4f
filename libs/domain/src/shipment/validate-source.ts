import { isCurrencyCode } from '../codes/currencies';
import { isValidIsoDate } from '../dates/iso-date';
import { hasAtMostDecimals } from './decimal-places';
import type { FieldError } from './shipment';
import { hasControlCharacter } from './text-rules';
import { SHIPMENT_LIMITS } from './validate-shipment';

export const SOURCE_LIMITS = { urlMaxLength: 2000, textMaxLength: 200, noteMaxLength: 2000 };

const FIELDS = [
  'url',
  'documentName',
  'publisher',
  'publishedDate',
  'volumeTonnes',
  'valueAmount',
  'paymentCurrency',
  'note',
] as const;

const blank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

function textProblem(value: unknown, maxLength: number, allowLineBreaks = false): string | undefined {
  if (typeof value !== 'string') return 'must be a string';
  if ([...value].length > maxLength) return `must be at most ${maxLength} characters`;
  if (hasControlCharacter(value, { allowLineBreaks })) return 'must not contain control characters';
  return undefined;
}

// scheme://host[:port][/path][?query][#fragment], without spaces; libs/domain has no URL class.
const HTTP_URL = /^(https?):\/\/([^\s/?#@:]+)(:\d{1,5})?([/?#]\S*)?$/i;

function urlProblem(value: unknown): string | undefined {
  const problem = textProblem(value, SOURCE_LIMITS.urlMaxLength);
  if (problem) return problem;
  const text = value as string;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) return 'must be an absolute http or https URL';
  if (!/^https?:/i.test(text)) return 'must be an http or https URL';
  return HTTP_URL.test(text) ? undefined : 'must be an absolute http or https URL';
}

function amountProblem(value: unknown, opts: { allowZero: boolean; decimals: number; below: number }) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a number';
  if (opts.allowZero ? value < 0 : value <= 0)
    return opts.allowZero ? 'must not be negative' : 'must be greater than 0';
  if (value >= opts.below) return `must be less than ${opts.below}`;
  if (!hasAtMostDecimals(value, opts.decimals)) return `must have at most ${opts.decimals} decimal places`;
  return undefined;
}

/** Checks a shipment source body: a url or a document name, figures with the shipment's rules. */
export function validateShipmentSourceInput(input: Record<string, unknown>): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, message: string | undefined) => {
    if (message) errors.push({ field, message });
  };
  for (const key of Object.keys(input)) {
    if (!(FIELDS as readonly string[]).includes(key)) add(key, 'unknown field');
  }
  const has = (field: (typeof FIELDS)[number]) => !blank(input[field]);
  if (has('url')) add('url', urlProblem(input['url']));
  if (has('documentName'))
    add('documentName', textProblem(input['documentName'], SOURCE_LIMITS.textMaxLength));
  if (!has('url') && !has('documentName')) add('url', 'a source needs a url or a documentName');
  if (has('publisher')) add('publisher', textProblem(input['publisher'], SOURCE_LIMITS.textMaxLength));
  if (has('publishedDate')) {
    const date = input['publishedDate'];
    if (typeof date !== 'string' || !isValidIsoDate(date))
      add('publishedDate', 'must be a real date as YYYY-MM-DD');
  }
  if (has('volumeTonnes')) {
    add(
      'volumeTonnes',
      amountProblem(input['volumeTonnes'], {
        allowZero: false,
        decimals: SHIPMENT_LIMITS.volumeTonnesDecimals,
        below: SHIPMENT_LIMITS.volumeTonnesBelow,
      }),
    );
  }
  if (has('valueAmount')) {
    add(
      'valueAmount',
      amountProblem(input['valueAmount'], {
        allowZero: true,
        decimals: SHIPMENT_LIMITS.valueAmountDecimals,
        below: SHIPMENT_LIMITS.valueAmountBelow,
      }),
    );
  }
  if (has('paymentCurrency')) {
    const currency = input['paymentCurrency'];
    if (typeof currency !== 'string' || !isCurrencyCode(currency))
      add('paymentCurrency', 'unknown ISO 4217 currency code');
  }
  if (has('valueAmount') !== has('paymentCurrency')) {
    add(
      has('valueAmount') ? 'paymentCurrency' : 'valueAmount',
      'valueAmount and paymentCurrency go together',
    );
  }
  if (has('note')) add('note', textProblem(input['note'], SOURCE_LIMITS.noteMaxLength, true));
  return errors;
}
