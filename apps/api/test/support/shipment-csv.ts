import { SHIPMENT_CSV_COLUMNS, type ShipmentCsvColumn } from '@tradeflow/domain';

export const CSV_HEADER = SHIPMENT_CSV_COLUMNS.join(',');

/** RFC 4180 quoting for a test cell (quotes only when needed). */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvLine(row: Record<ShipmentCsvColumn, string>): string {
  return SHIPMENT_CSV_COLUMNS.map((column) => csvCell(row[column])).join(',');
}

/** A whole file: the header and one line per row, each line ended by `eol`. */
export function csvFile(rows: Record<ShipmentCsvColumn, string>[], eol = '\n'): string {
  return [CSV_HEADER, ...rows.map(csvLine)].map((line) => line + eol).join('');
}
