import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Landed prices. shipments.price_basis: the delivery term a shipment's value is quoted on (FOB,
 * CFR, CIF, DES, or 'unknown', which every existing row takes). shipment_monthly_rollup gains:
 *
 * - price_basis as one more key column, so a price can be read for one basis from the rollup;
 * - valued_tonnes and valued_barrels: the volume of the shipments that have a USD value (a USD
 *   payment, or a rate on or before the arrival date). A price is value_usd / valued volume: the
 *   volume of shipments without a value must not dilute it, and a cell can mix both (the month a
 *   currency's first rate falls in), so the plain volume cannot stand in for it.
 *
 * The shipment and fx-rate trigger functions are replaced in place (CREATE OR REPLACE keeps the
 * triggers bound to them); their bodies are those of AddShipmentDestinationCountry with the new
 * columns, written here by builders that down() also uses to put the earlier bodies back. The
 * by-dimension table is unchanged (its triggers read named columns of the rollup's transition
 * tables). The rollup is then rebuilt from the shipments; its insert trigger fills the by-dimension
 * table again.
 */

export interface RollupShape {
  keys: readonly string[];
  /** Whether the rollup has valued_tonnes and valued_barrels. */
  valued: boolean;
}

const DESTINATION_KEYS = [
  'month',
  'commodity',
  'origin_country',
  'payment_currency',
  'transport_mode',
  'transit_route',
  'status',
  'destination_country',
] as const;

const EARLIER: RollupShape = { keys: DESTINATION_KEYS, valued: false };
const WITH_PRICES: RollupShape = { keys: [...DESTINATION_KEYS, 'price_basis'], valued: true };

/**
 * The shape with AddChokepointsRiskScoresAndProduction's `chokepoint_route` key when the rollup has
 * it: that migration's timestamp is earlier, so on a new database it runs first, and on one that ran
 * this migration before it, it rebuilds the rollup with these builders.
 */
export function withChokepoints(shape: RollupShape, chokepoints: boolean): RollupShape {
  if (!chokepoints || shape.keys.includes('chokepoint_route')) return shape;
  const at = shape.keys.indexOf('destination_country') + 1;
  return { ...shape, keys: [...shape.keys.slice(0, at), 'chokepoint_route', ...shape.keys.slice(at)] };
}

export const PRICES_SHAPE = WITH_PRICES;

export async function rollupHasColumn(queryRunner: QueryRunner, column: string): Promise<boolean> {
  const rows: unknown[] = await queryRunner.query(
    `SELECT 1 FROM information_schema.columns WHERE table_name = 'shipment_monthly_rollup' AND column_name = $1`,
    [column],
  );
  return rows.length > 0;
}

function usdPerUnit(alias: string): string {
  return `LEFT JOIN LATERAL (
        SELECT CASE WHEN ${alias}.payment_currency = 'USD' THEN 1::numeric ELSE (
          SELECT r.usd_per_unit FROM fx_rates r
           WHERE r.currency = ${alias}.payment_currency AND r.date <= ${alias}.arrival_date
           ORDER BY r.date DESC LIMIT 1) END AS usd_per_unit
      ) fx ON true`;
}

const quotedKeys = (shape: RollupShape) => shape.keys.map((column) => `"${column}"`).join(', ');
const groupByKeys = (shape: RollupShape) => shape.keys.map((_, index) => index + 1).join(', ');
const measureColumns = (shape: RollupShape) =>
  `shipment_count, volume_tonnes, volume_barrels, value_usd, shipments_without_fx_rate${shape.valued ? ', valued_tonnes, valued_barrels' : ''}`;

/** The key expressions over shipment-like rows `alias`, in shape.keys order. */
function keyExpressions(shape: RollupShape, alias: string): string {
  const expression: Record<string, string> = {
    month: `date_trunc('month', ${alias}.arrival_date::timestamp)::date AS month`,
    payment_currency: `coalesce(${alias}.payment_currency, '') AS payment_currency`,
    transit_route: `array_to_string(${alias}.transit_countries, '|') AS transit_route`,
    chokepoint_route: `array_to_string(${alias}.chokepoints_passed, '|') AS chokepoint_route`,
  };
  return shape.keys.map((key) => expression[key] ?? `${alias}.${key}`).join(',\n           ');
}

function rowsColumns(shape: RollupShape): string {
  return `arrival_date, commodity, origin_country, payment_currency, transport_mode,
  transit_countries, status, destination_country, volume_tonnes, volume_barrels, value_amount${shape.keys.includes('price_basis') ? ', price_basis' : ''}${shape.keys.includes('chokepoint_route') ? ', chokepoints_passed' : ''}`;
}

function rollupDeltas(shape: RollupShape, source: string): string {
  const valued = `fx.usd_per_unit IS NOT NULL`;
  const valuedSums = shape.valued
    ? `,
           coalesce(sum(d.sign * d.volume_tonnes) FILTER (WHERE ${valued}), 0) AS valued_tonnes,
           coalesce(sum(d.sign * d.volume_barrels) FILTER (WHERE ${valued}), 0) AS valued_barrels`
    : '';
  const valuedHaving = shape.valued
    ? `
        OR coalesce(sum(d.sign * d.volume_tonnes) FILTER (WHERE ${valued}), 0) <> 0
        OR coalesce(sum(d.sign * d.volume_barrels) FILTER (WHERE ${valued}), 0) <> 0`
    : '';
  return `
    SELECT ${keyExpressions(shape, 'd')},
           sum(d.sign)::bigint AS shipment_count,
           sum(d.sign * d.volume_tonnes) AS volume_tonnes,
           sum(d.sign * d.volume_barrels) AS volume_barrels,
           coalesce(sum(d.sign * round(d.value_amount * fx.usd_per_unit, 2)), 0) AS value_usd,
           coalesce(sum(d.sign) FILTER (WHERE d.value_amount IS NOT NULL AND fx.usd_per_unit IS NULL), 0)::bigint
             AS shipments_without_fx_rate${valuedSums}
      FROM (${source}) d
      ${usdPerUnit('d')}
     GROUP BY ${groupByKeys(shape)}
    HAVING sum(d.sign) <> 0 OR sum(d.sign * d.volume_tonnes) <> 0 OR sum(d.sign * d.volume_barrels) <> 0
        OR coalesce(sum(d.sign * round(d.value_amount * fx.usd_per_unit, 2)), 0) <> 0
        OR coalesce(sum(d.sign) FILTER (WHERE d.value_amount IS NOT NULL AND fx.usd_per_unit IS NULL), 0) <> 0${valuedHaving}
     ORDER BY ${groupByKeys(shape)}`;
}

function applyRollupDeltas(shape: RollupShape, source: string): string {
  const valuedUpdates = shape.valued
    ? `,
      valued_tonnes = r.valued_tonnes + excluded.valued_tonnes,
      valued_barrels = r.valued_barrels + excluded.valued_barrels`
    : '';
  return `
    INSERT INTO shipment_monthly_rollup AS r (${quotedKeys(shape)}, ${measureColumns(shape)})
    ${rollupDeltas(shape, source)}
    ON CONFLICT (${quotedKeys(shape)}) DO UPDATE SET
      shipment_count = r.shipment_count + excluded.shipment_count,
      volume_tonnes = r.volume_tonnes + excluded.volume_tonnes,
      volume_barrels = r.volume_barrels + excluded.volume_barrels,
      value_usd = r.value_usd + excluded.value_usd,
      shipments_without_fx_rate = r.shipments_without_fx_rate + excluded.shipments_without_fx_rate${valuedUpdates};`;
}

const REMOVE_EMPTY_CELLS = `
    DELETE FROM shipment_monthly_rollup r
     WHERE r.shipment_count = 0
       AND r.month IN (SELECT DISTINCT date_trunc('month', o.arrival_date::timestamp)::date FROM old_rows o);`;

function shipmentTriggerFunction(name: string, body: string): string {
  return `
    CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      -- Before the rate look-ups: waits for an fx writer, whose rates the next statement then sees.
      LOCK TABLE shipment_monthly_rollup IN ROW EXCLUSIVE MODE;
      ${body}
      RETURN NULL;
    END $$`;
}

function fxTriggerFunction(shape: RollupShape, name: string, changedRows: string): string {
  const set = shape.valued
    ? `value_usd = x.value_usd, shipments_without_fx_rate = x.shipments_without_fx_rate,
             valued_tonnes = x.valued_tonnes, valued_barrels = x.valued_barrels`
    : 'value_usd = x.value_usd, shipments_without_fx_rate = x.shipments_without_fx_rate';
  const measures = shape.valued
    ? 'value_usd, shipments_without_fx_rate, valued_tonnes, valued_barrels'
    : 'value_usd, shipments_without_fx_rate';
  const valuedSums = shape.valued
    ? `,
                 coalesce(sum(s.volume_tonnes) FILTER (WHERE fx.usd_per_unit IS NOT NULL), 0) AS valued_tonnes,
                 coalesce(sum(s.volume_barrels) FILTER (WHERE fx.usd_per_unit IS NOT NULL), 0) AS valued_barrels`
    : '';
  return `
    CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      LOCK TABLE shipment_monthly_rollup IN SHARE ROW EXCLUSIVE MODE;
      UPDATE shipment_monthly_rollup r
         SET ${set}
        FROM (
          SELECT ${keyExpressions(shape, 's')},
                 coalesce(sum(round(s.value_amount * fx.usd_per_unit, 2)), 0) AS value_usd,
                 count(*) FILTER (WHERE fx.usd_per_unit IS NULL)::bigint AS shipments_without_fx_rate${valuedSums}
            FROM (SELECT currency, min(date) AS since FROM (${changedRows}) c GROUP BY currency) changed
            JOIN shipments s
              ON s.payment_currency = changed.currency
             AND s.arrival_date >= date_trunc('month', changed.since::timestamp)::date
            ${usdPerUnit('s')}
           GROUP BY ${groupByKeys(shape)}
        ) x
       WHERE (${shape.keys.map((key) => `r.${key}`).join(', ')}) = (${shape.keys.map((key) => `x.${key}`).join(', ')})
         AND (${measures
           .split(', ')
           .map((m) => `r.${m}`)
           .join(', ')}) IS DISTINCT FROM (${measures
           .split(', ')
           .map((m) => `x.${m}`)
           .join(', ')});
      RETURN NULL;
    END $$`;
}

export async function replaceTriggerFunctions(queryRunner: QueryRunner, shape: RollupShape): Promise<void> {
  const newRows = `SELECT ${rowsColumns(shape)}, 1 AS sign FROM new_rows`;
  const oldRows = `SELECT ${rowsColumns(shape)}, -1 AS sign FROM old_rows`;
  await queryRunner.query(
    shipmentTriggerFunction('shipment_rollup_after_insert', applyRollupDeltas(shape, newRows)),
  );
  await queryRunner.query(
    shipmentTriggerFunction(
      'shipment_rollup_after_update',
      `${applyRollupDeltas(shape, `${newRows} UNION ALL ${oldRows}`)}${REMOVE_EMPTY_CELLS}`,
    ),
  );
  await queryRunner.query(
    shipmentTriggerFunction(
      'shipment_rollup_after_delete',
      `${applyRollupDeltas(shape, oldRows)}${REMOVE_EMPTY_CELLS}`,
    ),
  );
  await queryRunner.query(
    fxTriggerFunction(shape, 'fx_rates_rollup_after_insert', 'SELECT currency, date FROM new_rows'),
  );
  await queryRunner.query(
    fxTriggerFunction(
      shape,
      'fx_rates_rollup_after_update',
      'SELECT currency, date FROM new_rows UNION ALL SELECT currency, date FROM old_rows',
    ),
  );
  await queryRunner.query(
    fxTriggerFunction(shape, 'fx_rates_rollup_after_delete', 'SELECT currency, date FROM old_rows'),
  );
}

export async function rebuildRollup(queryRunner: QueryRunner, shape: RollupShape): Promise<void> {
  await queryRunner.query(`
    INSERT INTO shipment_monthly_rollup (${quotedKeys(shape)}, ${measureColumns(shape)})
    ${rollupDeltas(shape, `SELECT ${rowsColumns(shape)}, 1 AS sign FROM shipments`)}`);
}

export async function rekeyRollup(queryRunner: QueryRunner, shape: RollupShape): Promise<void> {
  await queryRunner.query(
    `ALTER TABLE "shipment_monthly_rollup" ADD CONSTRAINT "PK_shipment_monthly_rollup" PRIMARY KEY (${quotedKeys(shape)})`,
  );
}

export class AddShipmentPriceBasis1766650000000 implements MigrationInterface {
  name = 'AddShipmentPriceBasis1766650000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // A constant default fills the column without rewriting the table.
    await queryRunner.query(
      `ALTER TABLE "shipments" ADD "price_basis" character varying(8) NOT NULL DEFAULT 'unknown'`,
    );
    await queryRunner.query(
      `ALTER TABLE "shipments" ADD CONSTRAINT "ck_shipments_price_basis"
         CHECK ("price_basis" IN ('FOB', 'CFR', 'CIF', 'DES', 'unknown'))`,
    );

    const shape = withChokepoints(WITH_PRICES, await rollupHasColumn(queryRunner, 'chokepoint_route'));
    // The by-dimension rows follow the rollup's truncate trigger.
    await queryRunner.query(`TRUNCATE "shipment_monthly_rollup"`);
    await queryRunner.query(
      `ALTER TABLE "shipment_monthly_rollup" DROP CONSTRAINT "PK_shipment_monthly_rollup"`,
    );
    await queryRunner.query(
      `ALTER TABLE "shipment_monthly_rollup" ADD "price_basis" character varying(8) NOT NULL`,
    );
    await queryRunner.query(`ALTER TABLE "shipment_monthly_rollup" ADD "valued_tonnes" numeric NOT NULL`);
    await queryRunner.query(`ALTER TABLE "shipment_monthly_rollup" ADD "valued_barrels" numeric NOT NULL`);
    await rekeyRollup(queryRunner, shape);
    await replaceTriggerFunctions(queryRunner, shape);
    await rebuildRollup(queryRunner, shape);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const shape = withChokepoints(EARLIER, await rollupHasColumn(queryRunner, 'chokepoint_route'));
    await queryRunner.query(`TRUNCATE "shipment_monthly_rollup"`);
    await queryRunner.query(
      `ALTER TABLE "shipment_monthly_rollup" DROP CONSTRAINT "PK_shipment_monthly_rollup"`,
    );
    await queryRunner.query(`ALTER TABLE "shipment_monthly_rollup" DROP COLUMN "valued_barrels"`);
    await queryRunner.query(`ALTER TABLE "shipment_monthly_rollup" DROP COLUMN "valued_tonnes"`);
    await queryRunner.query(`ALTER TABLE "shipment_monthly_rollup" DROP COLUMN "price_basis"`);
    await rekeyRollup(queryRunner, shape);
    await replaceTriggerFunctions(queryRunner, shape);
    await queryRunner.query(`ALTER TABLE "shipments" DROP CONSTRAINT "ck_shipments_price_basis"`);
    await queryRunner.query(`ALTER TABLE "shipments" DROP COLUMN "price_basis"`);
    await rebuildRollup(queryRunner, shape);
  }
}
