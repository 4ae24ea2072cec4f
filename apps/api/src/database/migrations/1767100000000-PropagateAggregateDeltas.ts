import type { MigrationInterface, QueryRunner } from 'typeorm';
import { replaceByDimensionFunctions } from './1766600000000-AddChokepointsRiskScoresAndProduction';
import {
  PRICES_SHAPE,
  replaceTriggerFunctions,
  withChokepoints,
} from './1766650000000-AddShipmentPriceBasis';
import { BY_DIMENSION_TOTAL } from './1766800000000-AddAllImporterTotals';
import { SEA_LANES } from './1766800000001-CreateShipmentMonthlySeaLanes';
import { PRICES } from './1766800000002-CreateShipmentMonthlyPrices';
import { ORIGIN_CURRENCY } from './1766800000003-CreateShipmentMonthlyOriginCurrency';
import { FLOWS } from './1766900000000-CreateShipmentMonthlyFlows';
import { LOADING_PRICES, replaceRollupFxTruncate } from './1767000000000-CreateShipmentMonthlyLoadingPrices';
import { PRICES_BY_ORIGIN } from './1767000000001-CreateShipmentMonthlyPricesByOrigin';
import { PRICES_BY_ORIGIN_TOTAL } from './1767000000002-CreateShipmentMonthlyPricesByOriginTotal';
import {
  createDerivedTriggers,
  deltas,
  type DerivedAggregate,
  dropDerivedTriggers,
  propagateDeltas,
  removeEmptyCells,
} from './derived-aggregate-sql';

/*
 * One statement per write keeps every aggregate, instead of a chain of triggers.
 *
 * Before, each aggregate had statement triggers on its source: three on `shipments` (the rollup, the
 * flows, the loading-month prices), each reading the written rows and two of them looking up a rate
 * per row, and the others on the rollup or on another aggregate, each reading its source's old and
 * new rows (an upsert of N cells hands a child 2N rows). A bulk load paid for every one of them.
 *
 * Now a write to `shipments` runs one statement: the written rows are summed once, with one rate
 * look-up per row, into `shipment_cells` (the rollup's keys plus the departure month and the
 * discharge port, which the loading-month prices and the flows need); every aggregate's deltas are
 * then summed from its source's deltas (the rollup, the flows and the loading-month prices from the
 * cells, the others from the rollup or from one another) and upserted. A rate change computes the
 * rollup's deltas (the recomputed value columns minus the stored ones) and runs the same statement
 * for the aggregates under the rollup. The loading-month prices keep their own rate triggers; the
 * TRUNCATE triggers are unchanged.
 *
 * A later aggregate is added to AGGREGATES and the functions are created again (installPropagation).
 */

const ROLLUP_KEYS = withChokepoints(PRICES_SHAPE, true).keys;
const ROLLUP_MEASURES = [
  'shipment_count',
  'volume_tonnes',
  'volume_barrels',
  'value_usd',
  'shipments_without_fx_rate',
  'valued_tonnes',
  'valued_barrels',
] as const;
const BIGINT_MEASURES = new Set(['shipment_count', 'shipments_without_fx_rate']);
/** The measures a rate change can move. */
const RATE_MEASURES = ROLLUP_MEASURES.filter(
  (name) => !['shipment_count', 'volume_tonnes', 'volume_barrels'].includes(name),
);

const summed = (names: readonly string[]): DerivedAggregate['measures'] =>
  Object.fromEntries(
    names.map((name) => [
      name,
      { cell: `c.${name}`, type: BIGINT_MEASURES.has(name) ? 'bigint' : 'numeric' },
    ]),
  );

const valued = (column: string) => ({
  cell: `CASE WHEN fx.usd_per_unit IS NULL THEN 0 ELSE ${column} END`,
  type: 'numeric' as const,
});

/**
 * The written shipments summed per rollup key, departure month and discharge port, with the rollup's
 * rate rule (USD is 1, another currency its latest rate on or before the arrival date, the value
 * rounded to the cent per shipment). Not a table: the first step of every write's sums.
 */
