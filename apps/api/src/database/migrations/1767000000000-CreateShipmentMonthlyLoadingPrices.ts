import type { MigrationInterface, QueryRunner } from 'typeorm';
import { deriveFromSource, type DerivedAggregate, dropDerived } from './derived-aggregate-sql';

/*
 * shipment_monthly_loading_prices: landed prices matched by loading month. Per arrival month,
 * departure month, importing country, commodity, origin, price basis and payment currency, the
 * shipments, those without a USD value, the volume of those with one and their USD value. Matching a
 * benchmark by loading month needs each shipment's departure month, which no other aggregate keeps,
 * so it read a year of the shipments table with a rate look-up per row; here it reads the cells.
 *
 * A shipment without a departure date has no loading month: its cells carry `infinity`, which no
 * benchmark month equals, so it counts as unmatched exactly as when the shipments were read.
 *
 * Summed from the shipments by statement triggers of its own, with the rollup's rate rule (USD is 1,
 * another currency its latest rate on or before the arrival date, the value rounded to the cent per
 * shipment). The payment currency is a key so that a rate change recomputes only its currency's
 * cells from the month of the earliest changed rate on, as the rollup's fx triggers do. Both kinds of
 * trigger take the rollup's locks first (ROW EXCLUSIVE for shipment writers, SHARE ROW EXCLUSIVE for
 * rate writers), so a delta is never computed with a rate another transaction is replacing.
 *
 * It also mends the rollup's fx TRUNCATE trigger, which left the valued volume of the cells whose
 * rates it removed: a landed price of 0 where there is none.
 */
const RATE = `LEFT JOIN LATERAL (
      SELECT CASE WHEN c.payment_currency = 'USD' THEN 1::numeric ELSE (
        SELECT r.usd_per_unit FROM fx_rates r
         WHERE r.currency = c.payment_currency AND r.date <= c.arrival_date
         ORDER BY r.date DESC LIMIT 1) END AS usd_per_unit
    ) fx ON true`;

/** The measure columns of a price aggregate, after its key columns. */
export const PRICE_MEASURE_COLUMNS = `
        "shipment_count" bigint NOT NULL,
        "shipments_without_value" bigint NOT NULL,
        "valued_tonnes" numeric NOT NULL,
        "valued_barrels" numeric NOT NULL,
        "value_usd" numeric NOT NULL,`;

export const LOADING_PRICES: DerivedAggregate = {
  table: 'shipment_monthly_loading_prices',
  source: 'shipments',
  keys: [
    'month',
    'departure_month',
    'destination_country',
    'commodity',
    'origin_country',
    'price_basis',
    'payment_currency',
  ],
  keyCells: {
    month: `date_trunc('month', c.arrival_date::timestamp)::date`,
    departure_month: `coalesce(date_trunc('month', c.departure_date::timestamp)::date, 'infinity'::date)`,
    payment_currency: `coalesce(c.payment_currency, '')`,
  },
  measures: {
    shipment_count: { cell: '1', type: 'bigint' },
    shipments_without_value: { cell: '(fx.usd_per_unit IS NULL)::int', type: 'bigint' },
    valued_tonnes: {
      cell: 'CASE WHEN fx.usd_per_unit IS NULL THEN 0 ELSE c.volume_tonnes END',
      type: 'numeric',
    },
    valued_barrels: {
      cell: 'CASE WHEN fx.usd_per_unit IS NULL THEN 0 ELSE c.volume_barrels END',
      type: 'numeric',
    },
    value_usd: { cell: 'coalesce(round(c.value_amount * fx.usd_per_unit, 2), 0)', type: 'numeric' },
  },
  join: RATE,
  // Before the rate look-ups: waits for an fx writer, whose rates the next statement then sees.
  before: 'LOCK TABLE shipment_monthly_rollup IN ROW EXCLUSIVE MODE;',
};

const FX_OPERATIONS: Record<string, { transition: string; changed: string }> = {
  insert: { transition: 'REFERENCING NEW TABLE AS new_rows', changed: 'SELECT currency, date FROM new_rows' },
  update: {
    transition: 'REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows',
    changed: 'SELECT currency, date FROM new_rows UNION ALL SELECT currency, date FROM old_rows',
  },
  delete: { transition: 'REFERENCING OLD TABLE AS old_rows', changed: 'SELECT currency, date FROM old_rows' },
};

/** The measures a rate change can move (the count cannot), and the key and measure SQL of a row `c`. */
const RATE_MEASURES = Object.entries(LOADING_PRICES.measures).filter(([name]) => name !== 'shipment_count');
const keyOf = (key: string) => LOADING_PRICES.keyCells?.[key] ?? `c.${key}`;
const tuple = (alias: string, columns: readonly string[]) =>
  `(${columns.map((column) => `${alias}.${column}`).join(', ')})`;

