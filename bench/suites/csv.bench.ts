import { startServerProcess, type ServerProcess, WORKSPACE_ROOT } from '@tradeflow/e2e-support';
import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { DEFAULT_HOME_COUNTRY, SHIPMENT_CSV_COLUMNS, SHIPMENT_CSV_KINDS } from '@tradeflow/domain';
import type { BenchContext, BenchRow, BenchSuite } from '../support/bench-types';
import { copyShipmentLines } from '../support/copy-shipments';
import { shipmentCopyLine, shipmentCsvLine, syntheticShipments } from '../support/synthetic-shipments';
import { timeOnce } from '../support/timing';

/** The built product's PostgreSQL controller and entities (dist/, as `npm run bench` builds first). */
interface EmbeddedPostgresServer {
  readonly connectionUrl: string;
  urlFor(database: string): string;
  start(): Promise<void>;
  destroy(): Promise<void>;
}

const built = (path: string) => import(join(WORKSPACE_ROOT, 'dist', 'apps', 'api', path));
const MIB = 1024 * 1024;

/**
 * Bulk CSV import and export through the built product on its own PostgreSQL, each against a
 * baseline measured in the same run on the same file: import vs a raw COPY of the file into a bare
 * table (target: at least half its speed) and vs TypeORM save() per row (target: 50x), export with
 * the server's peak RSS growth read from /proc (target: under 100 MB), the same export as XLSX
 * through exceljs's streaming writer (target: under 150 MB), and import vs PostgreSQL's own COPY of
 * the same shipments into the real table with its indexes and triggers (target: 0.9x).
 */
