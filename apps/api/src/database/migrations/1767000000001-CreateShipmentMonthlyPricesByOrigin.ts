import type { MigrationInterface, QueryRunner } from 'typeorm';
import { PRICE_MEASURE_COLUMNS } from './1767000000000-CreateShipmentMonthlyLoadingPrices';
import { deriveFromSource, type DerivedAggregate, dropDerived } from './derived-aggregate-sql';

/*
 * shipment_monthly_prices_by_origin: shipment_monthly_prices summed over commodity and price basis,
 * per arrival month, importing country and origin. The landed-price view with no filter but dates,
 * importer and origin (the dashboard's default) sums these rows instead of about five times as many
 * (every commodity and basis apart), once per request.
 */
/** The price measures summed from a source that has them under the same names. */
export const SUMMED_PRICE_MEASURES: DerivedAggregate['measures'] = {
  shipment_count: { cell: 'c.shipment_count', type: 'bigint' },
  shipments_without_value: { cell: 'c.shipments_without_value', type: 'bigint' },
  valued_tonnes: { cell: 'c.valued_tonnes', type: 'numeric' },
  valued_barrels: { cell: 'c.valued_barrels', type: 'numeric' },
  value_usd: { cell: 'c.value_usd', type: 'numeric' },
};

export const PRICES_BY_ORIGIN: DerivedAggregate = {
  table: 'shipment_monthly_prices_by_origin',
  source: 'shipment_monthly_prices',
  keys: ['month', 'destination_country', 'origin_country'],
  measures: SUMMED_PRICE_MEASURES,
};

export class CreateShipmentMonthlyPricesByOrigin1767000000001 implements MigrationInterface {
  name = 'CreateShipmentMonthlyPricesByOrigin1767000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "shipment_monthly_prices_by_origin" (
        "month" date NOT NULL,
        "destination_country" character varying(2) NOT NULL,
        "origin_country" character varying(2) NOT NULL,${PRICE_MEASURE_COLUMNS}
        CONSTRAINT "PK_shipment_monthly_prices_by_origin" PRIMARY KEY ("month", "destination_country", "origin_country")
      ) WITH (fillfactor = 50)`);
    await deriveFromSource(queryRunner, PRICES_BY_ORIGIN);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropDerived(queryRunner, PRICES_BY_ORIGIN);
  }
}