/**
 * The changed currencies' cells from the month of their earliest changed rate on, recomputed with
 * the same key and measure rules as the shipment triggers (LOADING_PRICES).
 */
function recomputeAfterRates(changed: string): string {
  const keys = LOADING_PRICES.keys;
  const measures = RATE_MEASURES.map(([name]) => name);
  return `
    LOCK TABLE shipment_monthly_rollup IN SHARE ROW EXCLUSIVE MODE;
    UPDATE shipment_monthly_loading_prices t
       SET ${measures.map((name) => `${name} = x.${name}`).join(', ')}
      FROM (
        SELECT ${keys.map((key) => `${keyOf(key)} AS ${key}`).join(', ')},
               ${RATE_MEASURES.map(([name, { cell, type }]) => `sum(${cell})::${type} AS ${name}`).join(', ')}
          FROM (SELECT currency, min(date) AS since FROM (${changed}) changed GROUP BY currency) changed
          JOIN shipments c
            ON c.payment_currency = changed.currency
           AND c.arrival_date >= date_trunc('month', changed.since::timestamp)::date
          ${RATE}
         GROUP BY ${keys.map((_, index) => index + 1).join(', ')}
      ) x
     WHERE ${tuple('t', keys)} = ${tuple('x', keys)}
       AND ${tuple('t', measures)} IS DISTINCT FROM ${tuple('x', measures)};`;
}

const WITHOUT_RATES = `
    LOCK TABLE shipment_monthly_rollup IN SHARE ROW EXCLUSIVE MODE;
    UPDATE shipment_monthly_loading_prices
       SET shipments_without_value = shipment_count, valued_tonnes = 0, valued_barrels = 0, value_usd = 0
     WHERE payment_currency NOT IN ('', 'USD');`;

export async function replaceRollupFxTruncate(queryRunner: QueryRunner, valued: boolean): Promise<void> {
  await queryRunner.query(`
    CREATE OR REPLACE FUNCTION fx_rates_rollup_after_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      LOCK TABLE shipment_monthly_rollup IN SHARE ROW EXCLUSIVE MODE;
      UPDATE shipment_monthly_rollup SET value_usd = 0, shipments_without_fx_rate = shipment_count${valued ? ', valued_tonnes = 0, valued_barrels = 0' : ''}
       WHERE payment_currency NOT IN ('', 'USD');
      RETURN NULL;
    END $$`);
}

export class CreateShipmentMonthlyLoadingPrices1767000000000 implements MigrationInterface {
  name = 'CreateShipmentMonthlyLoadingPrices1767000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "shipment_monthly_loading_prices" (
        "month" date NOT NULL,
        "departure_month" date NOT NULL,
        "destination_country" character varying(2) NOT NULL,
        "commodity" character varying(16) NOT NULL,
        "origin_country" character varying(2) NOT NULL,
        "price_basis" character varying(8) NOT NULL,
        "payment_currency" character varying(3) NOT NULL,${PRICE_MEASURE_COLUMNS}
        CONSTRAINT "PK_shipment_monthly_loading_prices" PRIMARY KEY ("month", "departure_month",
          "destination_country", "commodity", "origin_country", "price_basis", "payment_currency")
      ) WITH (fillfactor = 50)`);
    await deriveFromSource(queryRunner, LOADING_PRICES);
    for (const [operation, { transition, changed }] of Object.entries(FX_OPERATIONS)) {
      await this.fxTrigger(queryRunner, operation, transition, recomputeAfterRates(changed));
    }
    await this.fxTrigger(queryRunner, 'truncate', '', WITHOUT_RATES);
    await replaceRollupFxTruncate(queryRunner, true);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const operation of [...Object.keys(FX_OPERATIONS), 'truncate']) {
      await queryRunner.query(`DROP TRIGGER "fx_rates_loading_prices_${operation}" ON "fx_rates"`);
      await queryRunner.query(`DROP FUNCTION "fx_rates_loading_prices_after_${operation}"()`);
    }
    await dropDerived(queryRunner, LOADING_PRICES);
    await replaceRollupFxTruncate(queryRunner, false);
  }

  private async fxTrigger(
    queryRunner: QueryRunner,
    operation: string,
    transition: string,
    body: string,
  ): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION fx_rates_loading_prices_after_${operation}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${body}
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER fx_rates_loading_prices_${operation} AFTER ${operation.toUpperCase()} ON fx_rates
        ${transition} FOR EACH STATEMENT EXECUTE FUNCTION fx_rates_loading_prices_after_${operation}()`);
  }
}
