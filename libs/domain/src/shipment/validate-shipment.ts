import { chokepointsProblem } from '../codes/chokepoints';
import { isCommodityCode, COMMODITIES } from '../codes/commodities';
import { isCountryCode } from '../codes/countries';
import { isCurrencyCode } from '../codes/currencies';
import { isWellFormedLocode } from '../codes/ports';
import { isPriceBasis, PRICE_BASES } from '../codes/price-bases';
import { isTransportMode, TRANSPORT_MODES } from '../codes/transport-modes';
import { isValidIsoDate } from '../dates/iso-date';
import { hasAtMostDecimals } from './decimal-places';
import { isValidImo } from './imo-number';
import { portCountry } from './destination-country';
import { SHIPMENT_STATUSES, type FieldError } from './shipment';
import { SHIPMENT_FIELDS, SHIPMENT_JSON_ONLY_FIELDS, type ShipmentField } from './shipment-fields';
import { legsProblem } from './shipment-legs';

export const SHIPMENT_LIMITS = {
  referenceMaxLength: 64,
  volumeTonnesDecimals: 3,
  volumeTonnesBelow: 1e12,
  valueAmountDecimals: 2,
  // 13 integer + 2 decimal digits stay exact in a double, so amounts survive JSON to the cent.
  valueAmountBelow: 1e13,
  maxTransitCountries: 10,
  minYear: 1900,
  maxYear: 2100,
  shortTextMaxLength: 200,
  notesMaxLength: 10_000,
  /**
   * API gravity of crude: from extra-heavy crude and bitumen blends (about 5) to the lightest
   * condensates sold as crude (about 70); 2 decimals.
   */
  apiGravity: { min: 5, max: 70, decimals: 2 },
  stsTransferPointMaxLength: 100,
} as const;

export interface ValidateShipmentOptions {
  /** PATCH semantics: absent fields are fine, present ones are validated. */
  partial?: boolean;
}

const REQUIRED_FIELDS: ReadonlySet<string> = new Set<ShipmentField>([
  'reference',
  'commodity',
  'originCountry',
  'transportMode',
  'volumeTonnes',
  'arrivalDate',
]);

type CheckedField = ShipmentField | (typeof SHIPMENT_JSON_ONLY_FIELDS)[number];

const CHECKED_FIELDS: readonly CheckedField[] = [...SHIPMENT_FIELDS, ...SHIPMENT_JSON_ONLY_FIELDS];

const KNOWN_FIELDS: ReadonlySet<string> = new Set(CHECKED_FIELDS);

// Returns the problem with a present (non-blank) value, or undefined when it is fine.
type FieldCheck = (value: unknown) => string | undefined;

/**
 * Checks a JSON-shaped shipment (numbers as numbers, dates as YYYY-MM-DD strings, transitCountries
 * as an array) against every rule of docs/csv-contract.md. Returns one error per
 * bad field, each `field` being the camelCase field name; an empty list means valid. null,
 * undefined and blank strings count as absent.
 *
 * In partial mode the rules between two fields (value with currency, departure before arrival)
 * apply only when the patch carries both, so also validate the merged record before saving it.
 */