const SHIPMENT_CELLS: DerivedAggregate = {
  table: 'shipment_cells',
  source: 'shipments',
  keys: [...ROLLUP_KEYS, 'departure_month', 'discharge_port'],
  keyCells: {
    month: `date_trunc('month', c.arrival_date::timestamp)::date`,
    payment_currency: `coalesce(c.payment_currency, '')`,
    transit_route: `array_to_string(c.transit_countries, '|')`,
    chokepoint_route: `array_to_string(c.chokepoints_passed, '|')`,
    departure_month: `coalesce(date_trunc('month', c.departure_date::timestamp)::date, 'infinity'::date)`,
    discharge_port: `coalesce(c.discharge_port, '')`,
  },
  measures: {
    shipment_count: { cell: '1', type: 'bigint' },
    volume_tonnes: { cell: 'c.volume_tonnes', type: 'numeric' },
    volume_barrels: { cell: 'c.volume_barrels', type: 'numeric' },
    value_usd: { cell: 'coalesce(round(c.value_amount * fx.usd_per_unit, 2), 0)', type: 'numeric' },
    shipments_without_fx_rate: {
      cell: '(c.value_amount IS NOT NULL AND fx.usd_per_unit IS NULL)::int',
      type: 'bigint',
    },
    valued_tonnes: valued('c.volume_tonnes'),
    valued_barrels: valued('c.volume_barrels'),
  },
  join: LOADING_PRICES.join,
};

const ROLLUP: DerivedAggregate = {
  table: 'shipment_monthly_rollup',
  source: SHIPMENT_CELLS.table,
  keys: ROLLUP_KEYS,
  measures: summed(ROLLUP_MEASURES),
};

/** Each rollup cell counted once per dimension (origin, currency, ...) under the API's group key. */
const BY_DIMENSION: DerivedAggregate = {
  table: 'shipment_monthly_by_dimension',
  source: ROLLUP.table,
  keys: ['dimension', 'month', 'destination_country', 'key'],
  keyCells: { dimension: 'd.dimension', key: 'd.key' },
  join: `CROSS JOIN LATERAL (VALUES
        ('origin', c.origin_country::text),
        ('currency', CASE WHEN c.payment_currency = '' THEN 'none' ELSE c.payment_currency::text END),
        ('commodity', c.commodity::text),
        ('mode', c.transport_mode::text),
        ('route', c.transport_mode || CASE WHEN c.transit_route = '' THEN '' ELSE ' via ' || c.transit_route END),
        ('destination', c.destination_country::text),
        ('chokepoint', c.chokepoint_route)
      ) AS d (dimension, key)`,
  measures: {
    ...summed([
      'shipment_count',
      'volume_tonnes',
      'volume_barrels',
      'value_usd',
      'shipments_without_fx_rate',
    ]),
    shipments_without_value: {
      cell: `CASE WHEN c.payment_currency = '' THEN c.shipment_count ELSE 0 END`,
      type: 'bigint',
    },
  },
};

const FLOWS_FROM_CELLS: DerivedAggregate = {
  table: FLOWS.table,
  source: SHIPMENT_CELLS.table,
  keys: FLOWS.keys,
  measures: summed(['shipment_count', 'volume_tonnes', 'volume_barrels']),
};

const LOADING_PRICES_FROM_CELLS: DerivedAggregate = {
  table: LOADING_PRICES.table,
  source: SHIPMENT_CELLS.table,
  keys: LOADING_PRICES.keys,
  measures: {
    shipment_count: { cell: 'c.shipment_count', type: 'bigint' },
    shipments_without_value: {
      cell: `c.shipments_without_fx_rate + CASE WHEN c.payment_currency = '' THEN c.shipment_count ELSE 0 END`,
      type: 'bigint',
    },
    ...summed(['valued_tonnes', 'valued_barrels', 'value_usd']),
  },
};

/** Every aggregate of a shipment write, each summed from the deltas of its source. */
export const AGGREGATES: readonly DerivedAggregate[] = [
  ROLLUP,
  FLOWS_FROM_CELLS,
  LOADING_PRICES_FROM_CELLS,
  BY_DIMENSION,
  BY_DIMENSION_TOTAL,
  SEA_LANES,
  PRICES,
  ORIGIN_CURRENCY,
  PRICES_BY_ORIGIN,
  PRICES_BY_ORIGIN_TOTAL,
];

/** The aggregates that had triggers of their own on their source, in the DerivedAggregate form. */
const TRIGGERED: readonly DerivedAggregate[] = [
  BY_DIMENSION_TOTAL,
  SEA_LANES,
  PRICES,
  ORIGIN_CURRENCY,
  FLOWS,
  LOADING_PRICES,
  PRICES_BY_ORIGIN,
  PRICES_BY_ORIGIN_TOTAL,
];

