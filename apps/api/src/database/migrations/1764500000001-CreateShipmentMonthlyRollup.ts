import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * A monthly rollup of shipments, kept exact by statement-level triggers in the same transaction as
 * every write (see docs/scaling.md and apps/api/src/analytics/flow-source.ts for why):
 *
 * - shipments INSERT / UPDATE / DELETE: the transition tables (REFERENCING NEW/OLD TABLE) are
 *   aggregated once per statement into signed deltas and upserted, so a bulk COPY of 100,000 rows
 *   costs one aggregate, not 100,000 row triggers. Rows whose count drops to 0 are removed.
 * - shipments TRUNCATE empties the rollup.
 * - fx_rates INSERT / UPDATE / DELETE: value_usd depends on the latest rate on or before each
 *   arrival date, so the cells of the changed currencies from the month of the earliest changed
 *   date on are recomputed from the shipments. A shipment's USD value is value x rate rounded to
 *   the cent (as an invoice is converted), so every sum of them is exact in cents.
 *
 * Concurrency (READ COMMITTED): shipment writers take ROW EXCLUSIVE on the rollup before they look
 * up rates, fx writers take SHARE ROW EXCLUSIVE before they recompute, so each of the two always
 * sees the other's committed work in a fresh statement snapshot and no delta is computed with a
 * stale rate. Shipment writers do not block each other (ON CONFLICT DO UPDATE adds to the latest
 * row version; deltas are applied in key order, so two writers cannot deadlock on rollup rows).
 */

/**
 * USD per unit of `alias`'s payment currency on its arrival date: USD is 1, another currency takes
 * its latest rate on or before the date (a backward scan of PK_fx_rates that stops at the first
 * row), NULL when there is none. Inlined as a LATERAL join: a SQL function here is called row by row
 * (about 10 µs each), the join costs one index probe.
 */
function usdPerUnit(alias: string): string {
  return `LEFT JOIN LATERAL (
        SELECT CASE WHEN ${alias}.payment_currency = 'USD' THEN 1::numeric ELSE (
          SELECT r.usd_per_unit FROM fx_rates r
           WHERE r.currency = ${alias}.payment_currency AND r.date <= ${alias}.arrival_date
           ORDER BY r.date DESC LIMIT 1) END AS usd_per_unit
      ) fx ON true`;
}

const KEY_COLUMNS = [
  'month',
  'commodity',
  'origin_country',
  'payment_currency',
  'transport_mode',
  'transit_route',
  'status',
];
const KEYS = KEY_COLUMNS.map((column) => `"${column}"`).join(', ');
const ROWS_COLUMNS = `arrival_date, commodity, origin_country, payment_currency, transport_mode,
  transit_countries, status, volume_tonnes, volume_barrels, value_amount`;

/** Signed rollup deltas of `source` (shipment rows with a `sign` column: +1 new, -1 old). */
function deltas(source: string): string {
  return `
    SELECT date_trunc('month', d.arrival_date::timestamp)::date AS month,
           d.commodity,
           d.origin_country,
           coalesce(d.payment_currency, '') AS payment_currency,
           d.transport_mode,
           array_to_string(d.transit_countries, '|') AS transit_route,
           d.status,
           sum(d.sign)::bigint AS shipment_count,
           sum(d.sign * d.volume_tonnes) AS volume_tonnes,
           sum(d.sign * d.volume_barrels) AS volume_barrels,
           coalesce(sum(d.sign * round(d.value_amount * fx.usd_per_unit, 2)), 0) AS value_usd,
           coalesce(sum(d.sign) FILTER (WHERE d.value_amount IS NOT NULL AND fx.usd_per_unit IS NULL), 0)::bigint
             AS shipments_without_fx_rate
      FROM (${source}) d
      ${usdPerUnit('d')}
     GROUP BY 1, 2, 3, 4, 5, 6, 7
    HAVING sum(d.sign) <> 0 OR sum(d.sign * d.volume_tonnes) <> 0 OR sum(d.sign * d.volume_barrels) <> 0
        OR coalesce(sum(d.sign * round(d.value_amount * fx.usd_per_unit, 2)), 0) <> 0
        OR coalesce(sum(d.sign) FILTER (WHERE d.value_amount IS NOT NULL AND fx.usd_per_unit IS NULL), 0) <> 0
     ORDER BY 1, 2, 3, 4, 5, 6, 7`;
}

function applyDeltas(source: string): string {
  return `
    INSERT INTO shipment_monthly_rollup AS r (${KEYS}, shipment_count, volume_tonnes, volume_barrels,
                                              value_usd, shipments_without_fx_rate)
    ${deltas(source)}
    ON CONFLICT (${KEYS}) DO UPDATE SET
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
    CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      -- Before the rate look-ups: waits for an fx writer, whose rates the next statement then sees.
      LOCK TABLE shipment_monthly_rollup IN ROW EXCLUSIVE MODE;
      ${body}
      RETURN NULL;
    END $$`;
}