export const csvSuite: BenchSuite = {
  name: 'csv',
  description: 'POST /api/shipments/import and GET /api/exports/shipments.csv (CSV and XLSX), 1M shipments',
  async run(context: BenchContext): Promise<BenchRow[]> {
    const count = context.quick ? 20_000 : 1_000_000;
    const saveSample = context.quick ? 1_000 : 10_000;
    const { EmbeddedPostgresServer } = (await built('database/embedded-postgres-server.js')) as {
      EmbeddedPostgresServer: new (options: { dataDir: string }) => EmbeddedPostgresServer;
    };
    const { createDatabaseIfMissing } = await built('database/open-database.js');
    const dataDir = await mkdtemp(join(tmpdir(), 'tradeflow-bench-csv-'));
    const file = join(dataDir, 'shipments.csv');
    const database = new EmbeddedPostgresServer({ dataDir: join(dataDir, 'pg') });
    let server: ServerProcess | undefined;
    try {
      context.log(`writing ${count.toLocaleString('en-US')} synthetic shipments`);
      await writeSyntheticCsv(file, count);
      const bytes = (await stat(file)).size;
      context.log(`${(bytes / MIB).toFixed(0)} MB; starting PostgreSQL and the server`);
      await database.start();
      await createDatabaseIfMissing(database.connectionUrl, 'tradeflow');
      server = await startServerProcess({
        dataDir,
        env: {
          DATABASE_URL: database.urlFor('tradeflow'),
          SAMPLE_DATA: 'false',
          LOG_LEVEL: 'warn',
          IMPORT_MAX_BYTES: String(4 * 1024 * MIB),
        },
      });
      const client = new Client({ connectionString: database.urlFor('tradeflow') });
      await client.connect();
      try {
        const rows: BenchRow[] = [];
        const raw = await rawCopy(client, file, count, context);
        const rawIndexed = await rawCopyIndexed(client, file, count, context);
        const sampleCount = Math.min(count, 200_000);
        const sample = join(dataDir, 'index-costs.csv');
        await writeSyntheticCsv(sample, sampleCount);
        const perIndex = await indexCosts(client, sample, sampleCount, context);
        const saved = await typeormSavePerRow(database.urlFor('tradeflow'), saveSample, context);
        await client.query('TRUNCATE shipments');
        const imported = await importThroughApi(server, file, bytes, count, context);
        rows.push(
          {
            suite: 'csv',
            operation: 'raw COPY of the file into a bare table',
            n: count,
            rowsPerSec: raw,
            note: 'baseline: PostgreSQL alone, no validation, no indexes',
          },
          {
            suite: 'csv',
            operation: 'raw COPY of the file into a table indexed like shipments',
            n: count,
            rowsPerSec: rawIndexed,
            note: 'reference: PostgreSQL alone with the indexes of shipments (trigram GIN included), no triggers',
          },
          ...perIndex,
          {
            suite: 'csv',
            operation: 'TypeORM save() per row',
            n: saveSample,
            rowsPerSec: saved,
            note: 'baseline: one INSERT per row into shipments',
          },
          {
            suite: 'csv',
            operation: 'POST /api/shipments/import',
            n: count,
            rowsPerSec: imported,
            baseline: 'raw COPY',
            ratio: imported / raw,
            target: '>= 0.5x raw COPY',
            met: imported >= raw / 2,
            note: `${(bytes / MIB).toFixed(0)} MB over HTTP, validated, staged, merged into shipments (indexes + rollup triggers)`,
          },
          {
            suite: 'csv',
            operation: 'POST /api/shipments/import vs indexed COPY',
            n: count,
            rowsPerSec: imported,
            baseline: 'indexed COPY',
            ratio: imported / rawIndexed,
            note: 'context for the raw COPY target: what PostgreSQL alone achieves into the same indexes',
          },
          {
            suite: 'csv',
            operation: 'POST /api/shipments/import vs save() per row',
            n: count,
            rowsPerSec: imported,
            baseline: 'TypeORM save()',
            ratio: imported / saved,
            target: '>= 50x save()',
            met: imported >= 50 * saved,
          },
        );
        const copyOut = await rawCopyOut(client, count, context);
        const exported = await exportThroughApi(server, count, context, 'csv');
        const workbook = await exportThroughApi(server, count, context, 'xlsx');
        rows.push(
          {
            suite: 'csv',
            operation: 'COPY (SELECT ...) TO STDOUT, CSV',
            n: count,
            rowsPerSec: copyOut,
            note: 'baseline: PostgreSQL alone',
          },
          {
            suite: 'csv',
            operation: 'GET /api/exports/shipments.csv',
            n: count,
            rowsPerSec: exported.rowsPerSec,
            baseline: 'COPY TO',
            ratio: exported.rowsPerSec / copyOut,
            target: 'server RSS growth < 100 MB',
            met: exported.peakRssGrowth < 100 * MIB,
            note: `peak RSS growth ${(exported.peakRssGrowth / MIB).toFixed(1)} MB (RSS before ${(exported.rssBefore / MIB).toFixed(0)} MB)`,
          },
          {
            suite: 'csv',
            operation: 'GET /api/exports/shipments.csv?format=xlsx',
            n: count,
            rowsPerSec: workbook.rowsPerSec,
            baseline: 'CSV export',
            ratio: workbook.rowsPerSec / exported.rowsPerSec,
            target: 'server RSS growth < 150 MB',
            met: workbook.peakRssGrowth < 150 * MIB,
            note: `exceljs streaming WorkbookWriter, ${(workbook.bytes / MIB).toFixed(0)} MB; peak RSS growth ${(workbook.peakRssGrowth / MIB).toFixed(1)} MB (RSS before ${(workbook.rssBefore / MIB).toFixed(0)} MB)`,
          },
        );
        // Last: it empties the shipments the exports read.
        const copied = await copyIntoShipments(client, count, context);
        rows.push(
          {
            suite: 'csv',
            operation: 'COPY of the same shipments into shipments (indexes and triggers)',
            n: count,
            rowsPerSec: copied,
            note: 'baseline: PostgreSQL alone into the real table, its indexes and aggregate triggers, rows converted beforehand',
          },
          {
            suite: 'csv',
            operation: 'POST /api/shipments/import vs COPY into shipments',
            n: count,
            rowsPerSec: imported,
            baseline: 'COPY into shipments',
            ratio: imported / copied,
            target: '>= 0.9x COPY into shipments',
            met: imported >= 0.9 * copied,
          },
        );
        return rows;
      } finally {
        await client.end();
      }
    } finally {
      await server?.stop();
      await database.destroy();
      await rm(dataDir, { recursive: true, force: true });
    }
  },
};

