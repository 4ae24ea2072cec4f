import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OFFICIAL_SAMPLE_FILE, officialStatsSampleCsv } from '../../src/sample-data/official-stats-sample';
import { CSV } from '../support/comtrade-csv';
import { startTestApp, type TestApp } from '../support/test-app';

const shipped = readFileSync(join(__dirname, '..', '..', '..', '..', OFFICIAL_SAMPLE_FILE), 'utf8');

/** The lines of the shipped file an import keeps, read here with plain rules. */
function keptLines(): Record<string, string>[] {
  const lines = parse(shipped, { columns: true }) as Record<string, string>[];
  return lines.filter(
    (line) =>
      line['freqCode'] === 'M' &&
      line['flowCode'] === 'M' &&
      ['2709', '271112', '271113'].includes(line['cmdCode']!) &&
      line['partnerCode'] !== '0' &&
      line['partner2Code'] === '0' &&
      line['customsCode'] === 'C00' &&
      line['motCode'] === '0',
  );
}

describe('the official-statistics sample (illustrative, in the Comtrade+ format)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({}, { SAMPLE_DATA: 'true' });
  });
  afterAll(() => t.close());

  it('is the file shipped in docs/samples, marked illustrative on every line', () => {
    expect(shipped).toBe(officialStatsSampleCsv());
    expect(OFFICIAL_SAMPLE_FILE).toMatch(/ILLUSTRATIVE/);
    const lines = parse(shipped, { columns: true }) as Record<string, string>[];
    expect(lines.every((line) => /ILLUSTRATIVE/.test(line['tradeflowNote'] ?? ''))).toBe(true);
  });

  it('is loaded at first start: every kept line of the file is a stored flow of Pakistan or India', async () => {
    const kept = keptLines();
    const { rows } = await t.db.pool.query<{ flows: number; tonnes: string; importers: string[] }>(
      `SELECT count(*)::int AS flows, sum(volume_tonnes)::text AS tonnes,
              array_agg(DISTINCT importer_country ORDER BY importer_country) AS importers
         FROM official_trade_flows`,
    );
    expect(rows[0]!.flows).toBe(kept.length);
    const kg = kept.reduce((sum, line) => sum + Number(line['netWgt'] || line['qty']), 0);
    expect(Number(rows[0]!.tonnes)).toBeCloseTo(kg / 1000, 3);
    expect(rows[0]!.importers).toEqual(['IN', 'PK']);
  });

  it('imports through the API as users would: nothing rejected, World and breakdown lines skipped', async () => {
    const response = await t.http.post('/api/official-stats/import?dryRun=true', shipped, CSV);
    expect(response.status).toBe(200);
    const all = (parse(shipped, { columns: true }) as unknown[]).length;
    expect(response.body).toMatchObject({
      dryRun: true,
      inserted: 0,
      updated: 0,
      unchanged: keptLines().length,
      skipped: all - keptLines().length,
      rejectedCount: 0,
    });
    expect(Object.keys(response.body.skippedByReason).sort()).toEqual([
      'customs_procedure_breakdown',
      'second_partner_breakdown',
      'transport_mode_breakdown',
      'world_partner',
    ]);
  });
});
