import type { MigrationInterface, QueryRunner } from 'typeorm';
import { deriveFromSource, type DerivedAggregate, dropDerived } from './derived-aggregate-sql';

/*
 * shipment_monthly_origin_currency: per arrival month, importer, status, commodity, origin and
 * payment currency, the shipments summed over the route columns (mode, transit route, chokepoints)
 * and the price basis. Most filtered views (an importer, a commodity, an origin, a currency, the
 * outlook's delivered against incoming) need none of those, and read here less than half the cells
 * of the rollup it is derived from.
 */
export const ORIGIN_CURRENCY: DerivedAggregate = {
  table: 'shipment_monthly_origin_currency',
  source: 'shipment_monthly_rollup',
  keys: ['month', 'destination_country', 'status', 'commodity', 'origin_country', 'payment_currency'],
  measures: {
    shipment_count: { cell: 'c.shipment_count', type: 'bigint' },
    volume_tonnes: { cell: 'c.volume_tonnes', type: 'numeric' },
    volume_barrels: { cell: 'c.volume_barrels', type: 'numeric' },
    value_usd: { cell: 'c.value_usd', type: 'numeric' },
    shipments_without_fx_rate: { cell: 'c.shipments_without_fx_rate', type: 'bigint' },
  },
};

export class CreateShipmentMonthlyOriginCurrency1766800000003 implements MigrationInterface {
  name = 'CreateShipmentMonthlyOriginCurrency1766800000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "shipment_monthly_origin_currency" (
        "month" date NOT NULL,
        "destination_country" character varying(2) NOT NULL,
        "status" character varying(16) NOT NULL,
        "commodity" character varying(16) NOT NULL,
        "origin_country" character varying(2) NOT NULL,
        "payment_currency" character varying(3) NOT NULL,
        "shipment_count" bigint NOT NULL,
        "volume_tonnes" numeric NOT NULL,
        "volume_barrels" numeric NOT NULL,
        "value_usd" numeric NOT NULL,
        "shipments_without_fx_rate" bigint NOT NULL,
        CONSTRAINT "PK_shipment_monthly_origin_currency" PRIMARY KEY
          ("month", "destination_country", "status", "commodity", "origin_country", "payment_currency")
      ) WITH (fillfactor = 50)`);
    await deriveFromSource(queryRunner, ORIGIN_CURRENCY);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropDerived(queryRunner, ORIGIN_CURRENCY);
  }
}
