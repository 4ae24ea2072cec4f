import { databaseFingerprint } from '../support/database-fingerprint';
import { csvFile } from '../support/shipment-csv';
import { startTestApp, type TestApp } from '../support/test-app';
import { aShipmentCsvRow } from '@tradeflow/domain/testing';

describe('POST /api/shipments/import?dryRun=true: the full report, nothing written', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    // Stored: CHANGE-1 (45,000 t) and SAME-1.
    const stored = csvFile([
      aShipmentCsvRow({ reference: 'DRY-CHANGE-1' }),
      aShipmentCsvRow({ reference: 'DRY-SAME-1' }),
    ]);
    expect((await t.http.post('/api/shipments/import', stored, { 'content-type': 'text/csv' })).status).toBe(
      200,
    );
  });
  afterAll(() => t.close());

  const file = csvFile([
    aShipmentCsvRow({ reference: 'DRY-CHANGE-1', volume_tonnes: '50000.5' }),
    aShipmentCsvRow({ reference: 'DRY-SAME-1' }),
    aShipmentCsvRow({ reference: 'DRY-NEW-1' }),
    aShipmentCsvRow({ reference: 'DRY-NEW-2', commodity: 'lpg' }),
    aShipmentCsvRow({ reference: 'DRY-BAD-1', origin_country: 'ZZ' }),
  ]);

  const importCsv = (query: string) =>
    t.http.post(`/api/shipments/import${query}`, file, { 'content-type': 'text/csv' });

  it('answers what a partial update import would insert, update, skip and reject, and writes nothing', async () => {
    const before = await databaseFingerprint(t.db.pool);
    const dry = await importCsv('?mode=partial&onConflict=update&dryRun=true');
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, inserted: 2, updated: 1, skipped: 1, rejectedCount: 1 });
    expect(dry.body.rejected).toEqual([
      { line: 6, reference: 'DRY-BAD-1', errors: [expect.objectContaining({ field: 'origin_country' })] },
    ]);
    // Nothing written: no shipment, no rollup cell, no audit entry.
    expect(await databaseFingerprint(t.db.pool)).toEqual(before);

    // The same request for real gives the same counts.
    const real = await importCsv('?mode=partial&onConflict=update');
    expect(real.status).toBe(200);
    const { dryRun: _flag, ...counts } = dry.body;
    expect(real.body).toEqual(counts);
    expect(real.body.dryRun).toBeUndefined();
  });

  it('answers an atomic import with bad lines with the same 400, marked dryRun, writing nothing', async () => {
    const before = await databaseFingerprint(t.db.pool);
    const dry = await importCsv('?dryRun=true');
    expect(dry.status).toBe(400);
    expect(dry.body).toMatchObject({ dryRun: true, inserted: 0, rejectedCount: expect.any(Number) });
    expect(await databaseFingerprint(t.db.pool)).toEqual(before);
  });

  it('refuses a dryRun that is not true or false', async () => {
    const response = await importCsv('?dryRun=yes');
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ field: 'dryRun', message: 'dryRun must be true or false' }]);
  });
});

describe('an import that updates a shipment keeps its JSON-only fields while they fit', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('keeps the API gravity of crude (barrels from it), drops it when the commodity changes', async () => {
    const created = await t.http.post('/api/shipments', {
      ...csvShipment('GRAV-1'),
      apiGravity: 31.5,
      stsTransferPoint: 'off Sohar, Oman',
      legs: [
        { mode: 'sea', from: 'RU', to: 'OM' },
        { mode: 'sea', from: 'OM', to: 'PK' },
      ],
    });
    expect(created.status).toBe(201);
    const update = (row: Record<string, string>) =>
      t.http.post(
        '/api/shipments/import?onConflict=update',
        csvFile([aShipmentCsvRow({ reference: 'GRAV-1', ...row })]),
        {
          'content-type': 'text/csv',
        },
      );

    expect((await update({ volume_tonnes: '50000' })).body.updated).toBe(1);
    let stored = (await t.http.get(`/api/shipments/${created.body.id}`)).body;
    expect(stored).toMatchObject({ apiGravity: 31.5, barrelsPerTonne: 7.2455, volumeBarrels: 362_275 });
    expect(stored.legs).toHaveLength(2);
    expect((await t.http.get('/api/analytics/summary')).body.totalBarrels).toBe(362_275);

    // Overland now: the sea legs no longer end in the mode; LPG has no API gravity.
    expect((await update({ commodity: 'lpg', transport_mode: 'road' })).body.updated).toBe(1);
    stored = (await t.http.get(`/api/shipments/${created.body.id}`)).body;
    expect(stored).toMatchObject({
      apiGravity: null,
      legs: null,
      barrelsPerTonne: 11.6,
      volumeBarrels: 522_000,
    });
    expect(stored.stsTransferPoint).toBe('off Sohar, Oman');
  });
});

/** The JSON body of the default CSV row (aShipmentCsvRow) for a reference. */
function csvShipment(reference: string) {
  return {
    reference,
    commodity: 'crude_oil',
    originCountry: 'RU',
    loadPort: 'RUULU',
    dischargePort: 'PKKHI',
    transportMode: 'sea',
    transitCountries: [],
    volumeTonnes: 45000,
    valueAmount: 130000000,
    paymentCurrency: 'CNY',
    contractDate: '2023-04-20',
    departureDate: '2023-05-21',
    arrivalDate: '2023-06-11',
    vesselName: 'Pure Point',
    vesselImo: '9074729',
    importer: 'Pakistan Refinery Ltd',
    status: 'delivered',
    notes: null,
  };
}
