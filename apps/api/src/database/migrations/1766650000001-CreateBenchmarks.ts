import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Crude benchmark price series (USD per barrel), for landed prices against Brent, Dubai/Oman, Urals
 * or WTI. A benchmark is defined once (code, name, monthly or daily) and its prices are upserted by
 * date like fx rates. The four common benchmarks are defined here without prices; an admin can add
 * any other code. Both tables change analytics answers (discounts), so each write bumps the
 * analytics cache version like the shipments and fx_rates triggers of CreateCacheVersions.
 */
export class CreateBenchmarks1766650000001 implements MigrationInterface {
  name = 'CreateBenchmarks1766650000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "benchmarks" (
        "code" character varying(16) NOT NULL,
        "name" character varying(100) NOT NULL,
        "frequency" character varying(8) NOT NULL,
        "note" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "ck_benchmarks_frequency" CHECK ("frequency" IN ('monthly', 'daily')),
        CONSTRAINT "ck_benchmarks_code" CHECK ("code" ~ '^[A-Z][A-Z0-9_]{1,15}$'),
        CONSTRAINT "PK_benchmarks" PRIMARY KEY ("code")
      )`);
    await queryRunner.query(`
      CREATE TABLE "benchmark_prices" (
        "code" character varying(16) NOT NULL,
        "date" date NOT NULL,
        "usd_per_barrel" numeric(12,4) NOT NULL,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "ck_benchmark_prices_positive" CHECK ("usd_per_barrel" > 0),
        CONSTRAINT "PK_benchmark_prices" PRIMARY KEY ("code", "date"),
        CONSTRAINT "FK_benchmark_prices_code" FOREIGN KEY ("code") REFERENCES "benchmarks"("code")
      )`);
    await queryRunner.query(`
      INSERT INTO "benchmarks" ("code", "name", "frequency", "note") VALUES
        ('BRENT', 'Brent', 'monthly', 'North Sea light sweet crude, the Atlantic basin marker'),
        ('DUBAI', 'Dubai/Oman', 'monthly', 'Middle East medium sour crude, the marker for Gulf crude sold to Asia'),
        ('URALS', 'Urals', 'monthly', 'Russian export blend (medium sour)'),
        ('WTI', 'WTI', 'monthly', 'West Texas Intermediate, the US light sweet marker')`);
    for (const table of ['benchmarks', 'benchmark_prices']) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_cache_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"
         FOR EACH STATEMENT EXECUTE FUNCTION bump_cache_version('analytics')`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "benchmark_prices"`);
    await queryRunner.query(`DROP TABLE "benchmarks"`);
  }
}
