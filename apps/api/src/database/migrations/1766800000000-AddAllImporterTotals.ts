import type { MigrationInterface, QueryRunner } from 'typeorm';
import { deriveFromSource, type DerivedAggregate, dropDerived } from './derived-aggregate-sql';
import { PRICES_SHAPE, rebuildRollup, withChokepoints } from './1766650000000-AddShipmentPriceBasis';

/*
 * Two changes that make the aggregates cheaper to read.
 *
 * - shipment_monthly_by_dimension_total: the by-dimension groups summed over all importing countries.
 *   A view with no importer filter reads these rows alone instead of adding up every importer's rows
 *   of the by-dimension table on each request: as many rows as before the importing country became a
 *   dimension, in a table of their own (a filter on the larger table would still scan all of it).
 * - fillfactor 50 on the aggregates. Every write statement updates its cells in place (an upsert per
 *   cell), and a bulk load touches nearly every cell of the months it covers; with half of each page
 *   free the new row versions stay on their page (heap-only updates, pruned by the next statement)
 *   instead of spreading the table over many times the pages a compact copy needs, which every read
 *   then scans. The rollup is rebuilt so its pages (and the by-dimension table's, which follows its
 *   triggers) take the new fill factor.
 */
export const BY_DIMENSION_TOTAL: DerivedAggregate = {
  table: 'shipment_monthly_by_dimension_total',
  source: 'shipment_monthly_by_dimension',
  keys: ['dimension', 'month', 'key'],
  measures: {
    shipment_count: { cell: 'c.shipment_count', type: 'bigint' },
    volume_tonnes: { cell: 'c.volume_tonnes', type: 'numeric' },
    volume_barrels: { cell: 'c.volume_barrels', type: 'numeric' },
    value_usd: { cell: 'c.value_usd', type: 'numeric' },
    shipments_without_fx_rate: { cell: 'c.shipments_without_fx_rate', type: 'bigint' },
    shipments_without_value: { cell: 'c.shipments_without_value', type: 'bigint' },
  },
};

const FILLED = ['shipment_monthly_rollup', 'shipment_monthly_by_dimension'];

async function rebuildAggregates(queryRunner: QueryRunner): Promise<void> {
  // The by-dimension rows follow the rollup's truncate and insert triggers.
  await queryRunner.query(`TRUNCATE "shipment_monthly_rollup"`);
  await rebuildRollup(queryRunner, withChokepoints(PRICES_SHAPE, true));
}

export class AddAllImporterTotals1766800000000 implements MigrationInterface {
  name = 'AddAllImporterTotals1766800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of FILLED) await queryRunner.query(`ALTER TABLE "${table}" SET (fillfactor = 50)`);
    await rebuildAggregates(queryRunner);
    await queryRunner.query(`
      CREATE TABLE "shipment_monthly_by_dimension_total" (
        "dimension" character varying(16) NOT NULL,
        "month" date NOT NULL,
        "key" text NOT NULL,
        "shipment_count" bigint NOT NULL,
        "volume_tonnes" numeric NOT NULL,
        "volume_barrels" numeric NOT NULL,
        "value_usd" numeric NOT NULL,
        "shipments_without_fx_rate" bigint NOT NULL,
        "shipments_without_value" bigint NOT NULL,
        CONSTRAINT "PK_shipment_monthly_by_dimension_total" PRIMARY KEY ("dimension", "month", "key")
      ) WITH (fillfactor = 50)`);
    await deriveFromSource(queryRunner, BY_DIMENSION_TOTAL);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropDerived(queryRunner, BY_DIMENSION_TOTAL);
    for (const table of FILLED) await queryRunner.query(`ALTER TABLE "${table}" RESET (fillfactor)`);
    await rebuildAggregates(queryRunner);
  }
}