export function validateShipmentInput(
  input: Record<string, unknown>,
  options: ValidateShipmentOptions = {},
): FieldError[] {
  const partial = options.partial ?? false;
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => errors.push({ field, message });

  for (const key of Object.keys(input)) {
    if (!KNOWN_FIELDS.has(key)) add(key, 'unknown field');
  }

  for (const field of CHECKED_FIELDS) {
    const value = input[field];
    if (isBlank(value)) {
      if (REQUIRED_FIELDS.has(field) && (!partial || Object.hasOwn(input, field))) add(field, 'is required');
      continue;
    }
    const problem = FIELD_CHECKS[field](value);
    if (problem) add(field, problem);
  }

  const failed = new Set(errors.map((e) => e.field));
  const has = (field: CheckedField) => !isBlank(input[field]);
  const bothInPatch = (a: CheckedField, b: CheckedField) =>
    Object.hasOwn(input, a) && Object.hasOwn(input, b);

  const bothPaymentFieldsInPatch =
    Object.hasOwn(input, 'valueAmount') && Object.hasOwn(input, 'paymentCurrency');
  if (!partial || bothPaymentFieldsInPatch) {
    if (has('valueAmount') && !has('paymentCurrency')) {
      add('paymentCurrency', 'is required when valueAmount is given');
    }
    if (has('paymentCurrency') && !has('valueAmount')) {
      add('valueAmount', 'is required when paymentCurrency is given');
    }
  }

  const bothDatesValid =
    has('departureDate') && has('arrivalDate') && !failed.has('departureDate') && !failed.has('arrivalDate');
  // Valid YYYY-MM-DD strings order like the dates they name.
  if (bothDatesValid && (input['departureDate'] as string) > (input['arrivalDate'] as string)) {
    add('departureDate', `must not be after arrivalDate (${input['arrivalDate'] as string})`);
  }

  if (
    (!partial || bothInPatch('apiGravity', 'commodity')) &&
    has('apiGravity') &&
    !failed.has('apiGravity')
  ) {
    if (input['commodity'] !== 'crude_oil') add('apiGravity', 'is for crude_oil only');
  }

  const bothPlacesValid =
    has('destinationCountry') &&
    has('dischargePort') &&
    !failed.has('destinationCountry') &&
    !failed.has('dischargePort');
  if ((!partial || bothInPatch('destinationCountry', 'dischargePort')) && bothPlacesValid) {
    const destination = input['destinationCountry'] as string;
    const port = input['dischargePort'] as string;
    const country = portCountry(port) as string;
    if (country !== destination) {
      add('destinationCountry', `is ${destination}, but dischargePort ${port} is in ${country}`);
      add('dischargePort', `${port} is in ${country}, not in destinationCountry ${destination}`);
    }
  }

  const legsValid = has('legs') && !failed.has('legs');
  if ((!partial || bothInPatch('legs', 'transportMode')) && legsValid && has('transportMode')) {
    const legs = input['legs'] as { mode: string }[];
    const last = legs[legs.length - 1]?.mode;
    if (last !== input['transportMode']) {
      add(
        'legs',
        `the last leg's mode (${String(last)}) must be the transportMode (${String(input['transportMode'])})`,
      );
    }
  }

  const chokepoints = input['chokepoints'];
  if (
    (!partial || bothInPatch('chokepoints', 'transportMode')) &&
    Array.isArray(chokepoints) &&
    chokepoints.length > 0 &&
    !failed.has('chokepoints') &&
    has('transportMode') &&
    input['transportMode'] !== 'sea'
  ) {
    add('chokepoints', `are for sea shipments only (transportMode is ${String(input['transportMode'])})`);
  }

  return errors;
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

// C0 controls, DEL and C1 controls.
function hasControlCharacter(s: string): boolean {
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (c <= 0x1f || (c >= 0x7f && c <= 0x9f)) return true;
  }
  return false;
}

// Length in characters (code points), as PostgreSQL counts varchar(n), not UTF-16 units.
const characterCount = (s: string) => [...s].length;

const quoted = (value: string) => JSON.stringify(value);

const oneOf = (values: readonly string[]) => `expected one of ${values.join(', ')}`;

function countryCodeProblem(code: string): string | undefined {
  if (isCountryCode(code)) return undefined;
  const hint = isCountryCode(code.toUpperCase()) ? `; codes are upper case (${code.toUpperCase()})` : '';
  return `unknown ISO 3166-1 alpha-2 country code ${quoted(code)}${hint}`;
}

const text =
  (maxLength: number): FieldCheck =>
  (value) => {
    if (typeof value !== 'string') return 'must be a string';
    if (value.includes('\u0000')) return 'must not contain NUL characters';
    if (characterCount(value) > maxLength) return `must be at most ${maxLength} characters`;
    return undefined;
  };

const code =
  (problemOf: (code: string) => string | undefined): FieldCheck =>
  (value) =>
    typeof value === 'string' ? problemOf(value) : 'must be a string';

const amount =
  (opts: { allowZero: boolean; decimals: number; below: number }): FieldCheck =>
  (value) => {
    if (typeof value !== 'number') return 'must be a number';
    if (!Number.isFinite(value)) return 'must be a finite number';
    if (opts.allowZero ? value < 0 : value <= 0)
      return opts.allowZero ? 'must not be negative' : 'must be greater than 0';
    if (value >= opts.below) return `must be less than ${opts.below}`;
    if (!hasAtMostDecimals(value, opts.decimals)) return `must have at most ${opts.decimals} decimal places`;
    return undefined;
  };