const OLD_MONTHS = `SELECT DISTINCT date_trunc('month', o.arrival_date::timestamp)::date FROM old_rows o`;

const SHIPMENT_WRITES: Record<string, { transition: string; rows: string; empties: boolean }> = {
  insert: {
    transition: 'REFERENCING NEW TABLE AS new_rows',
    rows: 'SELECT n.*, 1 AS sign FROM new_rows n',
    empties: false,
  },
  update: {
    transition: 'REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows',
    rows: 'SELECT n.*, 1 AS sign FROM new_rows n UNION ALL SELECT o.*, -1 AS sign FROM old_rows o',
    empties: true,
  },
  delete: {
    transition: 'REFERENCING OLD TABLE AS old_rows',
    rows: 'SELECT o.*, -1 AS sign FROM old_rows o',
    empties: true,
  },
};

const tuple = (alias: string, columns: readonly string[]) =>
  `(${columns.map((column) => `${alias}.${column}`).join(', ')})`;

/**
 * The rollup's deltas after a rate change: per cell of a changed currency from the month of its
 * earliest changed rate on, the recomputed value columns minus the stored ones.
 */
function rollupDeltasAfterRates(changed: string): string {
  const recomputed = deltas(
    { ...SHIPMENT_CELLS, keys: ROLLUP_KEYS },
    `SELECT c.*
       FROM (SELECT currency, min(date) AS since FROM (${changed}) changed GROUP BY currency) changed
       JOIN shipments c
         ON c.payment_currency = changed.currency
        AND c.arrival_date >= date_trunc('month', changed.since::timestamp)::date`,
    { signed: false },
  );
  return rollupDeltasTo(
    `JOIN (${recomputed}) x ON ${tuple('r', ROLLUP_KEYS)} = ${tuple('x', ROLLUP_KEYS)}`,
    'x',
  );
}

/** After all rates are removed: no cell of another currency than USD has a value. */
const ROLLUP_DELTAS_WITHOUT_RATES = rollupDeltasTo(
  `CROSS JOIN LATERAL (SELECT 0 AS value_usd, r.shipment_count AS shipments_without_fx_rate,
                              0 AS valued_tonnes, 0 AS valued_barrels) x`,
  'x',
  `r.payment_currency NOT IN ('', 'USD')`,
);

function rollupDeltasTo(join: string, alias: string, where = 'true'): string {
  const moved = RATE_MEASURES.map(
    (name) =>
      `(${alias}.${name} - r.${name})::${BIGINT_MEASURES.has(name) ? 'bigint' : 'numeric'} AS ${name}`,
  );
  return `
    SELECT ${ROLLUP_KEYS.map((key) => `r.${key}`).join(', ')},
           0::bigint AS shipment_count, 0::numeric AS volume_tonnes, 0::numeric AS volume_barrels,
           ${moved.join(', ')}
      FROM shipment_monthly_rollup r
      ${join}
     WHERE ${where} AND ${tuple('r', RATE_MEASURES)} IS DISTINCT FROM ${tuple(alias, RATE_MEASURES)}
     ORDER BY ${ROLLUP_KEYS.map((key) => `r.${key}`).join(', ')}`;
}

const FX_WRITES: Record<string, string> = {
  insert: rollupDeltasAfterRates('SELECT currency, date FROM new_rows'),
  update: rollupDeltasAfterRates(
    'SELECT currency, date FROM new_rows UNION ALL SELECT currency, date FROM old_rows',
  ),
  delete: rollupDeltasAfterRates('SELECT currency, date FROM old_rows'),
  truncate: ROLLUP_DELTAS_WITHOUT_RATES,
};

function triggerFunction(name: string, lock: string, body: string): string {
  return `
    CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      ${lock}
      ${body}
      RETURN NULL;
    END $$`;
}

