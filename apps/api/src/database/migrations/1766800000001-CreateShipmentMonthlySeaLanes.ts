import type { MigrationInterface, QueryRunner } from 'typeorm';
import { deriveFromSource, type DerivedAggregate, dropDerived } from './derived-aggregate-sql';

/*
 * shipment_monthly_sea_lanes: per month, importing country, commodity and origin, the shipments of
 * each set of chokepoints passed. The rollup keeps the chokepoints beside every other dimension
 * (currency, mode, route, status, price basis), so a chokepoint view summed from it reads every
 * combination of those; a what-if that closes a chokepoint, or chokepoint groups with a commodity or
 * origin filter, need only these columns and read about a third of the rows here.
 */
export const SEA_LANES: DerivedAggregate = {
  table: 'shipment_monthly_sea_lanes',
  source: 'shipment_monthly_rollup',
  keys: ['month', 'destination_country', 'commodity', 'origin_country', 'chokepoint_route'],
  measures: {
    shipment_count: { cell: 'c.shipment_count', type: 'bigint' },
    volume_tonnes: { cell: 'c.volume_tonnes', type: 'numeric' },
    volume_barrels: { cell: 'c.volume_barrels', type: 'numeric' },
    value_usd: { cell: 'c.value_usd', type: 'numeric' },
    shipments_without_fx_rate: { cell: 'c.shipments_without_fx_rate', type: 'bigint' },
    shipments_without_value: {
      cell: `CASE WHEN c.payment_currency = '' THEN c.shipment_count ELSE 0 END`,
      type: 'bigint',
    },
  },
};

export class CreateShipmentMonthlySeaLanes1766800000001 implements MigrationInterface {
  name = 'CreateShipmentMonthlySeaLanes1766800000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "shipment_monthly_sea_lanes" (
        "month" date NOT NULL,
        "destination_country" character varying(2) NOT NULL,
        "commodity" character varying(16) NOT NULL,
        "origin_country" character varying(2) NOT NULL,
        "chokepoint_route" text NOT NULL,
        "shipment_count" bigint NOT NULL,
        "volume_tonnes" numeric NOT NULL,
        "volume_barrels" numeric NOT NULL,
        "value_usd" numeric NOT NULL,
        "shipments_without_fx_rate" bigint NOT NULL,
        "shipments_without_value" bigint NOT NULL,
        CONSTRAINT "PK_shipment_monthly_sea_lanes" PRIMARY KEY
          ("month", "destination_country", "commodity", "origin_country", "chokepoint_route")
      ) WITH (fillfactor = 50)`);
    await deriveFromSource(queryRunner, SEA_LANES);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropDerived(queryRunner, SEA_LANES);
  }
}
