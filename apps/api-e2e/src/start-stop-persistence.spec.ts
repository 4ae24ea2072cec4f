import { startServerProcess } from '@tradeflow/e2e-support';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The product as `npm start` runs it: embedded PostgreSQL under DATA_DIR, sample data on first
 * start, the dashboard at `/`, a clean stop on SIGTERM, and everything there again after a restart.
 */
describe('npm start: embedded PostgreSQL, sample data, clean stop and restart', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'tradeflow-persist-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('keeps every acknowledged write across SIGTERM and restart, and loads the sample only once', async () => {
    const first = await startServerProcess({ dataDir, env: { SAMPLE_DATA: 'true' } });
    let restarted: Awaited<ReturnType<typeof startServerProcess>> | undefined;
    try {
      expect((await fetch(`${first.baseUrl}/api/shipments?limit=1`)).status).toBe(401);
      const docs = await fetch(`${first.baseUrl}/api/docs`);
      expect(docs.status).toBe(200);
      const home = await fetch(`${first.baseUrl}/`);
      expect(home.status).toBe(200);
      const html = await home.text();
      expect(html).toMatch(/<div id="root">/);
      expect(home.headers.get('cache-control')).toBe('no-cache');
      const deepLink = await fetch(`${first.baseUrl}/shipments?origin=RU`);
      expect(deepLink.status).toBe(200);
      expect(deepLink.headers.get('cache-control')).toBe('no-cache');
      const asset = html.match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
      expect(asset).toBeDefined();
      const script = await fetch(`${first.baseUrl}${asset}`);
      expect(script.status).toBe(200);
      expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');

      const sample = (await (await first.request('/api/shipments?limit=1')).json()) as {
        total: number;
      };
      expect(sample.total).toBeGreaterThan(1000);
      const story = (await (await first.request('/api/shipments?q=PK-RU-CRUDE-2023-001')).json()) as {
        items: { volumeTonnes: number; paymentCurrency: string; dischargePort: string }[];
      };
      expect(story.items[0]).toMatchObject({
        volumeTonnes: 45000,
        paymentCurrency: 'CNY',
        dischargePort: 'PKKHI',
      });

      const created = await first.request('/api/shipments', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          reference: 'PERSIST-1',
          commodity: 'lpg',
          originCountry: 'RU',
          transportMode: 'road',
          transitCountries: ['UZ', 'AF'],
          volumeTonnes: 812.25,
          arrivalDate: '2024-03-05',
        }),
      });
      expect(created.status).toBe(201);

      expect(await first.stop('SIGTERM')).toBe(0);
      expect(first.output()).not.toMatch(/start-up failed|Error:/);

      restarted = await startServerProcess({ dataDir, env: { SAMPLE_DATA: 'true' } });
      const after = (await (await restarted.request('/api/shipments?limit=1')).json()) as {
        total: number;
      };
      expect(after.total).toBe(sample.total + 1);
      const kept = (await (await restarted.request('/api/shipments?q=PERSIST-1')).json()) as {
        items: { volumeTonnes: number; transitCountries: string[] }[];
      };
      expect(kept.items).toEqual([
        expect.objectContaining({ volumeTonnes: 812.25, transitCountries: ['UZ', 'AF'] }),
      ]);
    } finally {
      await first.stop();
      await restarted?.stop();
    }
  });

  it('stops with a clear message when a setting is invalid', async () => {
    await expect(startServerProcess({ env: { PORT: 'eighty' } })).rejects.toThrow(/PORT must be an integer/);
  });
});
