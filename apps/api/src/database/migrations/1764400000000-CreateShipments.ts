import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateShipments1764400000000 implements MigrationInterface {
  name = 'CreateShipments1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`
      CREATE TABLE "shipments" (
        "id" uuid NOT NULL,
        "reference" character varying(64) NOT NULL,
        "commodity" character varying(16) NOT NULL,
        "origin_country" character varying(2) NOT NULL,
        "load_port" character varying(5),
        "discharge_port" character varying(5),
        "transport_mode" character varying(16) NOT NULL,
        "transit_countries" character varying(2) array NOT NULL DEFAULT '{}',
        "volume_tonnes" numeric(15,3) NOT NULL,
        "volume_barrels" numeric(18,3) NOT NULL,
        "value_amount" numeric(20,2),
        "payment_currency" character varying(3),
        "contract_date" date,
        "departure_date" date,
        "arrival_date" date NOT NULL,
        "vessel_name" text,
        "vessel_imo" character varying(7),
        "importer" text,
        "status" character varying(16) NOT NULL DEFAULT 'delivered',
        "notes" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_shipments" PRIMARY KEY ("id"),
        CONSTRAINT "ck_shipments_id_from_reference" CHECK ("id" = md5("reference")::uuid),
        CONSTRAINT "ck_shipments_volume_positive" CHECK ("volume_tonnes" > 0),
        CONSTRAINT "ck_shipments_value_non_negative" CHECK ("value_amount" >= 0),
        CONSTRAINT "ck_shipments_value_with_currency" CHECK (("value_amount" IS NULL) = ("payment_currency" IS NULL)),
        CONSTRAINT "ck_shipments_departure_before_arrival" CHECK ("departure_date" IS NULL OR "departure_date" <= "arrival_date")
      )`);
    await queryRunner.query(`CREATE INDEX "ix_shipments_arrival" ON "shipments" ("arrival_date", "id")`);
    await queryRunner.query(
      `CREATE INDEX "ix_shipments_origin_arrival" ON "shipments" ("origin_country", "arrival_date")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_shipments_commodity_arrival" ON "shipments" ("commodity", "arrival_date")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_shipments_currency_arrival" ON "shipments" ("payment_currency", "arrival_date")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_shipments_mode_arrival" ON "shipments" ("transport_mode", "arrival_date")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_shipments_status_arrival" ON "shipments" ("status", "arrival_date")`,
    );
    await queryRunner.query(`CREATE INDEX "ix_shipments_reference" ON "shipments" ("reference")`);
    await queryRunner.query(`CREATE INDEX "ix_shipments_created" ON "shipments" ("created_at", "id")`);
    // Free-text search (`q`) over reference, vessel, importer and notes: one trigram index on the
    // same expression that the shipment filters' `q` search matches, so ILIKE '%term%' does not scan the table.
    await queryRunner.query(`
      CREATE INDEX "ix_shipments_text_search" ON "shipments" USING gin (
        (coalesce("reference", '') || ' ' || coalesce("vessel_name", '') || ' ' || coalesce("importer", '') || ' ' || coalesce("notes", '')) gin_trgm_ops
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "shipments"`);
  }
}
