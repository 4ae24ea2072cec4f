import { Client } from 'pg';
import type { EmbeddedPostgresServer } from '../../src/database/embedded-postgres-server';

export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { __TRADEFLOW_PG__?: EmbeddedPostgresServer }).__TRADEFLOW_PG__;
  if (server) {
    await server.destroy();
    return;
  }
  const adminUrl = process.env['TRADEFLOW_TEST_ADMIN_URL'];
  if (!adminUrl) return;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${process.env['TRADEFLOW_TEST_TEMPLATE']} WITH (FORCE)`);
  await admin.end();
}
