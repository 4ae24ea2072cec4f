import type { MigrationInterface, QueryRunner } from 'typeorm';
import { PRICE_MEASURE_COLUMNS } from './1767000000000-CreateShipmentMonthlyLoadingPrices';
import { SUMMED_PRICE_MEASURES } from './1767000000001-CreateShipmentMonthlyPricesByOrigin';
import { deriveFromSource, type DerivedAggregate, dropDerived } from './derived-aggregate-sql';

/*
 * shipment_monthly_prices_by_origin_total: shipment_monthly_prices_by_origin summed over all
 * importing countries, per arrival month and origin. With it, a price view over all importers reads
 * one row per month and origin, as a view of one importer does from the by-origin rows, and
 * PostgreSQL has nothing left to sum before the benchmark join and the grouping sets.
 */
export const PRICES_BY_ORIGIN_TOTAL: DerivedAggregate = {
  table: 'shipment_monthly_prices_by_origin_total',
  source: 'shipment_monthly_prices_by_origin',
  keys: ['month', 'origin_country'],
  measures: SUMMED_PRICE_MEASURES,
};

export class CreateShipmentMonthlyPricesByOriginTotal1767000000002 implements MigrationInterface {
  name = 'CreateShipmentMonthlyPricesByOriginTotal1767000000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "shipment_monthly_prices_by_origin_total" (
        "month" date NOT NULL,
        "origin_country" character varying(2) NOT NULL,${PRICE_MEASURE_COLUMNS}
        CONSTRAINT "PK_shipment_monthly_prices_by_origin_total" PRIMARY KEY ("month", "origin_country")
      ) WITH (fillfactor = 50)`);
    await deriveFromSource(queryRunner, PRICES_BY_ORIGIN_TOTAL);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropDerived(queryRunner, PRICES_BY_ORIGIN_TOTAL);
  }
}
