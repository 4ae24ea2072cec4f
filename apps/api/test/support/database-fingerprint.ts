import type { Pool } from 'pg';

/**
 * Row count and an md5 over every row of every application table (public schema, migrations table
 * aside): equal fingerprints mean nothing was written. Tables added by later features are included
 * without changing this file.
 */
export async function databaseFingerprint(pool: Pool): Promise<Record<string, string>> {
  const { rows: tables } = await pool.query<{ name: string }>(
    `SELECT quote_ident(table_name) AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'typeorm_migrations'
      ORDER BY table_name`,
  );
  const fingerprint: Record<string, string> = {};
  for (const { name } of tables) {
    const { rows } = await pool.query<{ n: number; digest: string | null }>(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM ${name} t`,
    );
    fingerprint[name] = `${rows[0]?.n} rows, md5 ${rows[0]?.digest}`;
  }
  return fingerprint;
}