function fxTriggerFunction(name: string, changedRows: string): string {
  return `
    CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
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
                 coalesce(sum(round(s.value_amount * fx.usd_per_unit, 2)), 0) AS value_usd,
                 count(*) FILTER (WHERE fx.usd_per_unit IS NULL)::bigint AS shipments_without_fx_rate
            FROM (SELECT currency, min(date) AS since FROM (${changedRows}) c GROUP BY currency) changed
            JOIN shipments s
              ON s.payment_currency = changed.currency
             AND s.arrival_date >= date_trunc('month', changed.since::timestamp)::date
            ${usdPerUnit('s')}
           GROUP BY 1, 2, 3, 4, 5, 6, 7
        ) x
       WHERE (r.month, r.commodity, r.origin_country, r.payment_currency, r.transport_mode, r.transit_route, r.status)
           = (x.month, x.commodity, x.origin_country, x.payment_currency, x.transport_mode, x.transit_route, x.status)
         AND (r.value_usd, r.shipments_without_fx_rate) IS DISTINCT FROM (x.value_usd, x.shipments_without_fx_rate);
      RETURN NULL;
    END $$`;
}

export class CreateShipmentMonthlyRollup1764500000001 implements MigrationInterface {
  name = 'CreateShipmentMonthlyRollup1764500000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    // payment_currency is '' when none is recorded and transit_route is the transit countries joined
    // by '|' ('' for none), so every key column is NOT NULL and can be part of the primary key.
    await queryRunner.query(`
      CREATE TABLE "shipment_monthly_rollup" (
        "month" date NOT NULL,
        "commodity" character varying(16) NOT NULL,
        "origin_country" character varying(2) NOT NULL,
        "payment_currency" character varying(3) NOT NULL,
        "transport_mode" character varying(16) NOT NULL,
        "transit_route" text NOT NULL,
        "status" character varying(16) NOT NULL,
        "shipment_count" bigint NOT NULL,
        "volume_tonnes" numeric NOT NULL,
        "volume_barrels" numeric NOT NULL,
        "value_usd" numeric NOT NULL,
        "shipments_without_fx_rate" bigint NOT NULL,
        CONSTRAINT "PK_shipment_monthly_rollup" PRIMARY KEY (${KEYS})
      )`);
    await queryRunner.query(shipmentTriggerFunction('shipment_rollup_after_insert', applyDeltas(NEW_ROWS)));
    await queryRunner.query(
      shipmentTriggerFunction(
        'shipment_rollup_after_update',
        `${applyDeltas(`${NEW_ROWS} UNION ALL ${OLD_ROWS}`)}${REMOVE_EMPTY_CELLS}`,
      ),
    );
    await queryRunner.query(
      shipmentTriggerFunction(
        'shipment_rollup_after_delete',
        `${applyDeltas(OLD_ROWS)}${REMOVE_EMPTY_CELLS}`,
      ),
    );
    await queryRunner.query(`
      CREATE FUNCTION shipment_rollup_after_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        TRUNCATE shipment_monthly_rollup;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER shipments_rollup_insert AFTER INSERT ON shipments
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION shipment_rollup_after_insert()`);
    await queryRunner.query(`
      CREATE TRIGGER shipments_rollup_update AFTER UPDATE ON shipments
        REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION shipment_rollup_after_update()`);
    await queryRunner.query(`
      CREATE TRIGGER shipments_rollup_delete AFTER DELETE ON shipments
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION shipment_rollup_after_delete()`);
    await queryRunner.query(`
      CREATE TRIGGER shipments_rollup_truncate AFTER TRUNCATE ON shipments
        FOR EACH STATEMENT EXECUTE FUNCTION shipment_rollup_after_truncate()`);

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
    await queryRunner.query(`
      CREATE FUNCTION fx_rates_rollup_after_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        LOCK TABLE shipment_monthly_rollup IN SHARE ROW EXCLUSIVE MODE;
        UPDATE shipment_monthly_rollup SET value_usd = 0, shipments_without_fx_rate = shipment_count
         WHERE payment_currency NOT IN ('', 'USD');
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER fx_rates_rollup_insert AFTER INSERT ON fx_rates
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION fx_rates_rollup_after_insert()`);
    await queryRunner.query(`
      CREATE TRIGGER fx_rates_rollup_update AFTER UPDATE ON fx_rates
        REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION fx_rates_rollup_after_update()`);
    await queryRunner.query(`
      CREATE TRIGGER fx_rates_rollup_delete AFTER DELETE ON fx_rates
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION fx_rates_rollup_after_delete()`);
    await queryRunner.query(`
      CREATE TRIGGER fx_rates_rollup_truncate AFTER TRUNCATE ON fx_rates
        FOR EACH STATEMENT EXECUTE FUNCTION fx_rates_rollup_after_truncate()`);

    // Shipments stored before this migration.
    await queryRunner.query(`
      INSERT INTO shipment_monthly_rollup (${KEYS}, shipment_count, volume_tonnes, volume_barrels,
                                           value_usd, shipments_without_fx_rate)
      ${deltas(`SELECT ${ROWS_COLUMNS}, 1 AS sign FROM shipments`)}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const trigger of ['insert', 'update', 'delete', 'truncate']) {
      await queryRunner.query(`DROP TRIGGER "fx_rates_rollup_${trigger}" ON "fx_rates"`);
      await queryRunner.query(`DROP TRIGGER "shipments_rollup_${trigger}" ON "shipments"`);
      await queryRunner.query(`DROP FUNCTION "fx_rates_rollup_after_${trigger}"()`);
      await queryRunner.query(`DROP FUNCTION "shipment_rollup_after_${trigger}"()`);
    }
    await queryRunner.query(`DROP TABLE "shipment_monthly_rollup"`);
  }
}
