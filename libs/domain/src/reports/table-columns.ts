import { countryName } from '../codes/countries';
import { portName } from '../codes/ports';
import { neutraliseCsvCell } from '../shipment/csv-cell-safety';
import { SHIPMENT_CSV_COLUMNS, TRANSIT_COUNTRIES_SEPARATOR } from '../shipment/shipment-csv';
import { formatCsvNumber } from '../analytics/analytics-csv';

/** How a spreadsheet cell holds a column: numbers as numbers, dates as dates, the rest as text. */
export type TableColumnKind = 'text' | 'number' | 'date';

const SHIPMENT_NUMBER_COLUMNS = new Set(['volume_tonnes', 'value_amount']);
const SHIPMENT_DATE_COLUMNS = new Set(['contract_date', 'departure_date', 'arrival_date']);

export const SHIPMENT_CSV_KINDS: readonly TableColumnKind[] = SHIPMENT_CSV_COLUMNS.map((column) =>
  SHIPMENT_NUMBER_COLUMNS.has(column) ? 'number' : SHIPMENT_DATE_COLUMNS.has(column) ? 'date' : 'text',
);

/**
 * The `analyst` columns after the 18 import columns: names for the codes, barrels, the USD value
 * and the rate used (USD per unit of the payment currency, the latest on or before arrival).
 */
export const SHIPMENT_ANALYST_COLUMNS = [
  'origin_country_name',
  'load_port_name',
  'discharge_port_name',
  'transit_country_names',
  'volume_barrels',
  'value_usd',
  'fx_usd_per_unit',
] as const;

export const SHIPMENT_ANALYST_KINDS: readonly TableColumnKind[] = [
  ...SHIPMENT_CSV_KINDS,
  'text',
  'text',
  'text',
  'text',
  'number',
  'number',
  'number',
];

export interface ShipmentAnalystSource {
  origin_country: string;
  load_port: string | null;
  discharge_port: string | null;
  transit_countries: readonly string[] | null;
  volume_barrels: string | null;
  value_usd: string | null;
  usd_per_unit: string | null;
}

/** The analyst cells of one shipment (to append to its import cells). */
export function shipmentAnalystCells(source: ShipmentAnalystSource): string[] {
  const name = (code: string | null, lookup: (code: string) => string | undefined) =>
    code ? neutraliseCsvCell(lookup(code) ?? code) : '';
  const decimal = (value: string | null, decimals: number) =>
    value === null ? '' : formatCsvNumber(Number(value), decimals);
  return [
    name(source.origin_country, countryName),
    name(source.load_port, portName),
    name(source.discharge_port, portName),
    neutraliseCsvCell(
      (source.transit_countries ?? [])
        .map((code) => countryName(code) ?? code)
        .join(TRANSIT_COUNTRIES_SEPARATOR),
    ),
    decimal(source.volume_barrels, 3),
    decimal(source.value_usd, 2),
    decimal(source.usd_per_unit, 10),
  ];
}

export const TIMESERIES_CSV_KINDS: readonly TableColumnKind[] = ['date', 'text', 'text', 'text', 'number'];

export const CONCENTRATION_CSV_KINDS: readonly TableColumnKind[] = [
  'date',
  'text',
  'number',
  'number',
  'number',
  'number',
  'text',
  'text',
  'number',
];

/**
 * A CSV cell as a spreadsheet value: a number, a date (midnight UTC of the day) or the text as it
 * is; null for an empty cell. Reading the workbook back and writing numbers and dates as the CSV
 * does gives the CSV cell again.
 */
export function tableCellValue(kind: TableColumnKind, cell: string): string | number | Date | null {
  if (cell === '') return null;
  if (kind === 'number') {
    const value = Number(cell);
    return Number.isFinite(value) ? value : cell;
  }
  if (kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(cell)) return new Date(`${cell}T00:00:00Z`);
  return cell;
}
