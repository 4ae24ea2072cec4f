import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every index on shipments is paid for on each imported row (measured with 200k COPY rows: 18.8k
 * rows/s with all indexes, 28.4k without these five). These five did not earn their cost:
 * - reference: the primary key is md5(reference), so lookups by reference use the primary key;
 * - created_at: only the rarely used `sort=createdAt` benefits;
 * - commodity, currency, mode (+ arrival): few distinct values, so a filtered listing walks the
 *   arrival-date index and skips non-matching rows cheaply; analytics reads the rollups.
 * Origin and status keep theirs (many origins; contracted/in-transit are rare and looked up often).
 */
export class DropLowValueShipmentIndexes1765000000000 implements MigrationInterface {
  name = 'DropLowValueShipmentIndexes1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const index of [
      'ix_shipments_reference',
      'ix_shipments_created',
      'ix_shipments_commodity_arrival',
      'ix_shipments_currency_arrival',
      'ix_shipments_mode_arrival',
    ]) {
      await queryRunner.query(`DROP INDEX "${index}"`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_shipments_commodity_arrival" ON "shipments" ("commodity", "arrival_date")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_shipments_currency_arrival" ON "shipments" ("payment_currency", "arrival_date")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_shipments_mode_arrival" ON "shipments" ("transport_mode", "arrival_date")`,
    );
    await queryRunner.query(`CREATE INDEX "ix_shipments_reference" ON "shipments" ("reference")`);
    await queryRunner.query(`CREATE INDEX "ix_shipments_created" ON "shipments" ("created_at", "id")`);
  }
}
