import { deriveChokepoints } from '@tradeflow/domain';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  rebuildRollup as rebuildRollupWithoutChokepoints,
  replaceTriggerFunctions as replaceWithDestinationCountryFunctions,
} from './1766000000000-AddShipmentDestinationCountry';
import {
  PRICES_SHAPE,
  rebuildRollup as rebuildPricesRollup,
  rekeyRollup as rekeyPricesRollup,
  replaceTriggerFunctions as replacePricesFunctions,
  rollupHasColumn,
  withChokepoints,
} from './1766650000000-AddShipmentPriceBasis';

/*
 * Chokepoints, supplier risk scores and domestic production.
 *
 * - shipments.chokepoints: the per-shipment override (NULL: derive), and shipments.chokepoints_passed:
 *   what the shipment passes (the override, else libs/domain's sea-lane table applied to its route),
 *   written by the API on every write and backfilled here from the table as it is today. A later
 *   change of the table needs a migration that recomputes the derived ones (those without override).
 * - Both aggregates gain `chokepoint_route` (the passed codes joined by '|', '' for none) in their
 *   keys; shipment_monthly_by_dimension gets a `chokepoint` dimension whose key is that set, which the
 *   analytics split into one group per chokepoint (a shipment counts in each it passes).
 *   The trigger functions are those of AddShipmentDestinationCountry with the new column (copied, as
 *   a migration must not change when a later one does); both aggregates are rebuilt.
 * - supplier_risk_scores (0..1 per supplier country, 0.5 when absent) and domestic_production (per
 *   importer, commodity and month): both change analytics answers, so their writes bump the
 *   analytics cache version like shipments do.
 */

function usdPerUnit(alias: string): string {
  return `LEFT JOIN LATERAL (
        SELECT CASE WHEN ${alias}.payment_currency = 'USD' THEN 1::numeric ELSE (
          SELECT r.usd_per_unit FROM fx_rates r
           WHERE r.currency = ${alias}.payment_currency AND r.date <= ${alias}.arrival_date
           ORDER BY r.date DESC LIMIT 1) END AS usd_per_unit
      ) fx ON true`;
}

const ROLLUP_KEY_COLUMNS = [
  'month',
  'commodity',
  'origin_country',
  'payment_currency',
  'transport_mode',
  'transit_route',
  'status',
  'destination_country',
  'chokepoint_route',
];
const ROLLUP_KEYS = ROLLUP_KEY_COLUMNS.map((column) => `"${column}"`).join(', ');
const GROUP_BY_KEYS = ROLLUP_KEY_COLUMNS.map((_, index) => index + 1).join(', ');
const ROWS_COLUMNS = `arrival_date, commodity, origin_country, payment_currency, transport_mode,
  transit_countries, status, destination_country, chokepoints_passed, volume_tonnes, volume_barrels, value_amount`;

function rollupDeltas(source: string): string {
  return `
    SELECT date_trunc('month', d.arrival_date::timestamp)::date AS month,
           d.commodity,
           d.origin_country,
           coalesce(d.payment_currency, '') AS payment_currency,
           d.transport_mode,
           array_to_string(d.transit_countries, '|') AS transit_route,
           d.status,
           d.destination_country,
           array_to_string(d.chokepoints_passed, '|') AS chokepoint_route,
           sum(d.sign)::bigint AS shipment_count,
           sum(d.sign * d.volume_tonnes) AS volume_tonnes,
           sum(d.sign * d.volume_barrels) AS volume_barrels,
           coalesce(sum(d.sign * round(d.value_amount * fx.usd_per_unit, 2)), 0) AS value_usd,
           coalesce(sum(d.sign) FILTER (WHERE d.value_amount IS NOT NULL AND fx.usd_per_unit IS NULL), 0)::bigint
             AS shipments_without_fx_rate
      FROM (${source}) d
      ${usdPerUnit('d')}
     GROUP BY ${GROUP_BY_KEYS}
    HAVING sum(d.sign) <> 0 OR sum(d.sign * d.volume_tonnes) <> 0 OR sum(d.sign * d.volume_barrels) <> 0
        OR coalesce(sum(d.sign * round(d.value_amount * fx.usd_per_unit, 2)), 0) <> 0
        OR coalesce(sum(d.sign) FILTER (WHERE d.value_amount IS NOT NULL AND fx.usd_per_unit IS NULL), 0) <> 0
     ORDER BY ${GROUP_BY_KEYS}`;
}

