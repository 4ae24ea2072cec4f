import { startTestApp, type TestApp } from '../support/test-app';

describe('GET /api/exports/shipments.csv when the client goes away mid-download', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await t.db.pool.query(`
      INSERT INTO shipments (id, reference, commodity, origin_country, transport_mode, volume_tonnes, volume_barrels, arrival_date, destination_country)
      SELECT md5('BULK-' || i)::uuid, 'BULK-' || i, 'crude_oil', 'SA', 'sea', 1000 + i, (1000 + i) * 7.33, date '2023-01-01' + (i % 365), 'PK'
      FROM generate_series(1, 50000) AS i`);
  });
  afterAll(() => t.close());

  it('closes the cursor and gives the connection back; the next export is complete', async () => {
    const aborter = new AbortController();
    const response = await fetch(`${t.baseUrl}/api/exports/shipments.csv`, {
      headers: { authorization: `Bearer ${t.adminToken}` },
      signal: aborter.signal,
    });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const first = await reader.read();
    expect(first.value?.length).toBeGreaterThan(0);
    aborter.abort();

    const deadline = Date.now() + 20_000;
    for (;;) {
      const { rows } = await t.db.pool.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity
         WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'`,
      );
      if (rows[0].n === 0) break;
      if (Date.now() > deadline) throw new Error('the export query is still running');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const full = await t.http.get('/api/exports/shipments.csv');
    expect(full.text.trim().split('\r\n')).toHaveLength(50_001);
  });
});
