import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Where a shipment's figures come from. Keyed by (shipment_id, id) so that, distributed with Citus by
 * shipment_id, the table is co-located with shipments (distributed by id): every unique key holds the
 * distribution column (docs/scaling.md).
 *
 * No foreign key to shipments: PostgreSQL refuses `TRUNCATE shipments` while any table references
 * it, and bulk tooling and tests empty the table that way. Instead the sources go with their
 * shipment by statement triggers (DELETE and TRUNCATE), in the same transaction, and the API
 * writes a source only while holding a key-share lock on its shipment's row, so a concurrent delete
 * waits and then removes it too.
 */
export class CreateShipmentSources1764900000002 implements MigrationInterface {
  name = 'CreateShipmentSources1764900000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "shipment_sources" (
        "shipment_id" uuid NOT NULL,
        "id" uuid NOT NULL,
        "url" character varying(2000),
        "document_name" character varying(200),
        "publisher" character varying(200),
        "published_date" date,
        "volume_tonnes" numeric(15,3),
        "value_amount" numeric(20,2),
        "payment_currency" character varying(3),
        "note" text,
        "is_record" boolean NOT NULL DEFAULT false,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_shipment_sources" PRIMARY KEY ("shipment_id", "id"),
        CONSTRAINT "ck_shipment_sources_url_or_document" CHECK ("url" IS NOT NULL OR "document_name" IS NOT NULL),
        CONSTRAINT "ck_shipment_sources_volume_positive" CHECK ("volume_tonnes" > 0),
        CONSTRAINT "ck_shipment_sources_value_with_currency" CHECK (("value_amount" IS NULL) = ("payment_currency" IS NULL))
      )`);
    // At most one figure of record per shipment.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_shipment_sources_record" ON "shipment_sources" ("shipment_id") WHERE "is_record"`,
    );
    await queryRunner.query(`
      CREATE FUNCTION "shipment_sources_after_shipment_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM shipment_sources WHERE shipment_id IN (SELECT id FROM old_rows);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION "shipment_sources_after_shipment_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        TRUNCATE shipment_sources;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER "shipments_sources_delete" AFTER DELETE ON "shipments"
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
        EXECUTE FUNCTION "shipment_sources_after_shipment_delete"()`);
    await queryRunner.query(`
      CREATE TRIGGER "shipments_sources_truncate" AFTER TRUNCATE ON "shipments"
        FOR EACH STATEMENT EXECUTE FUNCTION "shipment_sources_after_shipment_truncate"()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "shipments_sources_truncate" ON "shipments"`);
    await queryRunner.query(`DROP TRIGGER "shipments_sources_delete" ON "shipments"`);
    await queryRunner.query(`DROP FUNCTION "shipment_sources_after_shipment_truncate"()`);
    await queryRunner.query(`DROP FUNCTION "shipment_sources_after_shipment_delete"()`);
    await queryRunner.query(`DROP TABLE "shipment_sources"`);
  }
}