function applyRollupDeltas(source: string): string {
  return `
    INSERT INTO shipment_monthly_rollup AS r (${ROLLUP_KEYS}, shipment_count, volume_tonnes, volume_barrels,
                                              value_usd, shipments_without_fx_rate)
    ${rollupDeltas(source)}
    ON CONFLICT (${ROLLUP_KEYS}) DO UPDATE SET
      shipment_count = r.shipment_count + excluded.shipment_count,
      volume_tonnes = r.volume_tonnes + excluded.volume_tonnes,
      volume_barrels = r.volume_barrels + excluded.volume_barrels,
      value_usd = r.value_usd + excluded.value_usd,
      shipments_without_fx_rate = r.shipments_without_fx_rate + excluded.shipments_without_fx_rate;`;
}

const REMOVE_EMPTY_CELLS = `
    DELETE FROM shipment_monthly_rollup r
     WHERE r.shipment_count = 0
       AND r.month IN (SELECT DISTINCT date_trunc('month', o.arrival_date::timestamp)::date FROM old_rows o);`;

const NEW_ROWS = `SELECT ${ROWS_COLUMNS}, 1 AS sign FROM new_rows`;
const OLD_ROWS = `SELECT ${ROWS_COLUMNS}, -1 AS sign FROM old_rows`;

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

function fxTriggerFunction(name: string, changedRows: string): string {
  return `
    CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      LOCK TABLE shipment_monthly_rollup IN SHARE ROW EXCLUSIVE MODE;
      UPDATE shipment_monthly_rollup r
         SET value_usd = x.value_usd, shipments_without_fx_rate = x.shipments_without_fx_rate
        FROM (
          SELECT date_trunc('month', s.arrival_date::timestamp)::date AS month,
                 s.commodity,
                 s.origin_country,
                 s.payment_currency,
                 s.transport_mode,
                 array_to_string(s.transit_countries, '|') AS transit_route,
                 s.status,
                 s.destination_country,
                 array_to_string(s.chokepoints_passed, '|') AS chokepoint_route,
                 coalesce(sum(round(s.value_amount * fx.usd_per_unit, 2)), 0) AS value_usd,
                 count(*) FILTER (WHERE fx.usd_per_unit IS NULL)::bigint AS shipments_without_fx_rate
            FROM (SELECT currency, min(date) AS since FROM (${changedRows}) c GROUP BY currency) changed
            JOIN shipments s
              ON s.payment_currency = changed.currency
             AND s.arrival_date >= date_trunc('month', changed.since::timestamp)::date
            ${usdPerUnit('s')}
           GROUP BY ${GROUP_BY_KEYS}
        ) x
       WHERE (r.month, r.commodity, r.origin_country, r.payment_currency, r.transport_mode, r.transit_route,
              r.status, r.destination_country, r.chokepoint_route)
           = (x.month, x.commodity, x.origin_country, x.payment_currency, x.transport_mode, x.transit_route,
              x.status, x.destination_country, x.chokepoint_route)
         AND (r.value_usd, r.shipments_without_fx_rate) IS DISTINCT FROM (x.value_usd, x.shipments_without_fx_rate);
      RETURN NULL;
    END $$`;
}

const DIMENSION_KEYS = `(VALUES
        ('origin', c.origin_country::text),
        ('currency', CASE WHEN c.payment_currency = '' THEN 'none' ELSE c.payment_currency::text END),
        ('commodity', c.commodity::text),
        ('mode', c.transport_mode::text),
        ('route', c.transport_mode || CASE WHEN c.transit_route = '' THEN '' ELSE ' via ' || c.transit_route END),
        ('destination', c.destination_country::text),
        ('chokepoint', c.chokepoint_route)
      ) AS d (dimension, key)`;

