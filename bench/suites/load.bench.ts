import { startServerProcess, type ServerProcess, WORKSPACE_ROOT } from '@tradeflow/e2e-support';
import autocannon, { type Result } from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchContext, BenchRow, BenchSuite } from '../support/bench-types';
import { type BuiltEmbeddedPostgres, builtDatabaseModule } from '../support/built-database';

const CONNECTIONS = 100;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The built product (node dist/apps/api/main.js) on its own PostgreSQL with the sample data,
 * driven by autocannon with 100 connections through an editor API key, every endpoint beside a
 * baseline of the same run: a bare Node.js http server (the machine's floor) for auth/me, auth/me
 * for the rest. Every request checks the key (cached, with the credentials version read from
 * PostgreSQL), the rate limiter and, for writes, the audit trail like a real client. The key's
 * limit is raised with API_KEY_RATE_LIMIT_PER_MINUTE for this run only, so the limiter counts but
 * never answers 429. Then PostgreSQL is crashed and restarted under the running API to time
 * recovery.
 */
export const loadSuite: BenchSuite = {
  name: 'load',
  description: `${CONNECTIONS} connections per endpoint (autocannon), then database crash recovery`,
  async run(context: BenchContext): Promise<BenchRow[]> {
    const seconds = context.quick ? 5 : 30;
    const { EmbeddedPostgresServer, createDatabaseIfMissing } = await builtDatabaseModule();
    const dataDir = await mkdtemp(join(tmpdir(), 'tradeflow-bench-load-'));
    const database = new EmbeddedPostgresServer({ dataDir: join(dataDir, 'pg') });
    let server: ServerProcess | undefined;
    try {
      await database.start();
      await createDatabaseIfMissing(database.connectionUrl, 'tradeflow');
      server = await startServerProcess({
        dataDir,
        env: {
          DATABASE_URL: database.urlFor('tradeflow'),
          SAMPLE_DATA: 'true',
          LOG_LEVEL: 'warn',
          API_KEY_RATE_LIMIT_PER_MINUTE: '100000000',
        },
      });
      const created = await server.request('/api/api-keys', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'bench-load', role: 'editor' }),
      });
      const key = ((await created.json()) as { key: string }).key;
      const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
      const paths = Object.keys(
        ((await (await server.request('/api/docs-json')).json()) as { paths: Record<string, unknown> }).paths,
      );

      const rows: BenchRow[] = [];
      const measure = async (operation: string, options: Parameters<typeof autocannon>[0]) => {
        context.log(`${operation}: ${CONNECTIONS} connections for ${seconds} s`);
        const result = await autocannon({
          connections: CONNECTIONS,
          duration: seconds,
          timeout: 30,
          ...options,
        });
        const row = toRow(operation, result, seconds);
        rows.push(row);
        return row;
      };

      // The machine's floor, in the same run: a bare Node.js http server in its own process; then
      // the framework's floor: NestJS with one route and nothing else, on Express (as the API) and
      // on Fastify, to show how much of the gap to the machine's floor is the framework's own.
      const floorOf = async (operation: string, server: Promise<FloorServer>) => {
        const started = await server;
        try {
          return await measure(operation, { url: `${started.url}/api/auth/me` });
        } finally {
          started.stop();
        }
      };
      const floor = await floorOf('bare Node.js http server (baseline)', startBareServer());
      const nestExpress = await floorOf(
        'NestJS 11 + Express, one route, nothing else (framework floor)',
        startFrameworkFloor('express'),
      );
      compare(nestExpress, floor, 'bare Node.js', 0.2);
      const nestFastify = await floorOf(
        'NestJS 11 + Fastify, one route, nothing else (framework floor)',
        startFrameworkFloor('fastify'),
      );
      compare(nestFastify, floor, 'bare Node.js', 0.2);
      const me = await measure('GET /api/auth/me (API key)', {
        url: `${server.baseUrl}/api/auth/me`,
        headers,
      });
      compare(me, floor, 'bare Node.js', 0.2);
      me.note = `${me.note}; ${((me.rowsPerSec ?? 0) / (nestExpress.rowsPerSec ?? 1)).toFixed(2)}x NestJS + Express floor`;

      if (paths.includes('/api/analytics/summary')) {
        const summary = await measure('GET /api/analytics/summary (cached)', {
          url: `${server.baseUrl}/api/analytics/summary`,
          headers,
        });
        compare(summary, me, 'auth/me', 0.7, 100);
        const timeseries = await measure('GET /api/analytics/timeseries month groupBy=origin (cached)', {
          url: `${server.baseUrl}/api/analytics/timeseries?granularity=month&groupBy=origin`,
          headers,
        });
        compare(timeseries, me, 'auth/me', 0.7, 100);
        // Every request a query never asked before: the answer is computed each time.
        let day = 0;
        const uncached = await measure('GET /api/analytics/summary, a new query each request (uncached)', {
          url: `${server.baseUrl}/api/analytics/summary`,
          headers,
          requests: [
            {
              method: 'GET',
              setupRequest: (request) => ({
                ...request,
                path: `/api/analytics/summary?${uniqueRange(day++)}`,
              }),
            },
          ],
        });
        summary.note = `${summary.note}; cached/uncached ${((summary.rowsPerSec ?? 0) / (uncached.rowsPerSec ?? 1)).toFixed(1)}x`;
      } else {
        rows.push({
          suite: 'load',
          operation: 'GET /api/analytics/summary',
          n: 0,
          note: 'skipped: the analytics endpoints are not in this build yet',
        });
      }
      const listing = await measure('GET /api/shipments (50 a page)', {
        url: `${server.baseUrl}/api/shipments?limit=50`,
        headers,
      });
      compare(listing, me, 'auth/me', 0.5);
      let sequence = 0;
      const runId = Date.now().toString(36);
      const creation = await measure('POST /api/shipments (unique references)', {
        url: `${server.baseUrl}/api/shipments`,
        headers,
        requests: [
          {
            method: 'POST',
            setupRequest: (request) => ({
              ...request,
              body: JSON.stringify(benchShipment(`${runId}-${sequence++}`)),
            }),
          },
        ],
      });
      compare(creation, me, 'auth/me', 0.25, 200);

      rows.push(...(await recoveryRows(server, database, key, context.quick ? 1 : 3, context)));
      return rows;
    } finally {
      await server?.stop();
      await database.destroy();
      await rm(dataDir, { recursive: true, force: true });
    }
  },
};

