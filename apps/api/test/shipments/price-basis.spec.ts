import { CSV_HEADER, csvFile, csvLine } from '../support/shipment-csv';
import { aShipmentCsvRow, aShipmentInput } from '@tradeflow/domain/testing';
import { startTestApp, type TestApp } from '../support/test-app';

describe('priceBasis: the delivery term of a shipment value', () => {
  let t: TestApp;
  const stored = async (reference: string) =>
    (await t.db.pool.query('SELECT price_basis FROM shipments WHERE reference = $1', [reference])).rows[0]
      ?.price_basis;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('is stored as given through the JSON API, unknown when absent, and changed by a PATCH', async () => {
    const given = await t.http.post(
      '/api/shipments',
      aShipmentInput({ reference: 'PB-CIF', priceBasis: 'CIF' }),
    );
    expect(given.status).toBe(201);
    expect(given.body.priceBasis).toBe('CIF');
    const absent = await t.http.post('/api/shipments', aShipmentInput({ reference: 'PB-NONE' }));
    expect(absent.body.priceBasis).toBe('unknown');
    const patched = await t.http.patch(`/api/shipments/${absent.body.id}`, { priceBasis: 'FOB' });
    expect(patched.status).toBe(200);
    expect(await stored('PB-NONE')).toBe('FOB');
  });

  it('refuses a basis outside FOB, CFR, CIF, DES, unknown with a 400 naming priceBasis, and stores nothing', async () => {
    const { status, body } = await t.http.post('/api/shipments', {
      ...aShipmentInput({ reference: 'PB-BAD' }),
      priceBasis: 'EXW',
    });
    expect(status).toBe(400);
    expect(body.errors).toEqual([
      {
        field: 'priceBasis',
        message: 'unknown price basis "EXW"; expected one of FOB, CFR, CIF, DES, unknown',
      },
    ]);
    expect(await stored('PB-BAD')).toBeUndefined();
  });

  it('is read from the CSV column price_basis; a file without the column stores unknown', async () => {
    const withColumn = await t.http.post(
      '/api/shipments/import',
      csvFile([aShipmentCsvRow({ reference: 'PB-CSV-DES', price_basis: 'DES' })]),
      { 'content-type': 'text/csv' },
    );
    expect(withColumn.body).toMatchObject({ inserted: 1, rejectedCount: 0 });
    expect(await stored('PB-CSV-DES')).toBe('DES');
    // A file written before price_basis ends at destination_country (the optional columns after it too).
    const kept = CSV_HEADER.split(',').indexOf('price_basis');
    const header = CSV_HEADER.split(',').slice(0, kept).join(',');
    const line = csvLine(aShipmentCsvRow({ reference: 'PB-CSV-OLD' }))
      .split(',')
      .slice(0, kept)
      .join(',');
    const without = await t.http.post('/api/shipments/import', `${header}\n${line}\n`, {
      'content-type': 'text/csv',
    });
    expect(without.body).toMatchObject({ inserted: 1, rejectedCount: 0 });
    expect(await stored('PB-CSV-OLD')).toBe('unknown');
  });

  it('rejects a CSV line with a bad price_basis, naming the line and column, and imports nothing', async () => {
    const { status, body } = await t.http.post(
      '/api/shipments/import',
      csvFile([
        aShipmentCsvRow({ reference: 'PB-CSV-OK' }),
        aShipmentCsvRow({ reference: 'PB-CSV-BAD', price_basis: 'cif' }),
      ]),
      { 'content-type': 'text/csv' },
    );
    expect(status).toBe(400);
    expect(body.rejected).toEqual([
      {
        line: 3,
        reference: 'PB-CSV-BAD',
        errors: [
          {
            field: 'price_basis',
            message: 'unknown price basis "cif"; expected one of FOB, CFR, CIF, DES, unknown',
          },
        ],
      },
    ]);
    expect(await stored('PB-CSV-OK')).toBeUndefined();
  });
});