/** COPY of the CSV file as it is into a table of text/numeric/date columns without any index. */
async function rawCopy(client: Client, file: string, count: number, context: BenchContext): Promise<number> {
  const types = { text: 'text', number: 'numeric', date: 'date' } as const;
  const columns = SHIPMENT_CSV_COLUMNS.map(
    (column, index) => `${column} ${types[SHIPMENT_CSV_KINDS[index] ?? 'text']}`,
  );
  await client.query(`CREATE TABLE bench_bare (${columns.join(', ')})`);
  context.log('raw COPY into a bare table');
  const { ms } = await timeOnce(() =>
    pipeline(
      createReadStream(file),
      client.query(copyFrom('COPY bench_bare FROM STDIN (FORMAT csv, HEADER true)')),
    ),
  );
  await client.query('DROP TABLE bench_bare');
  return count / (ms / 1000);
}

/** The same COPY into a copy of shipments with all its indexes: what the indexes alone cost. */
async function rawCopyIndexed(
  client: Client,
  file: string,
  count: number,
  context: BenchContext,
): Promise<number> {
  context.log('raw COPY into a table indexed like shipments');
  const ms = await copyIntoShipmentsLike(client, file, 'INCLUDING INDEXES', []);
  return count / (ms / 1000);
}

/**
 * The same COPY into a copy of shipments (no triggers) with `including` its indexes, or with the
 * primary key and `indexes` (definitions read from pg_indexes): milliseconds.
 */
async function copyIntoShipmentsLike(
  client: Client,
  file: string,
  including: 'INCLUDING INDEXES' | '',
  indexes: readonly string[],
): Promise<number> {
  await client.query(`CREATE TABLE bench_indexed (LIKE shipments INCLUDING DEFAULTS ${including})`);
  try {
    if (!including) await client.query('ALTER TABLE bench_indexed ADD PRIMARY KEY (id)');
    for (const [at, definition] of indexes.entries()) {
      await client.query(
        definition
          .replace(
            /^CREATE INDEX \S+ ON public\.shipments /,
            `CREATE INDEX bench_index_${at} ON bench_indexed `,
          )
          .replace(/^CREATE INDEX \S+ ON shipments /, `CREATE INDEX bench_index_${at} ON bench_indexed `),
      );
    }
    // The file leaves derived cells empty (the importer fills them): COPY reads them as NULL.
    const nullable = SHIPMENT_CSV_COLUMNS.map((column) => `ALTER COLUMN ${column} DROP NOT NULL`).join(', ');
    await client.query(`ALTER TABLE bench_indexed ALTER COLUMN id SET DEFAULT gen_random_uuid(),
      ALTER COLUMN volume_barrels SET DEFAULT 0, ${nullable}`);
    // The file's columns are the contract's: each has a column of the same name in shipments.
    const columns = SHIPMENT_CSV_COLUMNS.join(', ');
    // transit_countries is an array column: COPY reads `UZ|AF` as text, so load it through a text column.
    await client.query('ALTER TABLE bench_indexed ALTER COLUMN transit_countries TYPE text USING NULL');
    const { ms } = await timeOnce(() =>
      pipeline(
        createReadStream(file),
        client.query(copyFrom(`COPY bench_indexed (${columns}) FROM STDIN (FORMAT csv, HEADER true)`)),
      ),
    );
    return ms;
  } finally {
    await client.query('DROP TABLE bench_indexed');
  }
}

/** Why each secondary index of shipments is paid for on every imported row: the query that needs it. */
const INDEX_NEEDED_BY: Readonly<Record<string, string>> = {
  ix_shipments_arrival:
    'the listing by arrival date (its default order, keyset pages) and the days a from/to cuts',
  ix_shipments_origin_arrival:
    'the listing filtered by origin (24 origins: a walk of the date index skips too much)',
  ix_shipments_status_arrival: 'the listing of contracted and in-transit cargoes (a few percent of the rows)',
  ix_shipments_discharge_port_arrival: 'the flow diagram drill-down: the shipments of one discharge port',
  ix_shipments_api_gravity_arrival:
    'barrel answers: the shipments with an API gravity factor (partial: only those)',
  ix_shipments_text_search: 'the listing search q (substring match on reference, vessel, importer and notes)',
};

