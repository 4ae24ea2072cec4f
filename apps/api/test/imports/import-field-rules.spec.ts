import type { ShipmentCsvColumn } from '@tradeflow/domain';
import { type HttpResult, startTestApp, type TestApp } from '../support/test-app';
import { csvFile } from '../support/shipment-csv';
import { aShipmentCsvRow } from '@tradeflow/domain/testing';

type Rule = [
  rule: string,
  overrides: Partial<Record<ShipmentCsvColumn, string>>,
  column: string,
  message: RegExp,
];

// Every rule of docs/csv-contract.md, broken once, one line each.
const RULES: Rule[] = [
  ['reference is required', { reference: '' }, 'reference', /is required/],
  ['reference is at most 64 characters', { reference: 'R'.repeat(65) }, 'reference', /at most 64/],
  ['reference has no line break', { reference: 'PK\nRU' }, 'reference', /control characters/],
  ['reference has no surrounding spaces', { reference: ' PK-1' }, 'reference', /spaces/],
  ['commodity is required', { commodity: '' }, 'commodity', /is required/],
  ['commodity is a known code', { commodity: 'coal' }, 'commodity', /unknown commodity "coal"/],
  ['origin is an ISO 3166-1 code', { origin_country: 'ZZ' }, 'origin_country', /"ZZ"/],
  ['country codes are upper case', { origin_country: 'ru' }, 'origin_country', /upper case \(RU\)/],
  ['load port is a UN/LOCODE', { load_port: 'RU-ULU' }, 'load_port', /malformed UN\/LOCODE/],
  ['discharge port is a UN/LOCODE', { discharge_port: 'ZZKHI' }, 'discharge_port', /malformed UN\/LOCODE/],
  ['transport mode is known', { transport_mode: 'air' }, 'transport_mode', /unknown transport mode "air"/],
  ['transit countries are ISO codes', { transit_countries: 'UZ|XX' }, 'transit_countries', /"XX"/],
  ['transit countries do not repeat', { transit_countries: 'AF|AF' }, 'transit_countries', /more than once/],
  [
    'at most 10 transit countries',
    { transit_countries: 'AF|UZ|TM|KZ|KG|TJ|IR|TR|GE|AZ|AM' },
    'transit_countries',
    /at most 10 countries/,
  ],
  ['volume is required', { volume_tonnes: '' }, 'volume_tonnes', /is required/],
  ['volume is > 0', { volume_tonnes: '0' }, 'volume_tonnes', /greater than 0/],
  ['volume has at most 3 decimals', { volume_tonnes: '1.0005' }, 'volume_tonnes', /at most 3 decimal/],
  ['volume is below a trillion tonnes', { volume_tonnes: '1000000000000' }, 'volume_tonnes', /less than/],
  [
    'volume has no thousands separator',
    { volume_tonnes: '45,000' },
    'volume_tonnes',
    /no thousands separators/,
  ],
  [
    'volume uses . as decimal separator',
    { volume_tonnes: '45000,5' },
    'volume_tonnes',
    /"\." as the decimal/,
  ],
  ['value is >= 0', { value_amount: '-1' }, 'value_amount', /must not be negative/],
  ['value has at most 2 decimals', { value_amount: '1.005' }, 'value_amount', /at most 2 decimal/],
  ['value is below 10^13', { value_amount: '10000000000000' }, 'value_amount', /less than/],
  ['value needs a currency', { payment_currency: '' }, 'payment_currency', /required when valueAmount/],
  ['currency needs a value', { value_amount: '' }, 'value_amount', /required when paymentCurrency/],
  ['currency is an ISO 4217 code', { payment_currency: 'XYZ' }, 'payment_currency', /"XYZ"/],
  ['dates are YYYY-MM-DD', { contract_date: '20/04/2023' }, 'contract_date', /YYYY-MM-DD/],
  ['dates exist', { arrival_date: '2023-02-30' }, 'arrival_date', /"2023-02-30" is not a real calendar date/],
  ['arrival date is required', { arrival_date: '' }, 'arrival_date', /is required/],
  ['departure is not after arrival', { departure_date: '2023-06-12' }, 'departure_date', /not be after/],
  ['years are 1900-2100', { contract_date: '1899-12-31' }, 'contract_date', /between 1900 and 2100/],
  ['IMO number has a valid check digit', { vessel_imo: '9074728' }, 'vessel_imo', /check digit/],
  ['IMO number is 7 digits', { vessel_imo: '907472' }, 'vessel_imo', /7 digits/],
  ['status is known', { status: 'lost' }, 'status', /unknown status "lost"/],
  [
    'chokepoints are known codes',
    { chokepoints: 'suez|gibraltar' },
    'chokepoints',
    /unknown chokepoint code "gibraltar"/,
  ],
  ['vessel name is at most 200 characters', { vessel_name: 'V'.repeat(201) }, 'vessel_name', /at most 200/],
  ['importer is at most 200 characters', { importer: 'I'.repeat(201) }, 'importer', /at most 200/],
  ['notes are at most 10,000 characters', { notes: 'N'.repeat(10_001) }, 'notes', /at most 10000/],
];

describe('POST /api/shipments/import applies every field rule of the JSON API', () => {
  let t: TestApp;
  let response: HttpResult;

  beforeAll(async () => {
    t = await startTestApp();
    // Line 2 is good; line 3 + i breaks RULES[i]. Each rule is also a reason to refuse the whole file.
    const rows = [
      aShipmentCsvRow({ reference: 'GOOD-LINE' }),
      ...RULES.map(([, overrides]) => aShipmentCsvRow(overrides)),
    ];
    response = await t.http.post('/api/shipments/import', csvFile(rows), { 'content-type': 'text/csv' });
  });
  afterAll(() => t.close());

  it('answers 400 naming every bad line, and writes nothing (not even the good line)', async () => {
    expect(response.status).toBe(400);
    expect(response.body.rejectedCount).toBe(RULES.length);
    const { rows } = await t.db.pool.query('SELECT count(*)::int AS n FROM shipments');
    expect(rows[0].n).toBe(0);
  });

  // A reference with a line break moves every later line down by one.
  const lineOf = (i: number) => 3 + i + (i > 2 ? 1 : 0);

  it.each(RULES.map((rule, i) => [...rule, i] as const))('%s', (_rule, _overrides, column, message, i) => {
    const rejected = response.body.rejected.find((r: { line: number }) => r.line === lineOf(i));
    expect(rejected).toBeDefined();
    expect(rejected.errors).toEqual([{ field: column, message: expect.stringMatching(message) }]);
  });
});
