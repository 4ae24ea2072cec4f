import { randomBytes } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Pool } from 'pg';
import { createApp } from '../../src/bootstrap';
import { loadConfig } from '../../src/config/app-config';
import { startPrimaryWithStandby, type PrimaryWithStandby } from '../support/physical-standby';
import { aShipmentInput } from '@tradeflow/domain/testing';
import { HttpClient } from '../support/test-app';
import { waitFor } from '../support/wait-for';

/**
 * A real physical standby: Debian's PostgreSQL 15, a primary and a `pg_basebackup -R` streaming
 * replica. DATABASE_URL points at the primary, DATABASE_READ_URLS at the standby. Fails (does not
 * skip) when the binaries are missing: CI installs them.
 */
describe('analytics on a streaming standby (pg_basebackup -R)', () => {
  let cluster: PrimaryWithStandby;
  let app: NestExpressApplication;
  let http: HttpClient;
  let primary: Pool;
  let standby: Pool;
  const summary = '/api/analytics/summary?groupBy=origin';

  beforeAll(async () => {
    cluster = await startPrimaryWithStandby('tradeflow');
    primary = new Pool({ connectionString: cluster.primaryUrl, max: 2 });
    standby = new Pool({ connectionString: cluster.standbyUrl, max: 2 });
    const adminToken = `tf_test_${randomBytes(24).toString('hex')}`;
    const config = loadConfig({
      LOG_LEVEL: 'silent',
      SAMPLE_DATA: 'false',
      WEB_DIST_DIR: '/nonexistent',
      TRADEFLOW_ADMIN_TOKEN: adminToken,
      DATABASE_URL: cluster.primaryUrl,
      DATABASE_READ_URLS: cluster.standbyUrl,
    });
    app = await createApp(config, cluster.primaryUrl);
    await app.listen(0, '127.0.0.1');
    http = new HttpClient((await app.getUrl()).replace('[::1]', '127.0.0.1'), {
      authorization: `Bearer ${adminToken}`,
    });
    // Two clusters, a base backup and every migration on a fresh database: slow on a busy machine.
  }, 240_000);
  afterAll(async () => {
    await app?.close();
    await Promise.all([primary?.end(), standby?.end()]);
    await cluster?.stop();
  });

  const standbyCount = async () =>
    (await standby.query('SELECT count(*)::int AS n FROM shipments')).rows[0].n as number;
  const readConnections = async (pool: Pool) =>
    (
      await pool.query(
        `SELECT query FROM pg_stat_activity WHERE application_name = 'tradeflow-read' AND backend_type = 'client backend'`,
      )
    ).rows.map((row: { query: string }) => row.query);
  const lags = async () =>
    (await http.get('/api/health')).body.details.replicas.lags as {
      replayLagSeconds: number;
      dataVersionsBehind: number;
    }[];

  it('is a real standby of the primary', async () => {
    expect((await standby.query('SELECT pg_is_in_recovery() AS standby')).rows[0].standby).toBe(true);
    expect((await primary.query('SELECT count(*)::int AS n FROM pg_stat_replication')).rows[0].n).toBe(1);
    await expect(standby.query(`INSERT INTO cache_versions VALUES ('x', 0, 0)`)).rejects.toThrow(/read-only/);
  });

  it('writes go to the primary and reach the standby; analytics reads go to the standby', async () => {
    expect(
      (await http.post('/api/shipments', aShipmentInput({ originCountry: 'SA', volumeTonnes: 1000 }))).status,
    ).toBe(201);
    await waitFor(standbyCount, (n) => n === 1);
    await waitFor(lags, (all) => all[0]?.dataVersionsBehind === 0);

    const answer = await http.get(summary);
    expect(answer.body).toMatchObject({ shipmentCount: 1, totalTonnes: 1000 });
    // The analytics connections are on the standby, and its last statement read the shipments' rollup.
    expect((await readConnections(standby)).some((query) => /shipment_monthly/.test(query))).toBe(true);
    expect(await readConnections(primary)).toEqual([]);
  });

  it('shows the lag, and answers from the primary while the standby is behind (read-your-writes)', async () => {
    await standby.query('SELECT pg_wal_replay_pause()');
    try {
      expect(
        (await http.post('/api/shipments', aShipmentInput({ originCountry: 'KW', volumeTonnes: 500 })))
          .status,
      ).toBe(201);
      const behind = await waitFor(lags, (all) => (all[0]?.dataVersionsBehind ?? 0) > 0);
      expect(behind[0]!.dataVersionsBehind).toBeGreaterThan(0);
      expect(await standbyCount()).toBe(1);

      // The write that returned is in the next answer although the standby does not have it.
      expect((await http.get(summary)).body).toMatchObject({ shipmentCount: 2, totalTonnes: 1500 });
    } finally {
      await standby.query('SELECT pg_wal_replay_resume()');
    }
    await waitFor(lags, (all) => all[0]?.dataVersionsBehind === 0 && all[0]?.replayLagSeconds === 0);
    expect(await standbyCount()).toBe(2);
    // A new query (not cached) is answered by the standby again, with both shipments.
    const fresh = await http.get(`${summary}&from=2023-01-01`);
    expect(fresh.body).toMatchObject({ shipmentCount: 2, totalTonnes: 1500 });
  });
});
