import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { databaseFingerprint } from '../support/database-fingerprint';
import { startTestApp, type TestApp } from '../support/test-app';
import { csvFile } from '../support/shipment-csv';
import { aShipmentCsvRow } from '@tradeflow/domain/testing';

const ROOT = resolve(__dirname, '..', '..', '..', '..');
const CLI = join(ROOT, 'apps/api/src/cli/import-cli.ts');

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npm run import -- FILE ...` runs the built file; here the same source runs through tsx. */
function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', CLI, ...args],
      { cwd: ROOT, env: { ...process.env, TSX_TSCONFIG_PATH: join(ROOT, 'tsconfig.base.json'), ...env } },
      (error, stdout, stderr) => done({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

describe('npm run import -- FILE', () => {
  let t: TestApp;
  let dir: string;

  beforeAll(async () => {
    t = await startTestApp();
    dir = await mkdtemp(join(tmpdir(), 'tradeflow-cli-'));
  });
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('streams a good file, shows progress on stderr, prints the report and exits 0', async () => {
    const file = join(dir, 'good.csv');
    await writeFile(
      file,
      csvFile([aShipmentCsvRow({ reference: 'CLI-1' }), aShipmentCsvRow({ reference: 'CLI-2' })]),
    );
    const result = await runCli([file, '--url', t.baseUrl, '--token', t.adminToken]);
    expect(result).toMatchObject({ code: 0, stdout: 'inserted 2, updated 0, skipped 0, rejected 0\n' });
    expect(result.stderr).toMatch(/100\.0% .* MB, [\d,]+ rows\/s/);
    expect(result.stderr).toMatch(/server answered 200/);
  });

  it('lists rejected lines and exits 1 (partial mode stores the rest)', async () => {
    const file = join(dir, 'partial.csv');
    await writeFile(
      file,
      csvFile([
        aShipmentCsvRow({ reference: 'CLI-3' }),
        aShipmentCsvRow({ reference: 'CLI-4', origin_country: 'ZZ' }),
      ]),
    );
    const result = await runCli([file, `--url=${t.baseUrl}`, '--mode', 'partial', '--on-conflict', 'skip'], {
      TRADEFLOW_TOKEN: t.adminToken,
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      'inserted 1, updated 0, skipped 0, rejected 1\n  line 3 (CLI-4): origin_country: unknown ISO 3166-1 alpha-2 country code "ZZ"\n',
    );
  });

  it('prints the server message of a refused file and exits 1; --json prints the raw answer', async () => {
    const file = join(dir, 'bad.csv');
    await writeFile(file, 'not,a,shipment,file\n');
    const result = await runCli([file, '--url', t.baseUrl, '--token', t.adminToken]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^HTTP 400: line 1 must be the header/);
    const json = await runCli([file, '--url', t.baseUrl, '--token', t.adminToken, '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ statusCode: 400 });
  });

  it('--dry-run prints what the import would do and writes nothing', async () => {
    const file = join(dir, 'dry.csv');
    await writeFile(
      file,
      csvFile([
        aShipmentCsvRow({ reference: 'CLI-DRY-1' }),
        aShipmentCsvRow({ reference: 'CLI-DRY-2' }),
        aShipmentCsvRow({ reference: 'CLI-DRY-3', origin_country: 'ZZ' }),
      ]),
    );
    const before = await databaseFingerprint(t.db.pool);
    const result = await runCli([
      file,
      '--url',
      t.baseUrl,
      '--token',
      t.adminToken,
      '--mode',
      'partial',
      '--dry-run',
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      'dry run: nothing was written; a real import would give\n' +
        'inserted 2, updated 0, skipped 0, rejected 1\n' +
        '  line 4 (CLI-DRY-3): origin_country: unknown ISO 3166-1 alpha-2 country code "ZZ"\n',
    );
    expect(await databaseFingerprint(t.db.pool)).toEqual(before);

    const good = join(dir, 'dry-good.csv');
    await writeFile(good, csvFile([aShipmentCsvRow({ reference: 'CLI-DRY-4' })]));
    const json = await runCli([good, '--url', t.baseUrl, '--token', t.adminToken, '--dry-run', '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ dryRun: true, inserted: 1, rejectedCount: 0 });
    const { rows } = await t.db.pool.query("SELECT 1 FROM shipments WHERE reference LIKE 'CLI-DRY-%'");
    expect(rows).toEqual([]);
  });

  it('explains its usage and exits 2 on bad arguments', async () => {
    const result = await runCli(['--mode', 'sometimes']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /--mode must be one of atomic, partial, got sometimes[\s\S]*usage: npm run import -- FILE/,
    );
    const valued = await runCli(['x.csv', '--dry-run=yes']);
    expect(valued.code).toBe(2);
    expect(valued.stderr).toMatch(/--dry-run takes no value/);
  });
});
