import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * A second, narrower aggregate derived from shipment_monthly_rollup: per month the totals of each
 * group of one dimension (origin, currency, commodity, mode, route). The rollup keeps every
 * combination of the filterable dimensions (about 200 cells a month at a million shipments); a
 * view grouped by one dimension with no other filter needs only its ~25 groups, so reading them
 * here costs a tenth. It is maintained by statement triggers on the rollup itself (which fire
 * inside the shipment and fx-rate triggers, in the same transaction), so it can never disagree with
 * it. Group keys are the API's: currency 'none' when not recorded, routes 'road via UZ|AF'.
 */

const DIMENSION_KEYS = `(VALUES
        ('origin', c.origin_country::text),
        ('currency', CASE WHEN c.payment_currency = '' THEN 'none' ELSE c.payment_currency::text END),
        ('commodity', c.commodity::text),
        ('mode', c.transport_mode::text),
        ('route', c.transport_mode || CASE WHEN c.transit_route = '' THEN '' ELSE ' via ' || c.transit_route END)
      ) AS d (dimension, key)`;

const CELL_COLUMNS = `month, commodity, origin_country, payment_currency, transport_mode, transit_route,
  shipment_count, volume_tonnes, volume_barrels, value_usd, shipments_without_fx_rate`;

/** Signed deltas per (dimension, month, key) of rollup cells (`sign` +1 new, -1 old). */
function deltas(source: string): string {
  return `
    SELECT d.dimension, c.month, d.key,
           sum(c.sign * c.shipment_count)::bigint AS shipment_count,
           sum(c.sign * c.volume_tonnes) AS volume_tonnes,
           sum(c.sign * c.volume_barrels) AS volume_barrels,
           sum(c.sign * c.value_usd) AS value_usd,
           sum(c.sign * c.shipments_without_fx_rate)::bigint AS shipments_without_fx_rate,
           sum(CASE WHEN c.payment_currency = '' THEN c.sign * c.shipment_count ELSE 0 END)::bigint
             AS shipments_without_value
      FROM (${source}) c
      CROSS JOIN LATERAL ${DIMENSION_KEYS}
     GROUP BY 1, 2, 3
    HAVING sum(c.sign * c.shipment_count) <> 0 OR sum(c.sign * c.volume_tonnes) <> 0
        OR sum(c.sign * c.volume_barrels) <> 0 OR sum(c.sign * c.value_usd) <> 0
        OR sum(c.sign * c.shipments_without_fx_rate) <> 0
     ORDER BY 1, 2, 3`;
}

function applyDeltas(source: string): string {
  return `
    INSERT INTO shipment_monthly_by_dimension AS t (dimension, month, key, shipment_count, volume_tonnes,
      volume_barrels, value_usd, shipments_without_fx_rate, shipments_without_value)
    ${deltas(source)}
    ON CONFLICT (dimension, month, key) DO UPDATE SET
      shipment_count = t.shipment_count + excluded.shipment_count,
      volume_tonnes = t.volume_tonnes + excluded.volume_tonnes,
      volume_barrels = t.volume_barrels + excluded.volume_barrels,
      value_usd = t.value_usd + excluded.value_usd,
      shipments_without_fx_rate = t.shipments_without_fx_rate + excluded.shipments_without_fx_rate,
      shipments_without_value = t.shipments_without_value + excluded.shipments_without_value;`;
}

const REMOVE_EMPTY = `
    DELETE FROM shipment_monthly_by_dimension t
     WHERE t.shipment_count = 0 AND t.month IN (SELECT DISTINCT o.month FROM old_cells o);`;

const NEW_CELLS = `SELECT ${CELL_COLUMNS}, 1 AS sign FROM new_cells`;
const OLD_CELLS = `SELECT ${CELL_COLUMNS}, -1 AS sign FROM old_cells`;

function triggerFunction(name: string, body: string): string {
  return `
    CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      ${body}
      RETURN NULL;
    END $$`;
}

export class CreateShipmentMonthlyByDimension1764500000002 implements MigrationInterface {
  name = 'CreateShipmentMonthlyByDimension1764500000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "shipment_monthly_by_dimension" (
        "dimension" character varying(16) NOT NULL,
        "month" date NOT NULL,
        "key" text NOT NULL,
        "shipment_count" bigint NOT NULL,
        "volume_tonnes" numeric NOT NULL,
        "volume_barrels" numeric NOT NULL,
        "value_usd" numeric NOT NULL,
        "shipments_without_fx_rate" bigint NOT NULL,
        "shipments_without_value" bigint NOT NULL,
        CONSTRAINT "PK_shipment_monthly_by_dimension" PRIMARY KEY ("dimension", "month", "key")
      )`);
    await queryRunner.query(triggerFunction('rollup_by_dimension_after_insert', applyDeltas(NEW_CELLS)));
    await queryRunner.query(
      triggerFunction(
        'rollup_by_dimension_after_update',
        `${applyDeltas(`${NEW_CELLS} UNION ALL ${OLD_CELLS}`)}${REMOVE_EMPTY}`,
      ),
    );
    await queryRunner.query(
      triggerFunction('rollup_by_dimension_after_delete', `${applyDeltas(OLD_CELLS)}${REMOVE_EMPTY}`),
    );
    await queryRunner.query(
      triggerFunction('rollup_by_dimension_after_truncate', 'TRUNCATE shipment_monthly_by_dimension;'),
    );
    await queryRunner.query(`
      CREATE TRIGGER rollup_by_dimension_insert AFTER INSERT ON shipment_monthly_rollup
        REFERENCING NEW TABLE AS new_cells FOR EACH STATEMENT EXECUTE FUNCTION rollup_by_dimension_after_insert()`);
    await queryRunner.query(`
      CREATE TRIGGER rollup_by_dimension_update AFTER UPDATE ON shipment_monthly_rollup
        REFERENCING NEW TABLE AS new_cells OLD TABLE AS old_cells
        FOR EACH STATEMENT EXECUTE FUNCTION rollup_by_dimension_after_update()`);
    await queryRunner.query(`
      CREATE TRIGGER rollup_by_dimension_delete AFTER DELETE ON shipment_monthly_rollup
        REFERENCING OLD TABLE AS old_cells FOR EACH STATEMENT EXECUTE FUNCTION rollup_by_dimension_after_delete()`);
    await queryRunner.query(`
      CREATE TRIGGER rollup_by_dimension_truncate AFTER TRUNCATE ON shipment_monthly_rollup
        FOR EACH STATEMENT EXECUTE FUNCTION rollup_by_dimension_after_truncate()`);
    await queryRunner.query(`
      INSERT INTO shipment_monthly_by_dimension (dimension, month, key, shipment_count, volume_tonnes,
        volume_barrels, value_usd, shipments_without_fx_rate, shipments_without_value)
      ${deltas(`SELECT ${CELL_COLUMNS}, 1 AS sign FROM shipment_monthly_rollup`)}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const operation of ['insert', 'update', 'delete', 'truncate']) {
      await queryRunner.query(`DROP TRIGGER "rollup_by_dimension_${operation}" ON "shipment_monthly_rollup"`);
      await queryRunner.query(`DROP FUNCTION "rollup_by_dimension_after_${operation}"()`);
    }
    await queryRunner.query(`DROP TABLE "shipment_monthly_by_dimension"`);
  }
}
