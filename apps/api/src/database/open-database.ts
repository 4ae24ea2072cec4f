import { Client } from 'pg';
import { join } from 'node:path';
import type { AppConfig } from '../config/app-config';
import { EmbeddedPostgresServer } from './embedded-postgres-server';

export const APP_DATABASE = 'tradeflow';

export interface DatabaseHandle {
  url: string;
  embedded: EmbeddedPostgresServer | undefined;
  close(): Promise<void>;
}

/**
 * `DATABASE_URL` wins; without it a real PostgreSQL is started from the embedded-postgres package
 * with its data in `DATA_DIR/pg`, and the `tradeflow` database is created on first start.
 */
export async function openDatabase(
  config: Pick<AppConfig, 'databaseUrl' | 'dataDir'>,
  log: (line: string) => void = () => undefined,
): Promise<DatabaseHandle> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, embedded: undefined, close: async () => undefined };
  }
  const embedded = new EmbeddedPostgresServer({ dataDir: join(config.dataDir, 'pg'), log });
  await embedded.start();
  await createDatabaseIfMissing(embedded.connectionUrl, APP_DATABASE);
  return { url: embedded.urlFor(APP_DATABASE), embedded, close: () => embedded.stop() };
}

export async function createDatabaseIfMissing(
  adminUrl: string,
  name: string,
  template?: string,
): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      const from = template ? ` TEMPLATE ${client.escapeIdentifier(template)}` : '';
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}${from} ENCODING 'UTF8'`);
    }
  } finally {
    await client.end();
  }
}
