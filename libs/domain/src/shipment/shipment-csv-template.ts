import { SHIPMENT_CSV_COLUMNS } from './shipment-csv';
import { shipmentToCsvCells } from './shipment-csv-codec';

/** The example line of the import page's CSV template: a cargo as the importer takes it. */
const EXAMPLE = shipmentToCsvCells({
  reference: 'PK-RU-CRUDE-2023-003',
  commodity: 'crude_oil',
  origin_country: 'RU',
  load_port: 'RUULU',
  discharge_port: 'PKKHI',
  transport_mode: 'sea',
  transit_countries: null,
  volume_tonnes: '45142.5',
  value_amount: '130000000',
  payment_currency: 'CNY',
  contract_date: '2023-06-15',
  departure_date: '2023-08-01',
  arrival_date: '2023-08-29',
  vessel_name: null,
  vessel_imo: null,
  importer: 'Pakistan Refinery Ltd',
  status: 'delivered',
  notes: 'example line: replace it with your own',
  destination_country: 'PK',
  price_basis: 'CIF',
  chokepoints: null,
});

/** A CSV to fill in: the header of the import format and one example line (CRLF, as exports are). */
export const SHIPMENT_CSV_TEMPLATE = `${SHIPMENT_CSV_COLUMNS.join(',')}\r\n${EXAMPLE.join(',')}\r\n`;
