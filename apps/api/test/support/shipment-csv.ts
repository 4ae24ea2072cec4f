import { SHIPMENT_CSV_COLUMNS, type ShipmentCsvColumn } from '@tradeflow/domain';

export const CSV_HEADER = SHIPMENT_CSV_COLUMNS.join(',');

let counter = 0;

/** The cells of a valid CSV line by column; override what the test is about. */
export function aCsvRow(
  overrides: Partial<Record<ShipmentCsvColumn, string>> = {},
): Record<ShipmentCsvColumn, string> {
  counter += 1;
  return {
    reference: `CSV-${process.pid}-${counter}`,
    commodity: 'crude_oil',
    origin_country: 'RU',
    load_port: 'RUULU',
    discharge_port: 'PKKHI',
    transport_mode: 'sea',
    transit_countries: '',
    volume_tonnes: '45000',
    value_amount: '130000000',
    payment_currency: 'CNY',
    contract_date: '2023-04-20',
    departure_date: '2023-05-21',
    arrival_date: '2023-06-11',
    vessel_name: 'Pure Point',
    vessel_imo: '9074729',
    importer: 'Pakistan Refinery Ltd',
    status: 'delivered',
    notes: '',
    destination_country: '',
    price_basis: '',
    chokepoints: '',
    ...overrides,
  };
}

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