const CELL_COLUMNS = `month, commodity, origin_country, payment_currency, transport_mode, transit_route,
  destination_country, chokepoint_route, shipment_count, volume_tonnes, volume_barrels, value_usd, shipments_without_fx_rate`;

function dimensionDeltas(source: string): string {
  return `
    SELECT d.dimension, c.month, c.destination_country, d.key,
           sum(c.sign * c.shipment_count)::bigint AS shipment_count,
           sum(c.sign * c.volume_tonnes) AS volume_tonnes,
           sum(c.sign * c.volume_barrels) AS volume_barrels,
           sum(c.sign * c.value_usd) AS value_usd,
           sum(c.sign * c.shipments_without_fx_rate)::bigint AS shipments_without_fx_rate,
           sum(CASE WHEN c.payment_currency = '' THEN c.sign * c.shipment_count ELSE 0 END)::bigint
             AS shipments_without_value
      FROM (${source}) c
      CROSS JOIN LATERAL ${DIMENSION_KEYS}
     GROUP BY 1, 2, 3, 4
    HAVING sum(c.sign * c.shipment_count) <> 0 OR sum(c.sign * c.volume_tonnes) <> 0
        OR sum(c.sign * c.volume_barrels) <> 0 OR sum(c.sign * c.value_usd) <> 0
        OR sum(c.sign * c.shipments_without_fx_rate) <> 0
     ORDER BY 1, 2, 3, 4`;
}

function applyDimensionDeltas(source: string): string {
  return `
    INSERT INTO shipment_monthly_by_dimension AS t (dimension, month, destination_country, key, shipment_count,
      volume_tonnes, volume_barrels, value_usd, shipments_without_fx_rate, shipments_without_value)
    ${dimensionDeltas(source)}
    ON CONFLICT (dimension, month, destination_country, key) DO UPDATE SET
      shipment_count = t.shipment_count + excluded.shipment_count,
      volume_tonnes = t.volume_tonnes + excluded.volume_tonnes,
      volume_barrels = t.volume_barrels + excluded.volume_barrels,
      value_usd = t.value_usd + excluded.value_usd,
      shipments_without_fx_rate = t.shipments_without_fx_rate + excluded.shipments_without_fx_rate,
      shipments_without_value = t.shipments_without_value + excluded.shipments_without_value;`;
}

const REMOVE_EMPTY_GROUPS = `
    DELETE FROM shipment_monthly_by_dimension t
     WHERE t.shipment_count = 0 AND t.month IN (SELECT DISTINCT o.month FROM old_cells o);`;

const NEW_CELLS = `SELECT ${CELL_COLUMNS}, 1 AS sign FROM new_cells`;
const OLD_CELLS = `SELECT ${CELL_COLUMNS}, -1 AS sign FROM old_cells`;

function dimensionTriggerFunction(name: string, body: string): string {
  return `
    CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      ${body}
      RETURN NULL;
    END $$`;
}

/** The route columns the derived chokepoints depend on. */
interface RouteRow {
  transport_mode: string;
  origin_country: string;
  load_port: string | null;
  sts_transfer_point: string | null;
  discharge_port: string | null;
  destination_country: string;
}

/** The by-dimension functions with the `chokepoint` dimension (they read the rollup's named columns). */
export async function replaceByDimensionFunctions(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(
    dimensionTriggerFunction('rollup_by_dimension_after_insert', applyDimensionDeltas(NEW_CELLS)),
  );
  await queryRunner.query(
    dimensionTriggerFunction(
      'rollup_by_dimension_after_update',
      `${applyDimensionDeltas(`${NEW_CELLS} UNION ALL ${OLD_CELLS}`)}${REMOVE_EMPTY_GROUPS}`,
    ),
  );
  await queryRunner.query(
    dimensionTriggerFunction(
      'rollup_by_dimension_after_delete',
      `${applyDimensionDeltas(OLD_CELLS)}${REMOVE_EMPTY_GROUPS}`,
    ),
  );
}

