import type { MigrationInterface, QueryRunner } from 'typeorm';
import { deriveFromSource, type DerivedAggregate, dropDerived } from './derived-aggregate-sql';

/*
 * shipment_monthly_flows: per month, importing country, status, commodity, origin, mode, transit
 * route and discharge port, the shipments, tonnes and barrels. The origin -> route -> port diagram
 * needs the discharge port, which no other aggregate keeps, so it read a year of the shipments table
 * itself (a few hundred thousand rows at 1M shipments); here it reads a few thousand cells. It is
 * summed from the shipments by its own statement triggers, in the transaction of every write, and
 * has no value column: no fx-rate change can move it.
 */
export const FLOWS: DerivedAggregate = {
  table: 'shipment_monthly_flows',
  source: 'shipments',
  keys: [
    'month',
    'destination_country',
    'status',
    'commodity',
    'origin_country',
    'transport_mode',
    'transit_route',
    'discharge_port',
  ],
  keyCells: {
    month: `date_trunc('month', c.arrival_date::timestamp)::date`,
    transit_route: `array_to_string(c.transit_countries, '|')`,
    discharge_port: `coalesce(c.discharge_port, '')`,
  },
  measures: {
    shipment_count: { cell: '1', type: 'bigint' },
    volume_tonnes: { cell: 'c.volume_tonnes', type: 'numeric' },
    volume_barrels: { cell: 'c.volume_barrels', type: 'numeric' },
  },
};

export class CreateShipmentMonthlyFlows1766900000000 implements MigrationInterface {
  name = 'CreateShipmentMonthlyFlows1766900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "shipment_monthly_flows" (
        "month" date NOT NULL,
        "destination_country" character varying(2) NOT NULL,
        "status" character varying(16) NOT NULL,
        "commodity" character varying(16) NOT NULL,
        "origin_country" character varying(2) NOT NULL,
        "transport_mode" character varying(16) NOT NULL,
        "transit_route" text NOT NULL,
        "discharge_port" character varying(5) NOT NULL,
        "shipment_count" bigint NOT NULL,
        "volume_tonnes" numeric NOT NULL,
        "volume_barrels" numeric NOT NULL,
        CONSTRAINT "PK_shipment_monthly_flows" PRIMARY KEY ("month", "destination_country", "status", "commodity",
          "origin_country", "transport_mode", "transit_route", "discharge_port")
      ) WITH (fillfactor = 50)`);
    await deriveFromSource(queryRunner, FLOWS);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropDerived(queryRunner, FLOWS);
  }
}