/** The shipment and rate functions that keep `aggregates` (see the comment at the top). */
export async function installPropagation(
  queryRunner: QueryRunner,
  aggregates: readonly DerivedAggregate[],
): Promise<void> {
  for (const [operation, { rows, empties }] of Object.entries(SHIPMENT_WRITES)) {
    const propagate = propagateDeltas(
      {
        aggregate: SHIPMENT_CELLS,
        // Not stored, so no lock order to keep: PostgreSQL may hash instead of sorting the written rows.
        deltas: deltas(SHIPMENT_CELLS, rows, { ordered: false }),
        stored: false,
      },
      aggregates,
    );
    await queryRunner.query(
      triggerFunction(
        `shipment_aggregates_after_${operation}`,
        // Before the rate look-ups: waits for a rate writer, whose rates the next statement then sees.
        'LOCK TABLE shipment_monthly_rollup IN ROW EXCLUSIVE MODE;',
        `${propagate}${empties ? removeEmptyCells(SHIPMENT_CELLS.table, aggregates, OLD_MONTHS, false) : ''}`,
      ),
    );
  }
  for (const [operation, rollupDeltas] of Object.entries(FX_WRITES)) {
    await queryRunner.query(
      triggerFunction(
        `fx_rates_rollup_after_${operation}`,
        'LOCK TABLE shipment_monthly_rollup IN SHARE ROW EXCLUSIVE MODE;',
        propagateDeltas({ aggregate: ROLLUP, deltas: rollupDeltas, stored: true }, aggregates),
      ),
    );
  }
}

const OLD_SHIPMENT_TRIGGERS: Record<string, string> = {
  insert: 'REFERENCING NEW TABLE AS new_rows',
  update: 'REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows',
  delete: 'REFERENCING OLD TABLE AS old_rows',
};
const OLD_ROLLUP_TRIGGERS: Record<string, string> = {
  insert: 'REFERENCING NEW TABLE AS new_cells',
  update: 'REFERENCING NEW TABLE AS new_cells OLD TABLE AS old_cells',
  delete: 'REFERENCING OLD TABLE AS old_cells',
};

export class PropagateAggregateDeltas1767100000000 implements MigrationInterface {
  name = 'PropagateAggregateDeltas1767100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const operation of Object.keys(SHIPMENT_WRITES)) {
      await queryRunner.query(`DROP TRIGGER "shipments_rollup_${operation}" ON "shipments"`);
      await queryRunner.query(`DROP FUNCTION "shipment_rollup_after_${operation}"()`);
      await queryRunner.query(`DROP TRIGGER "rollup_by_dimension_${operation}" ON "shipment_monthly_rollup"`);
      await queryRunner.query(`DROP FUNCTION "rollup_by_dimension_after_${operation}"()`);
    }
    for (const aggregate of TRIGGERED) await dropDerivedTriggers(queryRunner, aggregate);
    await installPropagation(queryRunner, AGGREGATES);
    for (const [operation, { transition }] of Object.entries(SHIPMENT_WRITES)) {
      await queryRunner.query(`
        CREATE TRIGGER shipments_aggregates_${operation} AFTER ${operation.toUpperCase()} ON shipments
          ${transition} FOR EACH STATEMENT EXECUTE FUNCTION shipment_aggregates_after_${operation}()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const operation of Object.keys(SHIPMENT_WRITES)) {
      await queryRunner.query(`DROP TRIGGER "shipments_aggregates_${operation}" ON "shipments"`);
      await queryRunner.query(`DROP FUNCTION "shipment_aggregates_after_${operation}"()`);
    }
    // The earlier functions (the rollup's shipment and rate functions, the by-dimension ones) and triggers.
    await replaceTriggerFunctions(queryRunner, withChokepoints(PRICES_SHAPE, true));
    await replaceRollupFxTruncate(queryRunner, true);
    await replaceByDimensionFunctions(queryRunner);
    for (const operation of Object.keys(SHIPMENT_WRITES)) {
      await queryRunner.query(`
        CREATE TRIGGER shipments_rollup_${operation} AFTER ${operation.toUpperCase()} ON shipments
          ${OLD_SHIPMENT_TRIGGERS[operation]} FOR EACH STATEMENT EXECUTE FUNCTION shipment_rollup_after_${operation}()`);
      await queryRunner.query(`
        CREATE TRIGGER rollup_by_dimension_${operation} AFTER ${operation.toUpperCase()} ON shipment_monthly_rollup
          ${OLD_ROLLUP_TRIGGERS[operation]} FOR EACH STATEMENT EXECUTE FUNCTION rollup_by_dimension_after_${operation}()`);
    }
    for (const aggregate of TRIGGERED) await createDerivedTriggers(queryRunner, aggregate);
  }
}