export class AddChokepointsRiskScoresAndProduction1766600000000 implements MigrationInterface {
  name = 'AddChokepointsRiskScoresAndProduction1766600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "shipments" ADD "chokepoints" character varying(24) array`);
    await queryRunner.query(
      `ALTER TABLE "shipments" ADD "chokepoints_passed" character varying(24) array NOT NULL DEFAULT '{}'`,
    );
    // The default ('{}') stays for writers that bypass the API (SQL loads); the API always sets it.
    // One derivation per distinct sea route (a few hundred), applied set-wise. The old rollup triggers
    // still run: the rows keep their cells (chokepoints are no key yet), so their deltas cancel out.
    const routes: RouteRow[] = await queryRunner.query(
      `SELECT DISTINCT transport_mode, origin_country, load_port, sts_transfer_point, discharge_port, destination_country
         FROM shipments WHERE transport_mode = 'sea'`,
    );
    const derived = routes
      .map((route) => ({
        route,
        passed: deriveChokepoints({
          transportMode: route.transport_mode,
          originCountry: route.origin_country,
          loadPort: route.load_port,
          stsTransferPoint: route.sts_transfer_point,
          dischargePort: route.discharge_port,
          destinationCountry: route.destination_country,
        }),
      }))
      .filter(({ passed }) => passed.length > 0);
    if (derived.length) {
      await queryRunner.query(
        `UPDATE shipments s SET chokepoints_passed = string_to_array(r.passed, '|')::varchar[]
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
                AS r (origin_country, load_port, sts_transfer_point, discharge_port, destination_country, passed)
          WHERE s.transport_mode = 'sea' AND s.origin_country = r.origin_country
            AND s.load_port IS NOT DISTINCT FROM r.load_port
            AND s.sts_transfer_point IS NOT DISTINCT FROM r.sts_transfer_point
            AND s.discharge_port IS NOT DISTINCT FROM r.discharge_port
            AND s.destination_country = r.destination_country`,
        [
          derived.map(({ route }) => route.origin_country),
          derived.map(({ route }) => route.load_port),
          derived.map(({ route }) => route.sts_transfer_point),
          derived.map(({ route }) => route.discharge_port),
          derived.map(({ route }) => route.destination_country),
          derived.map(({ passed }) => passed.join('|')),
        ],
      );
    }

    // A database that ran AddShipmentPriceBasis (a later timestamp) first has its rollup shape: the
    // key is added to that shape with that migration's builders.
    const prices = await rollupHasColumn(queryRunner, 'price_basis');
    await queryRunner.query(`TRUNCATE "shipment_monthly_rollup"`);
    await queryRunner.query(
      `ALTER TABLE "shipment_monthly_rollup" DROP CONSTRAINT "PK_shipment_monthly_rollup"`,
    );
    await queryRunner.query(`ALTER TABLE "shipment_monthly_rollup" ADD "chokepoint_route" text NOT NULL`);
    if (prices) {
      const shape = withChokepoints(PRICES_SHAPE, true);
      await rekeyPricesRollup(queryRunner, shape);
      await replacePricesFunctions(queryRunner, shape);
      await replaceByDimensionFunctions(queryRunner);
      await rebuildPricesRollup(queryRunner, shape);
    } else {
      await queryRunner.query(
        `ALTER TABLE "shipment_monthly_rollup" ADD CONSTRAINT "PK_shipment_monthly_rollup" PRIMARY KEY (${ROLLUP_KEYS})`,
      );
      await this.replaceTriggerFunctions(queryRunner);
      await replaceByDimensionFunctions(queryRunner);
      await queryRunner.query(`
        INSERT INTO shipment_monthly_rollup (${ROLLUP_KEYS}, shipment_count, volume_tonnes, volume_barrels,
                                             value_usd, shipments_without_fx_rate)
        ${rollupDeltas(`SELECT ${ROWS_COLUMNS}, 1 AS sign FROM shipments`)}`);
    }