const date: FieldCheck = (value) => {
  if (typeof value !== 'string') return 'must be a date string in YYYY-MM-DD form';
  if (!isValidIsoDate(value)) return `${quoted(value)} is not a real calendar date in YYYY-MM-DD form`;
  const year = Number(value.slice(0, 4));
  if (year < SHIPMENT_LIMITS.minYear || year > SHIPMENT_LIMITS.maxYear) {
    return `year must be between ${SHIPMENT_LIMITS.minYear} and ${SHIPMENT_LIMITS.maxYear}`;
  }
  return undefined;
};

const port = code((value) =>
  isWellFormedLocode(value)
    ? undefined
    : `malformed UN/LOCODE ${quoted(value)}; expected an ISO country code and 3 letters or digits 2-9, e.g. PKKHI`,
);

const FIELD_CHECKS: Record<CheckedField, FieldCheck> = {
  reference: (value) => {
    if (typeof value !== 'string') return 'must be a string';
    if (hasControlCharacter(value)) return 'must not contain control characters';
    if (value !== value.trim()) return 'must not start or end with spaces';
    if (characterCount(value.trim()) > SHIPMENT_LIMITS.referenceMaxLength) {
      return `must be at most ${SHIPMENT_LIMITS.referenceMaxLength} characters`;
    }
    return undefined;
  },
  commodity: code((value) =>
    isCommodityCode(value)
      ? undefined
      : `unknown commodity ${quoted(value)}; ${oneOf(COMMODITIES.map((c) => c.code))}`,
  ),
  originCountry: code(countryCodeProblem),
  loadPort: port,
  dischargePort: port,
  transportMode: code((value) =>
    isTransportMode(value) ? undefined : `unknown transport mode ${quoted(value)}; ${oneOf(TRANSPORT_MODES)}`,
  ),
  transitCountries: (value) => {
    if (!Array.isArray(value) || !value.every((c) => typeof c === 'string')) {
      return 'must be an array of ISO 3166-1 alpha-2 country codes';
    }
    if (value.length > SHIPMENT_LIMITS.maxTransitCountries) {
      return `must list at most ${SHIPMENT_LIMITS.maxTransitCountries} countries`;
    }
    for (const [i, country] of (value as string[]).entries()) {
      const problem = countryCodeProblem(country);
      if (problem) return problem;
      if (value.indexOf(country) !== i) return `lists ${quoted(country)} more than once`;
    }
    return undefined;
  },
  volumeTonnes: amount({
    allowZero: false,
    decimals: SHIPMENT_LIMITS.volumeTonnesDecimals,
    below: SHIPMENT_LIMITS.volumeTonnesBelow,
  }),
  valueAmount: amount({
    allowZero: true,
    decimals: SHIPMENT_LIMITS.valueAmountDecimals,
    below: SHIPMENT_LIMITS.valueAmountBelow,
  }),
  paymentCurrency: code((value) =>
    isCurrencyCode(value) ? undefined : `unknown ISO 4217 currency code ${quoted(value)}`,
  ),
  contractDate: date,
  departureDate: date,
  arrivalDate: date,
  vesselName: text(SHIPMENT_LIMITS.shortTextMaxLength),
  vesselImo: (value) => {
    if (typeof value !== 'string' || !/^\d{7}$/.test(value)) return 'must be a string of 7 digits';
    if (!isValidImo(value)) return `${quoted(value)} fails the IMO check digit`;
    return undefined;
  },
  importer: text(SHIPMENT_LIMITS.shortTextMaxLength),
  status: code((value) =>
    (SHIPMENT_STATUSES as readonly string[]).includes(value)
      ? undefined
      : `unknown status ${quoted(value)}; ${oneOf(SHIPMENT_STATUSES)}`,
  ),
  notes: text(SHIPMENT_LIMITS.notesMaxLength),
  destinationCountry: code(countryCodeProblem),
  priceBasis: code((value) =>
    isPriceBasis(value) ? undefined : `unknown price basis ${quoted(value)}; ${oneOf(PRICE_BASES)}`,
  ),
  apiGravity: (value) => {
    const { min, max, decimals } = SHIPMENT_LIMITS.apiGravity;
    if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a number';
    if (value < min || value > max) return `must be from ${min} to ${max} (degrees API)`;
    if (!hasAtMostDecimals(value, decimals)) return `must have at most ${decimals} decimal places`;
    return undefined;
  },
  stsTransferPoint: (value) => {
    const problem = text(SHIPMENT_LIMITS.stsTransferPointMaxLength)(value);
    if (problem) return problem;
    return hasControlCharacter(value as string) ? 'must not contain control characters' : undefined;
  },
  legs: (value) => legsProblem(value),
  chokepoints: (value) => chokepointsProblem(value),
};
