import { launchBrowser, startServerProcess, WORKSPACE_ROOT } from '@tradeflow/e2e-support';
import type { ShipmentInput } from '@tradeflow/domain';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchRow, BenchSuite } from '../support/bench-types';
import { percentile } from '../support/timing';

const SUITE = 'web';
const DIST = join(WORKSPACE_ROOT, 'dist', 'apps', 'web');
const INITIAL_JS_TARGET_KB = 300;
const CHARTS_DRAWN_TARGET_MS = 1500;
const ADMIN_PASSWORD = 'bench-Dashboard-pass-2026';
const ADMIN_TOKEN = 'tf_bench_web_0123456789abcdef0123456789abcdef';

const kb = (bytes: number) => bytes / 1024;

/** The JS the browser loads before the overview can run: the entry script and its modulepreloads. */
async function initialJsRows(): Promise<BenchRow[]> {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g),
  ].map((match) => match[1] as string);
  const rows: BenchRow[] = [];
  let total = 0;
  for (const file of files) {
    const bytes = await readFile(join(DIST, file.replace(/^\//, '')));
    const gzipped = gzipSync(bytes, { level: 9 }).length;
    total += gzipped;
    rows.push({
      suite: SUITE,
      operation: `initial JS chunk ${file.replace(/^\/assets\//, '')}`,
      n: `${kb(bytes.length).toFixed(1)} KB raw`,
      note: `${kb(gzipped).toFixed(1)} KB gzip`,
    });
  }
  rows.push({
    suite: SUITE,
    operation: 'initial JS total (gzip)',
    n: `${files.length} chunks`,
    target: `<= ${INITIAL_JS_TARGET_KB} KB gzip`,
    met: kb(total) <= INITIAL_JS_TARGET_KB,
    note: `${kb(total).toFixed(1)} KB gzip; every page but the overview is a lazy chunk`,
  });
  return rows;
}

const ORIGINS = ['SA', 'AE', 'KW', 'QA', 'OM', 'RU', 'IQ', 'NG'];

/** Ten years (2016-2025) of monthly cargoes from 8 origins, with some non-USD payments and a road route. */
function tenYearsOfShipments(): ShipmentInput[] {
  const shipments: ShipmentInput[] = [];
  for (let year = 2016; year <= 2025; year++) {
    for (let month = 1; month <= 12; month++) {
      ORIGINS.forEach((origin, i) => {
        const overland = origin === 'RU' && month % 3 === 0;
        const currency = origin === 'RU' ? 'CNY' : origin === 'AE' && month % 4 === 0 ? 'AED' : 'USD';
        shipments.push({
          reference: `BENCH-${year}-${String(month).padStart(2, '0')}-${origin}`,
          commodity: overland ? 'lpg' : 'crude_oil',
          originCountry: origin,
          transportMode: overland ? 'road' : 'sea',
          transitCountries: overland ? ['UZ', 'AF'] : [],
          volumeTonnes: 20_000 + ((year * 7 + month * 13 + i * 29) % 50) * 1_000,
          valueAmount: 10_000_000 + i * 100_000,
          paymentCurrency: currency,
          arrivalDate: `${year}-${String(month).padStart(2, '0')}-${String(1 + ((i * 3) % 27)).padStart(2, '0')}`,
          status: 'delivered',
        });
      });
    }
  }
  return shipments;
}

async function seed(baseUrl: string, shipments: ShipmentInput[]): Promise<void> {
  const queue = [...shipments];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const response = await fetch(`${baseUrl}/api/shipments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
        body: JSON.stringify(next),
      });
      if (response.status !== 201 && response.status !== 200)
        throw new Error(`seeding ${next.reference}: ${response.status} ${await response.text()}`);
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
}

async function chartsDrawnRows(quick: boolean, log: (message: string) => void): Promise<BenchRow[]> {
  const server = await startServerProcess({
    env: {
      SAMPLE_DATA: 'false',
      TRADEFLOW_ADMIN_PASSWORD: ADMIN_PASSWORD,
      TRADEFLOW_ADMIN_TOKEN: ADMIN_TOKEN,
    },
  });
  const browser = await launchBrowser();
  try {
    const shipments = tenYearsOfShipments();
    const seeded = Date.now();
    await seed(server.baseUrl, shipments);
    log(`seeded ${shipments.length} shipments in ${Date.now() - seeded} ms`);
    // Signs the browser in when the build has sign-in (404 without it).
    const login = await browser.context.request.post(`${server.baseUrl}/api/auth/login`, {
      data: { username: 'admin', password: ADMIN_PASSWORD },
    });
    if (login.status() !== 404 && !login.ok()) throw new Error(`sign-in failed: ${login.status()}`);

    const url = `${server.baseUrl}/?from=2016-01-01&to=2025-12-31`;
    const iterations = quick ? 3 : 10;
    const samples: number[] = [];
    let cold = Number.NaN;
    for (let i = 0; i <= iterations; i++) {
      const page = await browser.newPage();
      await page.goto(url);
      await page.waitForSelector('.page[data-charts-ready="true"]', { timeout: 60_000 });
      // The mark is set when every chart has drawn the data; its time counts from navigation start.
      const ms = await page.evaluate(
        () => performance.getEntriesByName('tradeflow:charts-ready')[0]?.startTime ?? Number.NaN,
      );
      const canvases = await page.locator('canvas').count();
      if (canvases !== 4) throw new Error(`expected 4 charts, found ${canvases}`);
      await page.close();
      if (i === 0) cold = ms;
      else samples.push(ms);
    }
    const p50 = percentile(samples, 50);
    return [
      {
        suite: SUITE,
        operation: 'navigation -> all 4 overview charts drawn',
        n: '10 years monthly, 8 origins (120 buckets)',
        p50Ms: p50,
        p95Ms: percentile(samples, 95),
        target: `< ${CHARTS_DRAWN_TARGET_MS} ms`,
        met: p50 < CHARTS_DRAWN_TARGET_MS,
        note: `HTTP cache warm; first (cold) load ${cold.toFixed(0)} ms; ${iterations} runs`,
      },
    ];
  } finally {
    await browser.close();
    await server.destroy();
  }
}

export const webSuite: BenchSuite = {
  name: SUITE,
  description:
    'dashboard: initial JS per chunk (gzip, from the Vite build) and time from navigation to every overview chart drawn (headless Chromium)',
  async run({ quick, log }) {
    return [...(await initialJsRows()), ...(await chartsDrawnRows(quick, log))];
  },
};
