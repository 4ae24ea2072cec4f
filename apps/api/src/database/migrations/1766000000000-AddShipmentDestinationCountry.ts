import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CreateShipmentMonthlyRollup1764500000001 } from './1764500000001-CreateShipmentMonthlyRollup';
import { CreateShipmentMonthlyByDimension1764500000002 } from './1764500000002-CreateShipmentMonthlyByDimension';

/*
 * The importing country as a dimension. shipments.destination_country (ISO 3166-1 alpha-2, NOT
 * NULL): existing rows take their discharge port's country, else HOME_COUNTRY (as the API derives
 * it for a new shipment). Both aggregates gain the column in their keys, so a destination filter or
 * groupBy=destination is answered from them like the other dimensions:
 *
 * - shipment_monthly_rollup: destination_country is one more key column;
 * - shipment_monthly_by_dimension: each (dimension, month, key) row is split by destination_country
 *   (a view filtered to one importer reads its rows alone; an unfiltered one sums over importers),
 *   and `destination` is one more dimension.
 *
 * The trigger functions are replaced in place (CREATE OR REPLACE keeps the triggers bound to them);
 * their bodies are those of CreateShipmentMonthlyRollup and CreateShipmentMonthlyByDimension with
 * the new column, copied here because a migration must not change when a later one does. Both
 * aggregates are then rebuilt from the shipments.
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
];
const ROLLUP_KEYS = ROLLUP_KEY_COLUMNS.map((column) => `"${column}"`).join(', ');
const GROUP_BY_KEYS = ROLLUP_KEY_COLUMNS.map((_, index) => index + 1).join(', ');
const ROWS_COLUMNS = `arrival_date, commodity, origin_country, payment_currency, transport_mode,
  transit_countries, status, destination_country, volume_tonnes, volume_barrels, value_amount`;

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
              r.status, r.destination_country)
           = (x.month, x.commodity, x.origin_country, x.payment_currency, x.transport_mode, x.transit_route,
              x.status, x.destination_country)
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
        ('destination', c.destination_country::text)
      ) AS d (dimension, key)`;

const CELL_COLUMNS = `month, commodity, origin_country, payment_currency, transport_mode, transit_route,
  destination_country, shipment_count, volume_tonnes, volume_barrels, value_usd, shipments_without_fx_rate`;

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

/** Installs this migration's trigger functions (a later migration's down restores them with it). */
export async function replaceTriggerFunctions(queryRunner: QueryRunner): Promise<void> {
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

/** Rebuilds the rollup (and so the by-dimension table) from the shipments with these functions. */
export async function rebuildRollup(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`
    INSERT INTO shipment_monthly_rollup (${ROLLUP_KEYS}, shipment_count, volume_tonnes, volume_barrels,
                                         value_usd, shipments_without_fx_rate)
    ${rollupDeltas(`SELECT ${ROWS_COLUMNS}, 1 AS sign FROM shipments`)}`);
}

export class AddShipmentDestinationCountry1766000000000 implements MigrationInterface {
  name = 'AddShipmentDestinationCountry1766000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // HOME_COUNTRY as start-up reads it (app-config checks it against ISO 3166-1 before migrating;
    // the migration CLI and test set-up load no config, so the shape is checked here too: it becomes a
    // literal, as a column DEFAULT takes no parameter).
    const home = process.env['HOME_COUNTRY'] || 'PK';
    if (!/^[A-Z]{2}$/.test(home))
      throw new Error(`HOME_COUNTRY must be an ISO 3166-1 alpha-2 code, got "${home}"`);
    // A constant default fills the column without rewriting the table; then only rows whose
    // discharge port lies in another country are updated.
    await queryRunner.query(
      `ALTER TABLE "shipments" ADD "destination_country" character varying(2) NOT NULL DEFAULT '${home}'`,
    );
    await queryRunner.query(
      `UPDATE "shipments" SET "destination_country" = left("discharge_port", 2)
        WHERE "discharge_port" IS NOT NULL AND left("discharge_port", 2) <> $1`,
      [home],
    );
    await queryRunner.query(`ALTER TABLE "shipments" ALTER COLUMN "destination_country" DROP DEFAULT`);

    // The by-dimension rows follow the rollup's truncate trigger.
    await queryRunner.query(`TRUNCATE "shipment_monthly_rollup"`);
    await queryRunner.query(
      `ALTER TABLE "shipment_monthly_rollup" DROP CONSTRAINT "PK_shipment_monthly_rollup"`,
    );
    await queryRunner.query(
      `ALTER TABLE "shipment_monthly_rollup" ADD "destination_country" character varying(2) NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "shipment_monthly_rollup" ADD CONSTRAINT "PK_shipment_monthly_rollup" PRIMARY KEY (${ROLLUP_KEYS})`,
    );
    await queryRunner.query(
      `ALTER TABLE "shipment_monthly_by_dimension" DROP CONSTRAINT "PK_shipment_monthly_by_dimension"`,
    );
    await queryRunner.query(
      `ALTER TABLE "shipment_monthly_by_dimension" ADD "destination_country" character varying(2) NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "shipment_monthly_by_dimension" ADD CONSTRAINT "PK_shipment_monthly_by_dimension"
         PRIMARY KEY ("dimension", "month", "destination_country", "key")`,
    );

    await replaceTriggerFunctions(queryRunner);

    // Rebuilt from the shipments; the rollup's insert trigger fills the by-dimension table.
    await queryRunner.query(`
      INSERT INTO shipment_monthly_rollup (${ROLLUP_KEYS}, shipment_count, volume_tonnes, volume_barrels,
                                           value_usd, shipments_without_fx_rate)
      ${rollupDeltas(`SELECT ${ROWS_COLUMNS}, 1 AS sign FROM shipments`)}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Both aggregates as the earlier migrations built them (tables, triggers, contents).
    await new CreateShipmentMonthlyByDimension1764500000002().down(queryRunner);
    await new CreateShipmentMonthlyRollup1764500000001().down(queryRunner);
    await queryRunner.query(`ALTER TABLE "shipments" DROP COLUMN "destination_country"`);
    await new CreateShipmentMonthlyRollup1764500000001().up(queryRunner);
    await new CreateShipmentMonthlyByDimension1764500000002().up(queryRunner);
  }
}
