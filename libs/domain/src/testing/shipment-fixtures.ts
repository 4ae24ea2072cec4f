import type { Shipment, ShipmentInput } from '../shipment/shipment';
import type { ShipmentCsvColumn } from '../shipment/shipment-csv';

// References must not collide between test files that run at once against one database.
const RUN = Math.random().toString(36).slice(2, 10);
let counter = 0;

/**
 * A valid shipment body, as a client sends it: a Saudi crude cargo from Ras Tanura to Karachi, its
 * reference unique in the test run. Override what the test is about; extra keys (an unknown field, a
 * wrong type) go through as given, for tests of bad input.
 */
export function aShipmentInput(
  overrides: Partial<ShipmentInput> & Record<string, unknown> = {},
): ShipmentInput & Record<string, unknown> {
  counter += 1;
  return {
    reference: `TEST-${RUN}-${counter}`,
    commodity: 'crude_oil',
    originCountry: 'SA',
    loadPort: 'SARTA',
    dischargePort: 'PKKHI',
    transportMode: 'sea',
    transitCountries: [],
    volumeTonnes: 80000,
    valueAmount: 44000000,
    paymentCurrency: 'USD',
    contractDate: '2023-04-01',
    departureDate: '2023-05-25',
    arrivalDate: '2023-06-02',
    vesselName: 'Test Voyager',
    vesselImo: '9074729',
    importer: 'Test Refinery',
    status: 'delivered',
    notes: null,
    ...overrides,
  };
}

/**
 * A stored shipment as the API answers it: the sample's first Russian crude cargo (Ust-Luga to
 * Karachi with a ship-to-ship transfer off Oman, paid in yuan), with overrides.
 */
export function aStoredShipment(overrides: Partial<Shipment> = {}): Shipment {
  return {
    id: '1cf36d80-77b0-c3f3-803b-ab5a86538963',
    reference: 'PK-RU-CRUDE-2023-001',
    commodity: 'crude_oil',
    originCountry: 'RU',
    loadPort: 'RUULU',
    dischargePort: 'PKKHI',
    destinationCountry: 'PK',
    priceBasis: 'unknown',
    transportMode: 'sea',
    transitCountries: [],
    volumeTonnes: 45000,
    volumeBarrels: 329850,
    barrelsPerTonne: 7.33,
    valueAmount: 128000000,
    paymentCurrency: 'CNY',
    contractDate: '2023-04-20',
    departureDate: '2023-05-21',
    arrivalDate: '2023-06-11',
    vesselName: 'Pure Point',
    vesselImo: null,
    importer: 'Pakistan Refinery Ltd',
    status: 'delivered',
    notes: null,
    apiGravity: null,
    stsTransferPoint: 'off Sohar, Oman',
    legs: [
      { mode: 'sea', from: 'RU', to: 'OM' },
      { mode: 'sea', from: 'OM', to: 'PK' },
    ],
    chokepoints: null,
    chokepointsPassed: ['bab_el_mandeb', 'suez', 'danish_straits'],
    createdAt: '2026-11-29T08:06:06.559Z',
    updatedAt: '2026-11-29T08:06:06.559Z',
    ...overrides,
  };
}

let csvCounter = 0;

/**
 * The cells of a valid line of the import's CSV by column (the sample's first Russian crude cargo),
 * its reference unique in the test run; override what the test is about.
 */
export function aShipmentCsvRow(
  overrides: Partial<Record<ShipmentCsvColumn, string>> = {},
): Record<ShipmentCsvColumn, string> {
  csvCounter += 1;
  return {
    reference: `CSV-${RUN}-${csvCounter}`,
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
