import {
  canonicalChokepoints,
  NO_CHOKEPOINT_CSV_CELL,
  SHIPMENT_FIELDS,
  type Shipment,
  type ShipmentInput,
  type ShipmentLeg,
} from '@tradeflow/domain';
import { topLevelFieldOf } from '../../forms/form-errors';

/** Fields typed as one line of text: the CSV columns, the API gravity and the ship-to-ship point. */
export const TEXT_FIELDS = [...SHIPMENT_FIELDS, 'apiGravity', 'stsTransferPoint'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** Every field the form shows an error beside (the legs editor as a whole is `legs`). */
export type ShipmentFormField = TextField | 'legs';

/** One leg as typed: country codes and the countries crossed ('KZ' or 'UZ, AF'). */
export interface LegValues {
  mode: string;
  from: string;
  to: string;
  via: string;
}

/** What the inputs hold: text for everything, as typed, and the legs. */
export type ShipmentFormValues = Record<TextField, string> & { legs: LegValues[] };

export function emptyFormValues(): ShipmentFormValues {
  const values = Object.fromEntries(TEXT_FIELDS.map((field) => [field, ''])) as Record<TextField, string>;
  values.status = 'delivered';
  values.transportMode = 'sea';
  values.commodity = 'crude_oil';
  return { ...values, legs: [] };
}

export function formValuesOf(shipment: Shipment): ShipmentFormValues {
  const values = emptyFormValues();
  for (const field of TEXT_FIELDS) {
    const value = shipment[field];
    values[field] =
      value === null || value === undefined ? '' : Array.isArray(value) ? value.join(', ') : String(value);
  }
  // The select's "Not recorded" is the stored `unknown`.
  if (values.priceBasis === 'unknown') values.priceBasis = '';
  values.chokepoints = shipment.chokepoints ? overrideText(shipment.chokepoints) : '';
  values.legs = (shipment.legs ?? []).map((leg) => ({
    mode: leg.mode,
    from: leg.from,
    to: leg.to,
    via: (leg.via ?? []).join(', '),
  }));
  return values;
}

/** A new leg continues where the last one ended (or at the origin), by the shipment's mode. */
export function nextLeg(values: ShipmentFormValues): LegValues {
  const last = values.legs[values.legs.length - 1];
  return { mode: values.transportMode || 'sea', from: last?.to || values.originCountry, to: '', via: '' };
}

/**
 * The chokepoints text of the form: '' derives them from the route; otherwise the override, its codes
 * in the table's order ('suez, bab_el_mandeb') or `none` for a voyage that passed none (as in CSV).
 */
export function overrideText(codes: readonly string[]): string {
  return codes.length ? canonicalChokepoints(codes).join(', ') : NO_CHOKEPOINT_CSV_CELL;
}

/** The override a chokepoints text holds (see overrideText), or null: derive from the route. */
export function chokepointsOverrideOf(text: string): string[] | null {
  const codes = text
    .split(/[\s,|]+/)
    .filter(Boolean)
    .map((code) => code.toLowerCase());
  if (codes.length === 0) return null;
  return codes.length === 1 && codes[0] === NO_CHOKEPOINT_CSV_CELL ? [] : codes;
}

const countryList = (text: string) =>
  text
    .split(/[\s,|]+/)
    .filter(Boolean)
    .map((code) => code.toUpperCase());

function legsOf(legs: LegValues[]): ShipmentLeg[] | null {
  if (legs.length === 0) return null;
  return legs.map((leg) => {
    const via = countryList(leg.via);
    return {
      mode: leg.mode as ShipmentLeg['mode'],
      from: leg.from.trim().toUpperCase(),
      to: leg.to.trim().toUpperCase(),
      ...(via.length ? { via } : {}),
    };
  });
}

const NUMERIC_FIELDS: ReadonlySet<TextField> = new Set(['volumeTonnes', 'valueAmount', 'apiGravity']);
const UPPER_CASE_FIELDS: ReadonlySet<TextField> = new Set([
  'originCountry',
  'loadPort',
  'dischargePort',
  'paymentCurrency',
  'destinationCountry',
]);

/** A number when the text is one ('45000.5', '45 000', '45,000.5'), else the text for the API to reject. */
function numberOrText(text: string): number | string {
  const plain = text.replace(/[\s,]/g, '');
  return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : text;
}

function valueOf(field: TextField, text: string): unknown {
  const trimmed = field === 'notes' ? text : text.trim();
  if (field === 'transitCountries') return trimmed === '' ? [] : countryList(trimmed);
  if (field === 'chokepoints') return chokepointsOverrideOf(trimmed);
  if (trimmed.trim() === '') return null;
  if (NUMERIC_FIELDS.has(field)) return numberOrText(trimmed);
  if (UPPER_CASE_FIELDS.has(field)) return trimmed.toUpperCase();
  return trimmed;
}

/**
 * The POST body: every field, blanks as null; the API validates and answers with field errors. The
 * API gravity goes only with crude oil (it is for crude only; another commodity clears it).
 */
export function toShipmentInput(values: ShipmentFormValues): ShipmentInput {
  const body = Object.fromEntries(
    TEXT_FIELDS.map((field) => [field, valueOf(field, values[field])]),
  ) as unknown as ShipmentInput;
  if (values.commodity !== 'crude_oil') body.apiGravity = null;
  body.legs = legsOf(values.legs);
  return body;
}

const PATCHABLE: readonly (keyof ShipmentInput)[] = [...TEXT_FIELDS, 'legs'];

/** The PATCH body: only the fields that differ from the stored shipment (never the reference). */
export function toShipmentPatch(values: ShipmentFormValues, original: Shipment): Partial<ShipmentInput> {
  const before = toShipmentInput(formValuesOf(original));
  const after = toShipmentInput(values);
  const patch: Record<string, unknown> = {};
  for (const field of PATCHABLE) {
    if (field === 'reference') continue;
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) patch[field] = after[field];
  }
  return patch as Partial<ShipmentInput>;
}

/** 'leg 2 from: unknown ISO 3166-1 ...' -> 1: the leg a message of the API is about, if any. */
export function legIndexOf(message: string): number | null {
  const match = /^leg (\d+)\b/.exec(message);
  return match ? Number(match[1]) - 1 : null;
}

/** The form field that shows an API field ('transitCountries[1]', 'legs[0].from' count for theirs). */
export const shipmentFieldOf = topLevelFieldOf<ShipmentFormField>([...TEXT_FIELDS, 'legs']);
