import { NO_CHOKEPOINT_CSV_CELL } from '../codes/chokepoints';
import { neutraliseCsvCell, restoreCsvCell } from './csv-cell-safety';
import type { FieldError, ShipmentInput } from './shipment';
import {
  fieldToCsvColumn,
  SHIPMENT_CSV_COLUMNS,
  SHIPMENT_CSV_MIN_COLUMNS,
  SHIPMENT_CSV_OPTIONAL_TRAILING_COLUMNS,
  type ShipmentCsvColumn,
  TRANSIT_COUNTRIES_SEPARATOR,
} from './shipment-csv';
import { SHIPMENT_FIELDS, type ShipmentField } from './shipment-fields';
import { validateShipmentInput } from './validate-shipment';

// Export and import are inverses of each other (docs/csv-contract.md): numbers are plain
// decimals (no exponent, no thousands separator, no trailing zeros), text cells are neutralised
// against CSV injection, transit countries are joined by `|`, and an empty cell is an absent value.
// chokepoints: codes joined by `|`, `none` for an override that passes none, empty for derived.

const NUMERIC_COLUMNS: ReadonlySet<ShipmentCsvColumn> = new Set(['volume_tonnes', 'value_amount']);
const DECIMAL = /^-?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** A stored shipment as the export reads it: PostgreSQL numeric and date columns as strings. */
export type ShipmentCsvSource = {
  readonly [K in ShipmentCsvColumn]: K extends 'transit_countries' | 'chokepoints'
    ? readonly string[] | null
    : string | null;
};

/**
 * "45000.000" -> "45000", "12.500" -> "12.5": the numeric text PostgreSQL returns, without the
 * trailing zeros of the column scale, so export -> import -> export gives the same bytes.
 */
export function formatCsvDecimal(numeric: string): string {
  if (!numeric.includes('.')) return numeric;
  return numeric.replace(/\.?0+$/, '');
}

/** The cells of one export line, in SHIPMENT_CSV_COLUMNS order. */
export function shipmentToCsvCells(source: ShipmentCsvSource): string[] {
  return SHIPMENT_CSV_COLUMNS.map((column) => {
    const value = source[column];
    if (value === null || value === undefined) return '';
    if (column === 'transit_countries') {
      return neutraliseCsvCell((value as readonly string[]).join(TRANSIT_COUNTRIES_SEPARATOR));
    }
    if (column === 'chokepoints') {
      const codes = value as readonly string[];
      return codes.length ? codes.join(TRANSIT_COUNTRIES_SEPARATOR) : NO_CHOKEPOINT_CSV_CELL;
    }
    if (NUMERIC_COLUMNS.has(column)) return formatCsvDecimal(value as string);
    return neutraliseCsvCell(value as string);
  });
}

export interface ParsedShipmentCsvLine {
  /** The shipment when every rule passes, else undefined. */
  shipment: ShipmentInput | undefined;
  /** The `reference` cell as written (after undoing the neutralisation), for reports. */
  reference: string | null;
  /** One entry per bad column; `field` is the CSV column name. */
  errors: FieldError[];
}

/**
 * One data line of a shipment CSV (cells in SHIPMENT_CSV_COLUMNS order) -> the JSON-shaped
 * shipment, validated with the same rules as the JSON API (validateShipmentInput).
 */
export function parseShipmentCsvLine(cells: readonly string[]): ParsedShipmentCsvLine {
  const input: Record<string, unknown> = {};
  const errors: FieldError[] = [];
  SHIPMENT_CSV_COLUMNS.forEach((column, i) => {
    const field = SHIPMENT_FIELDS[i] as ShipmentField;
    const cell = cells[i] ?? '';
    if (cell === '') {
      input[field] = column === 'transit_countries' ? [] : null;
    } else if (NUMERIC_COLUMNS.has(column)) {
      if (DECIMAL.test(cell)) input[field] = Number(cell);
      else
        errors.push({
          field: column,
          message: `must be a decimal number with "." as the decimal separator and no thousands separators, got ${JSON.stringify(cell)}`,
        });
    } else if (column === 'transit_countries') {
      input[field] = restoreCsvCell(cell).split(TRANSIT_COUNTRIES_SEPARATOR);
    } else if (column === 'chokepoints') {
      input[field] = cell === NO_CHOKEPOINT_CSV_CELL ? [] : cell.split(TRANSIT_COUNTRIES_SEPARATOR);
    } else {
      input[field] = restoreCsvCell(cell);
    }
  });
  const unconverted = new Set(errors.map((error) => error.field));
  for (const error of validateShipmentInput(input)) {
    const column = fieldToCsvColumn[error.field as ShipmentField] ?? error.field;
    if (!unconverted.has(column)) errors.push({ field: column, message: error.message });
  }
  errors.sort((a, b) => columnIndex(a.field) - columnIndex(b.field));
  const reference = typeof input['reference'] === 'string' ? input['reference'] : null;
  return { shipment: errors.length ? undefined : (input as unknown as ShipmentInput), reference, errors };
}

function columnIndex(column: string): number {
  return SHIPMENT_CSV_COLUMNS.indexOf(column as ShipmentCsvColumn);
}

/**
 * Why a header line is not the shipment header, or undefined when it is: the full header, or the
 * header without its optional trailing columns (SHIPMENT_CSV_OPTIONAL_TRAILING_COLUMNS).
 */
export function shipmentCsvHeaderProblem(cells: readonly string[]): string | undefined {
  const expected = SHIPMENT_CSV_COLUMNS.join(',');
  const accepted = cells.length >= SHIPMENT_CSV_MIN_COLUMNS && cells.length <= SHIPMENT_CSV_COLUMNS.length;
  if (accepted && cells.every((cell, i) => cell === SHIPMENT_CSV_COLUMNS[i])) return undefined;
  const firstDifference = SHIPMENT_CSV_COLUMNS.findIndex(
    (column, i) => cells[i] !== column && (i < SHIPMENT_CSV_MIN_COLUMNS || cells[i] !== undefined),
  );
  const detail =
    firstDifference >= 0
      ? cells[firstDifference] === undefined
        ? `column ${firstDifference + 1} (${SHIPMENT_CSV_COLUMNS[firstDifference]}) is missing`
        : `column ${firstDifference + 1} is ${JSON.stringify(cells[firstDifference])} where ${SHIPMENT_CSV_COLUMNS[firstDifference]} was expected`
      : `it has ${cells.length} columns, ${SHIPMENT_CSV_COLUMNS.length} expected`;
  const optional = SHIPMENT_CSV_OPTIONAL_TRAILING_COLUMNS.join(', ');
  return `line 1 must be the header "${expected}" (exactly these columns, in this order; ${optional} may be left out): ${detail}`;
}
