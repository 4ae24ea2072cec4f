import { SHIPMENT_CSV_COLUMNS } from '@tradeflow/domain';
import { csvCell, csvFile } from '../support/shipment-csv';
import { aShipmentCsvRow, aShipmentInput } from '@tradeflow/domain/testing';
import { startTestApp, type TestApp } from '../support/test-app';

const count = async (t: TestApp) =>
  (await t.db.pool.query('SELECT count(*)::int AS n FROM shipments')).rows[0].n as number;

const storedDestination = async (t: TestApp, reference: string) =>
  (await t.db.pool.query('SELECT destination_country FROM shipments WHERE reference = $1', [reference]))
    .rows[0]?.destination_country as string | undefined;

describe('the importing country of a shipment (destinationCountry)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  afterEach(() => t.db.pool.query('DELETE FROM shipments'));

  it('is stored as given', async () => {
    const response = await t.http.post(
      '/api/shipments',
      aShipmentInput({ reference: 'D-GIVEN', dischargePort: null, destinationCountry: 'IN' }),
    );
    expect(response.status).toBe(201);
    expect(response.body.destinationCountry).toBe('IN');
    expect(await storedDestination(t, 'D-GIVEN')).toBe('IN');
  });

  it("is the discharge port's country when not given", async () => {
    const response = await t.http.post(
      '/api/shipments',
      aShipmentInput({ reference: 'D-PORT', dischargePort: 'INSIK' }),
    );
    expect(response.status).toBe(201);
    expect(response.body.destinationCountry).toBe('IN');
    expect(await storedDestination(t, 'D-PORT')).toBe('IN');
  });

  it('is HOME_COUNTRY (PK by default) with neither a country nor a discharge port', async () => {
    const response = await t.http.post(
      '/api/shipments',
      aShipmentInput({ reference: 'D-HOME', dischargePort: null, transportMode: 'road', loadPort: null }),
    );
    expect(response.status).toBe(201);
    expect(response.body.destinationCountry).toBe('PK');
  });

  it('a discharge port in another country: 400 naming destinationCountry and dischargePort, nothing written', async () => {
    const response = await t.http.post(
      '/api/shipments',
      aShipmentInput({ reference: 'D-MISMATCH', dischargePort: 'PKKHI', destinationCountry: 'IN' }),
    );
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      { field: 'destinationCountry', message: 'is IN, but dischargePort PKKHI is in PK' },
      { field: 'dischargePort', message: 'PKKHI is in PK, not in destinationCountry IN' },
    ]);
    expect(await count(t)).toBe(0);
  });

  it.each<unknown>(['XX', 'in', 'IND', 7])(
    'an unknown code %p: 400 naming destinationCountry, nothing written',
    async (code) => {
      const response = await t.http.post(
        '/api/shipments',
        aShipmentInput({ destinationCountry: code as string }),
      );
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([{ field: 'destinationCountry', message: expect.any(String) }]);
      expect(await count(t)).toBe(0);
    },
  );

  it('a PATCH of the discharge port alone derives the country again; a contradicting pair is refused', async () => {
    const created = await t.http.post(
      '/api/shipments',
      aShipmentInput({ reference: 'D-PATCH', dischargePort: null, transportMode: 'road', loadPort: null }),
    );
    expect(created.body.destinationCountry).toBe('PK');
    const moved = await t.http.patch(`/api/shipments/${created.body.id}`, {
      transportMode: 'sea',
      dischargePort: 'INMUN',
    });
    expect(moved.status).toBe(200);
    expect(moved.body.destinationCountry).toBe('IN');
    const refused = await t.http.patch(`/api/shipments/${created.body.id}`, { destinationCountry: 'PK' });
    expect(refused.status).toBe(400);
    expect(refused.body.errors.map((error: { field: string }) => error.field)).toEqual([
      'destinationCountry',
      'dischargePort',
    ]);
    expect(await storedDestination(t, 'D-PATCH')).toBe('IN');
  });

  it('filters listings by destination', async () => {
    await t.http.post('/api/shipments', aShipmentInput({ reference: 'D-LIST-IN', dischargePort: 'INSIK' }));
    await t.http.post('/api/shipments', aShipmentInput({ reference: 'D-LIST-PK', dischargePort: 'PKKHI' }));
    const india = await t.http.get('/api/shipments?destination=IN');
    expect(india.body.items.map((s: { reference: string }) => s.reference)).toEqual(['D-LIST-IN']);
    const bad = await t.http.get('/api/shipments?destination=ZZ');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('destination');
  });
});

