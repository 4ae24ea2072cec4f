import type { MigrationInterface, QueryRunner } from 'typeorm';
import { replaceDimensionFunctions } from './1766600000000-AddChokepointsRiskScoresAndProduction';
import { PRICES_SHAPE, rebuildRollup, withChokepoints } from './1766650000000-AddShipmentPriceBasis';

/*
 * Two changes that make the aggregates cheaper to read.
 *
 * - shipment_monthly_by_dimension keeps, beside each importing country's groups, the same groups
 *   summed over all importers under destination_country ''. A view with no importer filter reads
 *   those rows alone instead of adding up every importer's rows on each request: as many rows as
 *   before the importing country became a dimension.
 * - Both aggregates get fillfactor 50. Every write statement updates its cells in place (an upsert
 *   per cell), and a bulk load touches nearly every cell of the months it covers; with half of each
 *   page free the new row versions stay on their page (heap-only updates, pruned by the next
 *   statement) instead of spreading the table over ten times the pages a compact copy needs, which
 *   every read then scans.
 *
 * Both tables are rebuilt from the shipments so their pages take the new fill factor.
 */
const AGGREGATES = ['shipment_monthly_rollup', 'shipment_monthly_by_dimension'];

async function rebuildAggregates(queryRunner: QueryRunner): Promise<void> {
  // The by-dimension rows follow the rollup's truncate and insert triggers.
  await queryRunner.query(`TRUNCATE "shipment_monthly_rollup"`);
  await rebuildRollup(queryRunner, withChokepoints(PRICES_SHAPE, true));
}

export class AddAllImporterTotals1766800000000 implements MigrationInterface {
  name = 'AddAllImporterTotals1766800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await replaceDimensionFunctions(queryRunner, { importerTotals: true });
    for (const table of AGGREGATES) await queryRunner.query(`ALTER TABLE "${table}" SET (fillfactor = 50)`);
    await rebuildAggregates(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await replaceDimensionFunctions(queryRunner, { importerTotals: false });
    for (const table of AGGREGATES) await queryRunner.query(`ALTER TABLE "${table}" RESET (fillfactor)`);
    await rebuildAggregates(queryRunner);
  }
}
