import {
  type FieldError,
  SHIPMENT_FIELDS,
  type Shipment,
  type ShipmentField,
  type ShipmentInput,
} from '@tradeflow/domain';

/** What the inputs hold: text for everything, as typed. */
export type ShipmentFormValues = Record<ShipmentField, string>;

export function emptyFormValues(): ShipmentFormValues {
  const values = Object.fromEntries(SHIPMENT_FIELDS.map((field) => [field, ''])) as ShipmentFormValues;
  values.status = 'delivered';
  values.transportMode = 'sea';
  values.commodity = 'crude_oil';
  return values;
}

export function formValuesOf(shipment: Shipment): ShipmentFormValues {
  const values = emptyFormValues();
  for (const field of SHIPMENT_FIELDS) {
    const value = shipment[field];
    values[field] =
      value === null || value === undefined ? '' : Array.isArray(value) ? value.join(', ') : String(value);
  }
  return values;
}

const NUMERIC_FIELDS: ReadonlySet<ShipmentField> = new Set(['volumeTonnes', 'valueAmount']);
const UPPER_CASE_FIELDS: ReadonlySet<ShipmentField> = new Set([
  'originCountry',
  'loadPort',
  'dischargePort',
  'paymentCurrency',
]);

/** A number when the text is one ('45000.5', '45 000', '45,000.5'), else the text for the API to reject. */
function numberOrText(text: string): number | string {
  const plain = text.replace(/[\s,]/g, '');
  return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : text;
}

function valueOf(field: ShipmentField, text: string): unknown {
  const trimmed = field === 'notes' ? text : text.trim();
  if (field === 'transitCountries') {
    return trimmed === ''
      ? []
      : trimmed
          .split(/[\s,|]+/)
          .filter(Boolean)
          .map((code) => code.toUpperCase());
  }
  if (trimmed.trim() === '') return null;
  if (NUMERIC_FIELDS.has(field)) return numberOrText(trimmed);
  if (UPPER_CASE_FIELDS.has(field)) return trimmed.toUpperCase();
  return trimmed;
}

/** The POST body: every field, blanks as null; the API validates and answers with field errors. */
export function toShipmentInput(values: ShipmentFormValues): ShipmentInput {
  return Object.fromEntries(
    SHIPMENT_FIELDS.map((field) => [field, valueOf(field, values[field])]),
  ) as unknown as ShipmentInput;
}

/** The PATCH body: only the fields that differ from the stored shipment (never the reference). */
export function toShipmentPatch(values: ShipmentFormValues, original: Shipment): Partial<ShipmentInput> {
  const before = toShipmentInput(formValuesOf(original));
  const after = toShipmentInput(values);
  const patch: Record<string, unknown> = {};
  for (const field of SHIPMENT_FIELDS) {
    if (field === 'reference') continue;
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) patch[field] = after[field];
  }
  return patch as Partial<ShipmentInput>;
}

/** Field errors by field ('transitCountries[1]' counts for transitCountries); the rest go on top. */
export function groupFieldErrors(errors: FieldError[]): {
  byField: Partial<Record<ShipmentField, string>>;
  other: string[];
} {
  const byField: Partial<Record<ShipmentField, string>> = {};
  const other: string[] = [];
  for (const error of errors) {
    const field = error.field.replace(/\[.*$/, '').replace(/\..*$/, '') as ShipmentField;
    if ((SHIPMENT_FIELDS as readonly string[]).includes(field)) {
      byField[field] = byField[field] ? `${byField[field]}; ${error.message}` : error.message;
    } else {
      other.push(`${error.field}: ${error.message}`);
    }
  }
  return { byField, other };
}
