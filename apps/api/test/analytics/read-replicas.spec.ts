import { ConfigError, loadConfig } from '../../src/config/app-config';
import { randomBytes } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from '../../src/bootstrap';
import { HttpClient } from '../support/test-app';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { flowsFixture } from './support/flows-fixture';

describe('analytics reads on read replicas (DATABASE_READ_URLS)', () => {
  describe('configuration', () => {
    const primary = 'postgres://app:secret@db-primary:5432/tradeflow';

    it('takes a comma-separated list of PostgreSQL URLs', () => {
      const config = loadConfig({
        DATABASE_URL: primary,
        DATABASE_READ_URLS:
          'postgres://app:secret@replica-1/tradeflow, postgresql://app:secret@replica-2/tradeflow',
      });
      expect(config.databaseReadUrls).toEqual([
        'postgres://app:secret@replica-1/tradeflow',
        'postgresql://app:secret@replica-2/tradeflow',
      ]);
      expect(loadConfig({}).databaseReadUrls).toEqual([]);
    });

    it('refuses a bad entry, naming it, and replicas without DATABASE_URL', () => {
      expect(() =>
        loadConfig({ DATABASE_URL: primary, DATABASE_READ_URLS: 'postgres://r1/db,mysql://r2/db' }),
      ).toThrow(
        new ConfigError(
          'DATABASE_READ_URLS (entry 2) must start with postgres:// or postgresql://, got mysql://',
        ),
      );
      expect(() => loadConfig({ DATABASE_READ_URLS: 'postgres://r1/db' })).toThrow(/needs DATABASE_URL/);
    });
  });

  describe('with a replica configured', () => {
    let primary: TestDatabase;
    let replica: TestDatabase;
    let app: NestExpressApplication;
    let http: HttpClient;

    beforeAll(async () => {
      // Two separate databases stand in for a primary and its replica, so the answers show which one
      // a query went to (a real replica would receive the writes through streaming replication).
      [primary, replica] = await Promise.all([createTestDatabase(), createTestDatabase()]);
      const adminToken = `tf_test_${randomBytes(24).toString('hex')}`;
      const config = loadConfig({
        LOG_LEVEL: 'silent',
        SAMPLE_DATA: 'false',
        WEB_DIST_DIR: '/nonexistent',
        TRADEFLOW_ADMIN_TOKEN: adminToken,
      });
      app = await createApp({ ...config, databaseReadUrls: [replica.url] }, primary.url);
      await app.listen(0, '127.0.0.1');
      http = new HttpClient((await app.getUrl()).replace('[::1]', '127.0.0.1'), {
        authorization: `Bearer ${adminToken}`,
      });
    });
    afterAll(async () => {
      await app?.close();
      await Promise.all([primary?.drop(), replica?.drop()]);
    });

    it('writes go to the primary; analytics read the replica once it has the data version of the primary', async () => {
      const rows = flowsFixture('RR');
      for (const row of rows.slice(0, 3)) {
        expect((await http.post('/api/shipments', row)).status).toBe(201);
      }
      const count = async (db: TestDatabase) =>
        (await db.pool.query('SELECT count(*)::int AS n FROM shipments')).rows[0].n as number;
      expect(await count(primary)).toBe(3);
      expect(await count(replica)).toBe(0);
      // The stand-in replica has not seen the primary's writes (its data version is behind): read-your-writes
      // sends the analytics to the primary.
      expect((await http.get('/api/analytics/summary')).body.shipmentCount).toBe(3);

      await replica.pool.query(`
        INSERT INTO shipments (id, reference, commodity, origin_country, transport_mode, volume_tonnes, volume_barrels, arrival_date, destination_country)
        VALUES (md5('REPLICATED')::uuid, 'REPLICATED', 'crude_oil', 'SA', 'sea', 10, 73.3, '2023-06-01', 'PK')`);
      // As if it had replayed everything the primary committed (and more).
      await replica.pool.query(
        `UPDATE cache_versions SET version = 1000000 WHERE scope = 'analytics' AND slot = 0`,
      );
      expect((await http.post('/api/shipments', rows[3])).status).toBe(201);
      const { body } = await http.get('/api/analytics/summary');
      expect(body).toMatchObject({ shipmentCount: 1, totalTonnes: 10 });
      // Listing shipments is not an analytics read: it stays on the primary.
      expect((await http.get('/api/shipments')).body.total).toBe(4);
    });
  });
});
