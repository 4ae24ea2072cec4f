import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { EmbeddedPostgresServer } from '../../src/database/embedded-postgres-server';
import { runMigrations } from '../../src/database/run-migrations';

/**
 * One real PostgreSQL for the whole run (embedded, or DATABASE_URL's server), with a template
 * database migrated once. Each test file clones the template (CREATE DATABASE ... TEMPLATE), which
 * takes a few milliseconds and keeps files independent of each other.
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env['DATABASE_URL'];
  if (!adminUrl) {
    const server = new EmbeddedPostgresServer({
      dataDir: join(await mkdtemp(join(tmpdir(), 'tradeflow-test-')), 'pg'),
    });
    await server.start();
    (globalThis as { __TRADEFLOW_PG__?: EmbeddedPostgresServer }).__TRADEFLOW_PG__ = server;
    adminUrl = server.connectionUrl;
  }
  const template = `tradeflow_template_${process.pid}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();

  const dataSource = new DataSource(dataSourceOptions(withDatabase(adminUrl, template)));
  await dataSource.initialize();
  await runMigrations(dataSource);
  await dataSource.destroy();

  process.env['TRADEFLOW_TEST_ADMIN_URL'] = adminUrl;
  process.env['TRADEFLOW_TEST_TEMPLATE'] = template;
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
