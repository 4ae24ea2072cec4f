import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateFxRates1764500000000 implements MigrationInterface {
  name = 'CreateFxRates1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The primary key (currency, date) also serves "the latest rate on or before a date": an index
    // scan backwards from (currency, date) stops at the first row.
    await queryRunner.query(`
      CREATE TABLE "fx_rates" (
        "currency" character varying(3) NOT NULL,
        "date" date NOT NULL,
        "usd_per_unit" numeric(20,10) NOT NULL,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_fx_rates" PRIMARY KEY ("currency", "date"),
        CONSTRAINT "ck_fx_rates_positive" CHECK ("usd_per_unit" > 0),
        CONSTRAINT "ck_fx_rates_not_usd" CHECK ("currency" <> 'USD')
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "fx_rates"`);
  }
}
