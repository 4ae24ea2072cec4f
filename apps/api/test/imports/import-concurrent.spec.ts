import { csvFile } from '../support/shipment-csv';
import { startTestApp, type TestApp } from '../support/test-app';
import { aShipmentCsvRow } from '@tradeflow/domain/testing';

/**
 * Two imports at the same time whose files share references: the database decides which one stores
 * a shared reference first, and the other must then treat it as stored already (its onConflict
 * rule), never fail with a 500 or store a reference twice.
 */
describe('two concurrent imports with overlapping references', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(() => t.db.pool.query('DELETE FROM shipments'));

  const shared = Array.from({ length: 200 }, (_, i) => `OVERLAP-${i}`);
  const importCsv = (rows: ReturnType<typeof aShipmentCsvRow>[], query = '') =>
    t.http.post(`/api/shipments/import${query}`, csvFile(rows), { 'content-type': 'text/csv' });

  async function stored(): Promise<Map<string, string>> {
    const { rows } = await t.db.pool.query('SELECT reference, volume_tonnes FROM shipments');
    return new Map(rows.map((row) => [row.reference as string, row.volume_tonnes as string]));
  }

  it('identical shared lines: both succeed, every reference is stored once, and the counts add up', async () => {
    const sharedRows = shared.map((reference) => aShipmentCsvRow({ reference }));
    const first = [...sharedRows, aShipmentCsvRow({ reference: 'ONLY-FIRST' })];
    const second = [...[...sharedRows].reverse(), aShipmentCsvRow({ reference: 'ONLY-SECOND' })];
    const [a, b] = await Promise.all([importCsv(first), importCsv(second)]);

    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body.inserted + b.body.inserted).toBe(shared.length + 2);
    expect(a.body.skipped + b.body.skipped).toBe(shared.length);
    expect([...(await stored()).keys()].sort()).toEqual([...shared, 'ONLY-FIRST', 'ONLY-SECOND'].sort());
  });

  it('shared lines with other values, atomic with onConflict=error: one file is stored whole, the other is refused with 400 and writes nothing', async () => {
    const first = [
      ...shared.map((reference) => aShipmentCsvRow({ reference, volume_tonnes: '1000' })),
      aShipmentCsvRow({ reference: 'ONLY-FIRST' }),
    ];
    const second = [
      ...shared.map((reference) => aShipmentCsvRow({ reference, volume_tonnes: '2000' })).reverse(),
      aShipmentCsvRow({ reference: 'ONLY-SECOND' }),
    ];
    const answers = await Promise.all([importCsv(first), importCsv(second)]);

    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 400]);
    const winner = answers.findIndex((answer) => answer.status === 200);
    const loser = answers[1 - winner]!;
    expect(loser.body.rejected[0].errors).toEqual([
      { field: 'reference', message: expect.stringMatching(/exists already with other values/) },
    ]);
    const volume = winner === 0 ? '1000.000' : '2000.000';
    expect(await stored()).toEqual(
      new Map([
        ...shared.map((reference) => [reference, volume] as [string, string]),
        [winner === 0 ? 'ONLY-FIRST' : 'ONLY-SECOND', '45000.000'],
      ]),
    );
  });
});
