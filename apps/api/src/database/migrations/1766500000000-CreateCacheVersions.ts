import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Slots per scope: concurrent writers bump different rows instead of queueing on one. */
export const CACHE_VERSION_SLOTS = 16;

/**
 * Versions of what the API caches in process, bumped by statement triggers in the writing
 * transaction: `analytics` by every write that can change an analytics answer (shipments, fx
 * rates, sources of record, official statistics), `credentials` by every change that can end or change a caller
 * (API key revocation, user role/password/deletion, session end or activity). A scope's version
 * is the sum of its slots: each commit adds at least 1, so a read whose statement starts after a
 * write committed always sees a larger sum than any read before it.
 */
export class CreateCacheVersions1766500000000 implements MigrationInterface {
  name = 'CreateCacheVersions1766500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE cache_versions (
        scope text NOT NULL,
        slot smallint NOT NULL,
        version bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (scope, slot)
      )`);
    await queryRunner.query(
      `INSERT INTO cache_versions (scope, slot)
       SELECT scope, slot FROM unnest(ARRAY['analytics', 'credentials']) scope,
              generate_series(0, ${CACHE_VERSION_SLOTS - 1}) slot`,
    );
    await queryRunner.query(`
      CREATE FUNCTION bump_cache_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE cache_versions SET version = version + 1
         WHERE scope = TG_ARGV[0] AND slot = pg_backend_pid() % ${CACHE_VERSION_SLOTS};
        RETURN NULL;
      END $$`);
    for (const [table, events, scope] of TRIGGERS) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_cache_version" AFTER ${events} ON "${table}"
         FOR EACH STATEMENT EXECUTE FUNCTION bump_cache_version('${scope}')`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table] of TRIGGERS)
      await queryRunner.query(`DROP TRIGGER "${table}_cache_version" ON "${table}"`);
    await queryRunner.query('DROP FUNCTION bump_cache_version()');
    await queryRunner.query('DROP TABLE cache_versions');
  }
}

const TRIGGERS: ReadonlyArray<readonly [table: string, events: string, scope: 'analytics' | 'credentials']> =
  [
    ['shipments', 'INSERT OR UPDATE OR DELETE OR TRUNCATE', 'analytics'],
    ['fx_rates', 'INSERT OR UPDATE OR DELETE OR TRUNCATE', 'analytics'],
    ['shipment_sources', 'INSERT OR UPDATE OR DELETE OR TRUNCATE', 'analytics'],
    // Official statistics are read by the analytics (source=official) and the reconciliation.
    ['official_trade_flows', 'INSERT OR UPDATE OR DELETE OR TRUNCATE', 'analytics'],
    // last_used_at is bookkeeping and changes no caller: not a reason to drop cached principals.
    ['api_keys', 'UPDATE OF revoked_at, role, name, key_hash OR DELETE OR TRUNCATE', 'credentials'],
    ['users', 'UPDATE OF role, username, password_hash OR DELETE OR TRUNCATE', 'credentials'],
    ['sessions', 'UPDATE OR DELETE OR TRUNCATE', 'credentials'],
  ];