/**
 * What each index of shipments costs per imported row: the same file COPYed into a copy of shipments
 * with the primary key alone, then with the primary key and each other index in turn (the best of
 * two runs each, no triggers).
 */
async function indexCosts(
  client: Client,
  file: string,
  count: number,
  context: BenchContext,
): Promise<BenchRow[]> {
  const { rows: indexes } = await client.query<{ name: string; definition: string }>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
      WHERE schemaname = 'public' AND tablename = 'shipments' AND indexname <> 'PK_shipments' ORDER BY indexname`,
  );
  const unknown = indexes.filter(({ name }) => !INDEX_NEEDED_BY[name]).map(({ name }) => name);
  if (unknown.length) throw new Error(`no query named for the index(es) ${unknown.join(', ')}`);
  const best = async (definitions: readonly string[]) =>
    Math.min(
      await copyIntoShipmentsLike(client, file, '', definitions),
      await copyIntoShipmentsLike(client, file, '', definitions),
    );
  context.log(
    `index costs: COPY of ${count.toLocaleString('en-US')} rows with the primary key alone and with each index`,
  );
  const primaryKeyMs = await best([]);
  const rows: BenchRow[] = [
    {
      suite: 'csv',
      operation: 'index cost: COPY into a copy of shipments with the primary key alone',
      n: count,
      rowsPerSec: count / (primaryKeyMs / 1000),
      note: `${((primaryKeyMs * 1000) / count).toFixed(1)} µs per row; the key every write and upsert needs`,
    },
  ];
  for (const { name, definition } of indexes) {
    const ms = await best([definition]);
    rows.push({
      suite: 'csv',
      operation: `index cost: + ${name}`,
      n: count,
      rowsPerSec: count / (ms / 1000),
      note: `${(((ms - primaryKeyMs) * 1000) / count).toFixed(1)} µs more per row; needed by ${INDEX_NEEDED_BY[name]}`,
    });
  }
  return rows;
}

/** The analytics suite's deterministic synthetic shipments as a CSV file (header + LF lines). */
async function writeSyntheticCsv(path: string, count: number): Promise<void> {
  function* chunks(): Generator<string> {
    yield `${SHIPMENT_CSV_COLUMNS.join(',')}\n`;
    let lines: string[] = [];
    for (const shipment of syntheticShipments({ count })) {
      lines.push(shipmentCsvLine(shipment));
      if (lines.length === 10_000) {
        yield `${lines.join('\n')}\n`;
        lines = [];
      }
    }
    if (lines.length) yield `${lines.join('\n')}\n`;
  }
  await pipeline(Readable.from(chunks()), createWriteStream(path));
}

/**
 * PostgreSQL's own COPY of the same shipments into `shipments` itself: every index and every
 * aggregate trigger, in statements of 100,000 rows. The lines are made before the clock starts, so
 * only PostgreSQL is timed.
 */
async function copyIntoShipments(client: Client, count: number, context: BenchContext): Promise<number> {
  await client.query('TRUNCATE shipments');
  const lines = Array.from(syntheticShipments({ count }), shipmentCopyLine);
  context.log('COPY into shipments (indexes and triggers)');
  const { ms } = await timeOnce(() => copyShipmentLines(client, lines));
  return count / (ms / 1000);
}

/** The ORM way: one repository.save() per shipment, each its own INSERT (and transaction). */
async function typeormSavePerRow(url: string, count: number, context: BenchContext): Promise<number> {
  const { DataSource } = await import('typeorm');
  const { ShipmentEntity } = await built('shipments/shipment.entity.js');
  const { shipmentIdFor } = await built('shipments/shipment-id.js');
  const dataSource = new DataSource({ type: 'postgres', url, entities: [ShipmentEntity] });
  await dataSource.initialize();
  try {
    const repository = dataSource.getRepository(ShipmentEntity);
    // Shipments after the imported file's, so that references never collide.
    const entities = [...syntheticShipments({ count, start: 10_000_000 })].map((shipment) =>
      repository.create({
        ...shipment,
        id: shipmentIdFor(shipment.reference),
        // The API derives it from the discharge port; the ORM writes what it is given.
        destinationCountry: shipment.destinationCountry ?? DEFAULT_HOME_COUNTRY,
        volumeTonnes: String(shipment.volumeTonnes),
        volumeBarrels: String(shipment.volumeBarrels),
        valueAmount: shipment.valueAmount === null ? null : String(shipment.valueAmount),
      }),
    );
    context.log(`TypeORM save() per row, ${count} rows`);
    const { ms } = await timeOnce(async () => {
      for (const entity of entities) await repository.save(entity);
    });
    return count / (ms / 1000);
  } finally {
    await dataSource.destroy();
  }
}

async function importThroughApi(
  server: ServerProcess,
  file: string,
  bytes: number,
  count: number,
  context: BenchContext,
): Promise<number> {
  context.log('POST /api/shipments/import');
  const { ms, result } = await timeOnce(
    () =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const request = httpRequest(new URL('/api/shipments/import', server.baseUrl), {
          method: 'POST',
          headers: {
            'content-type': 'text/csv',
            'content-length': bytes,
            authorization: `Bearer ${server.adminToken}`,
          },
        });
        request.on('error', reject);
        request.on('response', (response) => {
          let body = '';
          response.on('data', (chunk: Buffer) => (body += chunk.toString()));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        });
        createReadStream(file).pipe(request);
      }),
  );
  const report = JSON.parse(result.body) as { inserted?: number };
  if (result.status !== 200 || report.inserted !== count) {
    throw new Error(`import answered ${result.status}: ${result.body.slice(0, 500)}`);
  }
  return count / (ms / 1000);
}

async function rawCopyOut(client: Client, count: number, context: BenchContext): Promise<number> {
  context.log('COPY (SELECT ...) TO STDOUT');
  let rows = 0;
  const { ms } = await timeOnce(() =>
    pipeline(
      client.query(
        copyTo(
          `COPY (SELECT ${SHIPMENT_CSV_COLUMNS.join(', ')} FROM shipments ORDER BY arrival_date DESC, id DESC) TO STDOUT (FORMAT csv, HEADER true)`,
        ),
      ),
      new Writable({
        write(chunk: Buffer, _encoding, callback) {
          for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) rows++;
          callback();
        },
      }),
    ),
  );
  if (rows < count) throw new Error(`COPY TO gave ${rows} lines for ${count} rows`);
  return count / (ms / 1000);
}

interface ExportFigures {
  rowsPerSec: number;
  rssBefore: number;
  peakRssGrowth: number;
  bytes: number;
}

/** The end-of-central-directory signature every complete zip (an XLSX) ends with, near its end. */
const ZIP_END = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

async function exportThroughApi(
  server: ServerProcess,
  count: number,
  context: BenchContext,
  format: 'csv' | 'xlsx',
): Promise<ExportFigures> {
  const path = format === 'csv' ? '/api/exports/shipments.csv' : '/api/exports/shipments.csv?format=xlsx';
  context.log(`GET ${path}`);
  const rssBefore = rssBytes(server.pid);
  let peak = rssBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, rssBytes(server.pid))), 20);
  let lines = 0;
  let bytes = 0;
  let tail = Buffer.alloc(0);
  try {
    const { ms } = await timeOnce(async () => {
      const response = await server.request(path);
      if (response.status !== 200 || !response.body) throw new Error(`export answered ${response.status}`);
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        bytes += value.length;
        if (format === 'xlsx') tail = Buffer.concat([tail, value]).subarray(-256);
        else for (let at = value.indexOf(10); at !== -1; at = value.indexOf(10, at + 1)) lines++;
      }
    });
    // The header line, and the line breaks inside quoted notes, are extra lines.
    if (format === 'csv' && lines < count + 1)
      throw new Error(`the export had ${lines} lines for ${count} shipments`);
    if (format === 'xlsx' && !tail.includes(ZIP_END))
      throw new Error('the XLSX export is not a complete zip');
    return { rowsPerSec: count / (ms / 1000), rssBefore, peakRssGrowth: peak - rssBefore, bytes };
  } finally {
    clearInterval(sampler);
  }
}

/** Resident memory of a process, from /proc/<pid>/status (Linux). */
function rssBytes(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) * 1024 : 0;
}
