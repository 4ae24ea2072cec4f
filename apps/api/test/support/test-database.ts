import { randomBytes } from 'node:crypto';
import { Client, Pool } from 'pg';
import '../../src/database/pg-type-parsers';
import { withDatabase } from './global-setup';

export interface TestDatabase {
  name: string;
  url: string;
  /** For assertions straight against PostgreSQL (what was really written). */
  pool: Pool;
  drop(): Promise<void>;
}

/** A fresh, migrated database cloned from the run's template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = required('TRADEFLOW_TEST_ADMIN_URL');
  const template = required('TRADEFLOW_TEST_TEMPLATE');
  const name = `tradeflow_test_${randomBytes(5).toString('hex')}`;
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  const url = withDatabase(adminUrl, name);
  const pool = new Pool({ connectionString: url, max: 4 });
  // An idle connection ended by the server (DROP DATABASE ... WITH (FORCE), a terminated backend)
  // must not surface as an unhandled 'error' event in whichever test file this worker runs next;
  // the error of a query in flight still rejects that query.
  pool.on('error', () => undefined);
  return {
    name,
    url,
    pool,
    drop: async () => {
      await pool.end();
      await withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

async function withAdmin<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function required(name: string): string {
  const value = process.env[name];
  if (!value)
    throw new Error(`${name} is not set: run the tests through jest (globalSetup starts PostgreSQL)`);
  return value;
}
