import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * JSON-only shipment fields (the 18-column CSV stays as it is): a crude cargo's API gravity, from
 * which its barrels are computed; the ship-to-ship transfer point; the legs of a multi-leg route.
 * The rollup triggers need nothing new: they already carry volume_barrels, which the API gravity
 * decides.
 */
export class AddShipmentRouteDetailAndApiGravity1764900000000 implements MigrationInterface {
  name = 'AddShipmentRouteDetailAndApiGravity1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "shipments"
        ADD COLUMN "api_gravity" numeric(5,2),
        ADD COLUMN "sts_transfer_point" character varying(100),
        ADD COLUMN "legs" jsonb,
        ADD CONSTRAINT "ck_shipments_api_gravity_crude"
          CHECK ("api_gravity" IS NULL OR ("commodity" = 'crude_oil' AND "api_gravity" BETWEEN 5 AND 70))`);
    // Answers that show barrels say whether API-gravity factors contributed: a count over a range of
    // the few shipments that have one, without reading the others.
    await queryRunner.query(
      `CREATE INDEX "ix_shipments_api_gravity_arrival" ON "shipments" ("arrival_date") WHERE "api_gravity" IS NOT NULL`,
    );
    // Drill-down from a flow diagram to the shipments of one discharge port.
    await queryRunner.query(
      `CREATE INDEX "ix_shipments_discharge_port_arrival" ON "shipments" ("discharge_port", "arrival_date")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_shipments_discharge_port_arrival"`);
    await queryRunner.query(`DROP INDEX "ix_shipments_api_gravity_arrival"`);
    await queryRunner.query(`
      ALTER TABLE "shipments"
        DROP CONSTRAINT "ck_shipments_api_gravity_crude",
        DROP COLUMN "legs",
        DROP COLUMN "sts_transfer_point",
        DROP COLUMN "api_gravity"`);
  }
}