    await queryRunner.query(`
      CREATE TABLE "supplier_risk_scores" (
        "country" character varying(2) NOT NULL,
        "score" numeric(4,3) NOT NULL,
        "rationale" text,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "ck_supplier_risk_scores_score_0_1" CHECK ("score" >= 0 AND "score" <= 1),
        CONSTRAINT "PK_supplier_risk_scores" PRIMARY KEY ("country")
      )`);
    await queryRunner.query(`
      CREATE TABLE "domestic_production" (
        "destination_country" character varying(2) NOT NULL,
        "commodity" character varying(16) NOT NULL,
        "month" date NOT NULL,
        "production_tonnes" numeric(15,3) NOT NULL,
        "consumption_tonnes" numeric(15,3),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "ck_domestic_production_production_non_negative" CHECK ("production_tonnes" >= 0),
        CONSTRAINT "ck_domestic_production_consumption_non_negative" CHECK ("consumption_tonnes" >= 0),
        CONSTRAINT "PK_domestic_production" PRIMARY KEY ("destination_country", "commodity", "month")
      )`);
    for (const table of ['supplier_risk_scores', 'domestic_production']) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_cache_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"
         FOR EACH STATEMENT EXECUTE FUNCTION bump_cache_version('analytics')`,
      );
    }
  }

  private async replaceTriggerFunctions(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      shipmentTriggerFunction('shipment_rollup_after_insert', applyRollupDeltas(NEW_ROWS)),
    );
    await queryRunner.query(
      shipmentTriggerFunction(
        'shipment_rollup_after_update',
        `${applyRollupDeltas(`${NEW_ROWS} UNION ALL ${OLD_ROWS}`)}${REMOVE_EMPTY_CELLS}`,
      ),
    );
    await queryRunner.query(
      shipmentTriggerFunction(
        'shipment_rollup_after_delete',
        `${applyRollupDeltas(OLD_ROWS)}${REMOVE_EMPTY_CELLS}`,
      ),
    );
    await queryRunner.query(
      fxTriggerFunction('fx_rates_rollup_after_insert', 'SELECT currency, date FROM new_rows'),
    );
    await queryRunner.query(
      fxTriggerFunction(
        'fx_rates_rollup_after_update',
        'SELECT currency, date FROM new_rows UNION ALL SELECT currency, date FROM old_rows',
      ),
    );
    await queryRunner.query(
      fxTriggerFunction('fx_rates_rollup_after_delete', 'SELECT currency, date FROM old_rows'),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "domestic_production"`);
    await queryRunner.query(`DROP TABLE "supplier_risk_scores"`);
    // The aggregates as AddShipmentDestinationCountry left them, rebuilt with its trigger functions.
    await queryRunner.query(`TRUNCATE "shipment_monthly_rollup"`);
    await queryRunner.query(
      `ALTER TABLE "shipment_monthly_rollup" DROP CONSTRAINT "PK_shipment_monthly_rollup"`,
    );
    await queryRunner.query(`ALTER TABLE "shipment_monthly_rollup" DROP COLUMN "chokepoint_route"`);
    await queryRunner.query(`ALTER TABLE "shipments" DROP COLUMN "chokepoints_passed"`);
    await queryRunner.query(`ALTER TABLE "shipments" DROP COLUMN "chokepoints"`);
    await queryRunner.query(
      `ALTER TABLE "shipment_monthly_rollup" ADD CONSTRAINT "PK_shipment_monthly_rollup"
         PRIMARY KEY ("month", "commodity", "origin_country", "payment_currency", "transport_mode",
                      "transit_route", "status", "destination_country")`,
    );
    await replaceWithDestinationCountryFunctions(queryRunner);
    await rebuildRollupWithoutChokepoints(queryRunner);
  }
}
