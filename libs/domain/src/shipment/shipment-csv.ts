import { SHIPMENT_FIELDS, type ShipmentField, shipmentColumnsOf } from './shipment-fields';

/** Import and export header, in this order (docs/csv-contract.md): the `csv` columns of SHIPMENT_COLUMNS. */
export const SHIPMENT_CSV_COLUMNS = shipmentColumnsOf(['csv'], 'name');

export type ShipmentCsvColumn = (typeof SHIPMENT_CSV_COLUMNS)[number];

/**
 * Columns appended to the contract after its first version, last first in this list's order: a file
 * may end before them (an 18-column file without destination_country still imports, the value is
 * then derived as when the JSON field is absent; a file without price_basis stores `unknown`).
 */
export const SHIPMENT_CSV_OPTIONAL_TRAILING_COLUMNS = [
  'destination_country',
  'price_basis',
  'chokepoints',
] as const satisfies readonly ShipmentCsvColumn[];

/** The column count of the oldest header still accepted (the contract without its optional tail). */
export const SHIPMENT_CSV_MIN_COLUMNS =
  SHIPMENT_CSV_COLUMNS.length - SHIPMENT_CSV_OPTIONAL_TRAILING_COLUMNS.length;

/** Joins transit_countries codes in one CSV cell (e.g. `UZ|AF`), and chokepoints codes. */
export const TRANSIT_COUNTRIES_SEPARATOR = '|';

// Both lists are in the same order, so the i-th column is the i-th field.
export const csvColumnToField: Readonly<Record<ShipmentCsvColumn, ShipmentField>> = Object.fromEntries(
  SHIPMENT_CSV_COLUMNS.map((column, i) => [column, SHIPMENT_FIELDS[i]]),
) as Record<ShipmentCsvColumn, ShipmentField>;

export const fieldToCsvColumn: Readonly<Record<ShipmentField, ShipmentCsvColumn>> = Object.fromEntries(
  SHIPMENT_FIELDS.map((field, i) => [field, SHIPMENT_CSV_COLUMNS[i]]),
) as Record<ShipmentField, ShipmentCsvColumn>;