describe('destination_country in the shipment CSV', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  afterEach(() => t.db.pool.query('DELETE FROM shipments'));

  const importCsv = (body: string) =>
    t.http.post('/api/shipments/import', body, { 'content-type': 'text/csv; charset=utf-8' });

  it('imports the column when the file has it', async () => {
    const response = await importCsv(
      csvFile([
        aShipmentCsvRow({ reference: 'C-GIVEN', discharge_port: '', destination_country: 'IN' }),
        aShipmentCsvRow({ reference: 'C-PORT', discharge_port: 'INSIK' }),
        aShipmentCsvRow({ reference: 'C-HOME', discharge_port: '', transport_mode: 'road', load_port: '' }),
      ]),
    );
    expect(response.status).toBe(200);
    expect(response.body.inserted).toBe(3);
    expect(await storedDestination(t, 'C-GIVEN')).toBe('IN');
    expect(await storedDestination(t, 'C-PORT')).toBe('IN');
    expect(await storedDestination(t, 'C-HOME')).toBe('PK');
  });

  it('imports an old file without the column (18 columns), deriving the country', async () => {
    const old = SHIPMENT_CSV_COLUMNS.slice(0, 18);
    const rows = [
      aShipmentCsvRow({ reference: 'OLD-IN', discharge_port: 'INMUN' }),
      aShipmentCsvRow({ reference: 'OLD-PK', discharge_port: 'PKBQM' }),
    ];
    const body = [old.join(','), ...rows.map((row) => old.map((column) => csvCell(row[column])).join(','))]
      .map((line) => `${line}\n`)
      .join('');
    const response = await importCsv(body);
    expect(response.status).toBe(200);
    expect(response.body.inserted).toBe(2);
    expect(await storedDestination(t, 'OLD-IN')).toBe('IN');
    expect(await storedDestination(t, 'OLD-PK')).toBe('PK');
  });

  it('a line whose port contradicts its destination_country: rejected naming both columns, nothing written', async () => {
    const response = await importCsv(
      csvFile([
        aShipmentCsvRow({ reference: 'C-OK' }),
        aShipmentCsvRow({ reference: 'C-BAD', discharge_port: 'PKKHI', destination_country: 'IN' }),
      ]),
    );
    expect(response.status).toBe(400);
    expect(response.body.rejected).toEqual([
      {
        line: 3,
        reference: 'C-BAD',
        errors: [
          { field: 'discharge_port', message: 'PKKHI is in PK, not in destinationCountry IN' },
          { field: 'destination_country', message: 'is IN, but dischargePort PKKHI is in PK' },
        ],
      },
    ]);
    expect(await count(t)).toBe(0);
  });

  it('an unknown destination_country: rejected with its line, nothing written', async () => {
    const response = await importCsv(
      csvFile([aShipmentCsvRow({ reference: 'C-XX', destination_country: 'XX' })]),
    );
    expect(response.status).toBe(400);
    expect(response.body.rejected[0]).toMatchObject({
      line: 2,
      errors: [{ field: 'destination_country', message: expect.stringMatching(/unknown ISO 3166-1/) }],
    });
    expect(await count(t)).toBe(0);
  });
});

describe('HOME_COUNTRY', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({}, { HOME_COUNTRY: 'IN' });
  });
  afterAll(() => t.close());

  it('is the importing country of shipments with neither a country nor a port, and is in GET /api/settings', async () => {
    const response = await t.http.post(
      '/api/shipments',
      aShipmentInput({ reference: 'H-IN', dischargePort: null, transportMode: 'road', loadPort: null }),
    );
    expect(response.body.destinationCountry).toBe('IN');
    const imported = await t.http.post(
      '/api/shipments/import',
      csvFile([
        aShipmentCsvRow({ reference: 'H-CSV', discharge_port: '', transport_mode: 'road', load_port: '' }),
      ]),
      { 'content-type': 'text/csv' },
    );
    expect(imported.body.inserted).toBe(1);
    expect(await storedDestination(t, 'H-CSV')).toBe('IN');
    expect((await t.http.get('/api/settings')).body.homeCountry).toBe('IN');
  });
});