/** Sets the row's ratio to a baseline row of the same run and its target (and a p99 bound). */
function compare(
  row: BenchRow,
  baseline: BenchRow,
  name: string,
  atLeast: number,
  p99UnderMs?: number,
): void {
  const p99 = Number(/p99 ([\d.]+) ms/.exec(row.note ?? '')?.[1]);
  row.baseline = `${name}, ${Math.round(baseline.rowsPerSec ?? 0).toLocaleString('en-US')} req/s`;
  row.ratio = (row.rowsPerSec ?? 0) / (baseline.rowsPerSec ?? 1);
  row.target = `>= ${atLeast}x ${name}${p99UnderMs ? `, p99 < ${p99UnderMs} ms` : ''}, 0 errors`;
  row.met = row.met === true && row.ratio >= atLeast && (p99UnderMs === undefined || p99 < p99UnderMs);
}

/** A from/to pair no earlier request used (consecutive days over 2015-2024). */
function uniqueRange(n: number): string {
  const day = (offset: number) =>
    new Date(Date.UTC(2015, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
  return `from=${day(n % 3000)}&to=${day(3000 + Math.floor(n / 3000))}`;
}

interface FloorServer {
  url: string;
  stop(): void;
}

/** The floor: node:http answering a small JSON body, in a process of its own like the API. */
function startBareServer(): Promise<FloorServer> {
  const source = `require('node:http').createServer((q, s) => { s.setHeader('content-type', 'application/json'); s.end('{"username":"bench","role":"editor","via":"api-key"}'); }).listen(0, '127.0.0.1', function () { process.stdout.write(String(this.address().port) + '\\n'); });`;
  return startFloorProcess(['-e', source], {});
}

/** NestJS with one route (support/framework-floor-server.ts), through tsx like the bench itself. */
function startFrameworkFloor(adapter: 'express' | 'fastify'): Promise<FloorServer> {
  const bench = join(WORKSPACE_ROOT, 'bench');
  return startFloorProcess(
    ['--import', 'tsx', join(bench, 'support', 'framework-floor-server.ts'), adapter],
    {
      TSX_TSCONFIG_PATH: join(bench, 'tsconfig.json'),
    },
  );
}

async function startFloorProcess(args: string[], env: Record<string, string>): Promise<FloorServer> {
  const child = spawn(process.execPath, args, {
    cwd: WORKSPACE_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
    child.once('exit', (code) => reject(new Error(`floor server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

function toRow(operation: string, result: Result, seconds: number): BenchRow {
  const errors = result.errors + result.timeouts;
  const statuses = Object.entries(result.statusCodeStats ?? {})
    .map(([status, { count }]) => `${status}: ${count}`)
    .join(', ');
  return {
    suite: 'load',
    operation,
    n: result.requests.total,
    p50Ms: result.latency.p50,
    rowsPerSec: result.requests.total / seconds,
    target: '0 errors, 0 non-2xx',
    met: errors === 0 && result.non2xx === 0,
    note: `req/s; p99 ${result.latency.p99} ms; errors ${errors}; non-2xx ${result.non2xx}${statuses ? ` (${statuses})` : ''}`,
  };
}

/**
 * Crash PostgreSQL (immediate stop: WAL recovery on start) under the running API, keep it down for
 * 2 s, start it again; time until /api/health answers 200 and until a write is acknowledged, with
 * the API process never restarted.
 */
async function recoveryRows(
  server: ServerProcess,
  database: BuiltEmbeddedPostgres,
  key: string,
  rounds: number,
  context: BenchContext,
): Promise<BenchRow[]> {
  const health: number[] = [];
  const write: number[] = [];
  const outageAnswers = new Map<number, number>();
  for (let round = 0; round < rounds; round++) {
    context.log(`database crash and restart ${round + 1}/${rounds}`);
    await database.stop('immediate');
    const downUntil = Date.now() + 2000;
    while (Date.now() < downUntil) {
      const status = (
        await server.request('/api/shipments?limit=1', { headers: { authorization: `Bearer ${key}` } })
      ).status;
      outageAnswers.set(status, (outageAnswers.get(status) ?? 0) + 1);
      await sleep(50);
    }
    await database.start();
    const back = Date.now();
    while ((await fetch(`${server.baseUrl}/api/health`)).status !== 200) await sleep(5);
    health.push(Date.now() - back);
    for (let n = 0; ; n++) {
      const response = await fetch(`${server.baseUrl}/api/shipments`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify(benchShipment(`recovery-${Date.now()}-${round}-${n}`)),
      });
      if (response.status === 201) break;
      await sleep(5);
    }
    write.push(Date.now() - back);
  }
  const answers = [...outageAnswers].map(([status, count]) => `${status}: ${count}`).join(', ');
  const median = (values: number[]) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
  return [
    {
      suite: 'load',
      operation: 'recovery: /api/health 200 after PostgreSQL is back',
      n: rounds,
      p50Ms: median(health),
      note: `no API restart; answers while down: ${answers}`,
      target: '503 while down, no 500',
      met: [...outageAnswers.keys()].every((status) => status === 503),
    },
    {
      suite: 'load',
      operation: 'recovery: first acknowledged write after PostgreSQL is back',
      n: rounds,
      p50Ms: median(write),
      note: 'ms from PostgreSQL accepting connections',
    },
  ];
}

function benchShipment(suffix: string) {
  return {
    reference: `BENCH-${suffix}`,
    commodity: 'crude_oil',
    originCountry: 'RU',
    loadPort: 'RUULU',
    dischargePort: 'PKKHI',
    transportMode: 'sea',
    volumeTonnes: 45000,
    valueAmount: 130000000,
    paymentCurrency: 'CNY',
    departureDate: '2024-05-01',
    arrivalDate: '2024-05-29',
    status: 'delivered',
  };
}
