import type { MigrationInterface, QueryRunner } from 'typeorm';
import { deriveFromSource, type DerivedAggregate, dropDerived } from './derived-aggregate-sql';

/*
 * shipment_monthly_prices: per arrival month, importing country, commodity, origin and price basis,
 * what a landed price is made of: the USD value and the volume of the shipments that have one, and
 * the shipments without (no currency, or no rate yet). Derived from the rollup, which holds every
 * other dimension too; a price view filtered by these columns alone reads a fraction of its rows.
 */
export const PRICES: DerivedAggregate = {
  table: 'shipment_monthly_prices',
  source: 'shipment_monthly_rollup',
  keys: ['month', 'destination_country', 'commodity', 'origin_country', 'price_basis'],
  measures: {
    shipment_count: { cell: 'c.shipment_count', type: 'bigint' },
    shipments_without_value: {
      cell: `c.shipments_without_fx_rate + CASE WHEN c.payment_currency = '' THEN c.shipment_count ELSE 0 END`,
      type: 'bigint',
    },
    valued_tonnes: { cell: 'c.valued_tonnes', type: 'numeric' },
    valued_barrels: { cell: 'c.valued_barrels', type: 'numeric' },
    value_usd: { cell: 'c.value_usd', type: 'numeric' },
  },
};

export class CreateShipmentMonthlyPrices1766800000002 implements MigrationInterface {
  name = 'CreateShipmentMonthlyPrices1766800000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "shipment_monthly_prices" (
        "month" date NOT NULL,
        "destination_country" character varying(2) NOT NULL,
        "commodity" character varying(16) NOT NULL,
        "origin_country" character varying(2) NOT NULL,
        "price_basis" character varying(8) NOT NULL,
        "shipment_count" bigint NOT NULL,
        "shipments_without_value" bigint NOT NULL,
        "valued_tonnes" numeric NOT NULL,
        "valued_barrels" numeric NOT NULL,
        "value_usd" numeric NOT NULL,
        CONSTRAINT "PK_shipment_monthly_prices" PRIMARY KEY
          ("month", "destination_country", "commodity", "origin_country", "price_basis")
      ) WITH (fillfactor = 50)`);
    await deriveFromSource(queryRunner, PRICES);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropDerived(queryRunner, PRICES);
  }
}
