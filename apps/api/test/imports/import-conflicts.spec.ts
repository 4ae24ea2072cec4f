import { startTestApp, type TestApp } from '../support/test-app';
import { csvFile } from '../support/shipment-csv';
import { aShipmentCsvRow } from '@tradeflow/domain/testing';

describe('POST /api/shipments/import with references that are stored already', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  // Stored: KEEP-1 (45000 t) and SAME-1; the file changes KEEP-1, repeats SAME-1 as it is and adds NEW-1.
  const stored = [aShipmentCsvRow({ reference: 'KEEP-1' }), aShipmentCsvRow({ reference: 'SAME-1' })];
  const file = csvFile([
    aShipmentCsvRow({ reference: 'KEEP-1', volume_tonnes: '50000.5' }),
    stored[1]!,
    aShipmentCsvRow({ reference: 'NEW-1' }),
  ]);

  beforeEach(async () => {
    await t.db.pool.query('DELETE FROM shipments');
    const response = await t.http.post('/api/shipments/import', csvFile(stored), {
      'content-type': 'text/csv',
    });
    expect(response.body.inserted).toBe(2);
  });

  const importCsv = (query: string) =>
    t.http.post(`/api/shipments/import${query}`, file, { 'content-type': 'text/csv' });

  async function volumes(): Promise<Record<string, string>> {
    const { rows } = await t.db.pool.query('SELECT reference, volume_tonnes, volume_barrels FROM shipments');
    return Object.fromEntries(
      rows.map((row) => [row.reference, `${row.volume_tonnes} t ${row.volume_barrels} bbl`]),
    );
  }

  const before = { 'KEEP-1': '45000.000 t 329850.000 bbl', 'SAME-1': '45000.000 t 329850.000 bbl' };

  it('onConflict=error (default), atomic: 400 naming the changed line, nothing written', async () => {
    const response = await importCsv('');
    expect(response.status).toBe(400);
    expect(response.body.rejected).toEqual([
      {
        line: 2,
        reference: 'KEEP-1',
        errors: [{ field: 'reference', message: expect.stringMatching(/exists already with other values/) }],
      },
    ]);
    expect(await volumes()).toEqual(before);
  });

  it('onConflict=error, partial: the changed line is rejected, an identical one is skipped, the new one inserted', async () => {
    const response = await importCsv('?mode=partial&onConflict=error');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ inserted: 1, updated: 0, skipped: 1, rejectedCount: 1 });
    expect(await volumes()).toEqual({ ...before, 'NEW-1': '45000.000 t 329850.000 bbl' });
  });

  it('onConflict=skip keeps the stored shipments', async () => {
    const response = await importCsv('?onConflict=skip');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ inserted: 1, updated: 0, skipped: 2, rejected: [], rejectedCount: 0 });
    expect(await volumes()).toEqual({ ...before, 'NEW-1': '45000.000 t 329850.000 bbl' });
  });

  it('onConflict=update overwrites the changed one (barrels recomputed), leaves the identical one alone', async () => {
    const { rows: old } = await t.db.pool.query(
      "SELECT updated_at FROM shipments WHERE reference = 'SAME-1'",
    );
    const response = await importCsv('?onConflict=update');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ inserted: 1, updated: 1, skipped: 1, rejected: [], rejectedCount: 0 });
    expect(await volumes()).toEqual({
      'KEEP-1': '50000.500 t 366503.665 bbl',
      'SAME-1': before['SAME-1'],
      'NEW-1': '45000.000 t 329850.000 bbl',
    });
    const { rows } = await t.db.pool.query("SELECT updated_at FROM shipments WHERE reference = 'SAME-1'");
    expect(rows[0].updated_at).toEqual(old[0].updated_at);
  });

  it('importing the same file twice is idempotent', async () => {
    expect((await importCsv('?onConflict=update')).body.inserted).toBe(1);
    const again = await importCsv('');
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ inserted: 0, updated: 0, skipped: 3, rejected: [], rejectedCount: 0 });
  });
});
