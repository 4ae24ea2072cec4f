import type { Granularity, PriceBasis, PriceMatch, ShipmentFilters } from '@tradeflow/domain';
import { shipmentWhere } from '../shipments/filters/shipment-where';
import { aggregateHolds } from './aggregate-coverage';
import { bucketSql } from './dimension-sql';
import { aggregateWhere, type DateRange, FX_RATE_JOIN, planSources } from './flow-source';
import { SqlParams } from './sql-params';

/*
 * The SQL of landed prices. Whole arrival months come from shipment_monthly_prices_by_origin when
 * nothing but dates, importer and origin narrow the view, from shipment_monthly_prices when the
 * commodity or price basis do, or from shipment_monthly_rollup when a filter needs a dimension those
 * lack (their value_usd and valued_tonnes/valued_barrels: the volume of the shipments that have a USD
 * value); cut months from the shipments table with the same rate rule (FX_RATE_JOIN), like the
 * other analytics. Loading-month matching needs each shipment's departure month: whole arrival
 * months come from shipment_monthly_loading_prices, which keeps it, and a filter that aggregate
 * lacks reads the shipments table.
 *
 * Each source row carries its match month (arrival month, or loading month); the benchmark's price of
 * that month is joined to it, so a discount compares every shipment with the benchmark of its own
 * month, weighted by its barrels, and a month without a price leaves its shipments out (counted).
 */

export interface PricesSqlQuery {
  filters: ShipmentFilters;
  priceBasis?: readonly PriceBasis[];
  benchmark: string | null;
  match: PriceMatch;
  granularity: Granularity;
  fiscalYearStartMonth: number;
}

export interface RawPriceRow {
  /** 0: (bucket, origin); 1: origin; 2: bucket; 3: all (bit 1: no bucket, bit 2: no origin). */
  grouping: number;
  bucket: string | null;
  origin: string | null;
  shipments: string;
  without_value: string;
  valued_tonnes: string;
  valued_barrels: string;
  value_usd: string;
  usd_per_barrel: string | null;
  usd_per_tonne: string | null;
  benchmark_usd_per_barrel: string | null;
  discount_usd_per_barrel: string | null;
  discount_percent: string | null;
  unmatched: string;
  first_day: string | null;
  last_day: string | null;
}

function needsRawTable(query: PricesSqlQuery): boolean {
  return !aggregateHolds(query.match === 'loading' ? 'loadingPrices' : 'rollup', query.filters);
}

const CELL_MEASURES = `s.shipment_count AS shipments, s.shipments_without_value AS without_value,
           s.valued_tonnes, s.valued_barrels, s.value_usd`;

interface AggregateSource {
  sql: string;
  /** Its rows are one per arrival month and origin: stage one has nothing to sum. */
  onePerMonthAndOrigin: boolean;
}

const arrivalCells = (table: string, onePerMonthAndOrigin: boolean): AggregateSource => ({
  sql: `SELECT s.month AS day, s.origin_country, s.month AS match_month, ${CELL_MEASURES}
      FROM ${table} s`,
  onePerMonthAndOrigin,
});

/** The aggregate rows of whole months: day and match month, origin, and the measures. */
function aggregateSource(query: PricesSqlQuery): AggregateSource {
  if (query.match === 'loading') {
    return {
      sql: `SELECT s.month AS day, s.origin_country, s.departure_month AS match_month, ${CELL_MEASURES}
      FROM shipment_monthly_loading_prices s`,
      onePerMonthAndOrigin: false,
    };
  }
  if (!query.priceBasis?.length && aggregateHolds('pricesByOriginTotal', query.filters)) {
    return arrivalCells('shipment_monthly_prices_by_origin_total', true);
  }
  if (!query.priceBasis?.length && aggregateHolds('pricesByOrigin', query.filters)) {
    return arrivalCells('shipment_monthly_prices_by_origin', query.filters.destination?.length === 1);
  }
  if (aggregateHolds('prices', query.filters)) return arrivalCells('shipment_monthly_prices', false);
  return {
    sql: `SELECT s.month AS day, s.origin_country, s.month AS match_month, s.shipment_count AS shipments,
           s.shipments_without_fx_rate + CASE WHEN s.payment_currency = '' THEN s.shipment_count ELSE 0 END AS without_value,
           s.valued_tonnes, s.valued_barrels, s.value_usd
      FROM shipment_monthly_rollup s`,
    onePerMonthAndOrigin: false,
  };
}

export function pricesSql(query: PricesSqlQuery): { sql: string; params: unknown[] } {
  const params = new SqlParams();
  const range: DateRange = { from: query.filters.from, to: query.filters.to };
  const plan = planSources(range, needsRawTable(query));
  const basis = () =>
    query.priceBasis?.length ? [`s.price_basis = ANY(${params.bind(query.priceBasis)}::text[])`] : [];

  const parts: string[] = [];
  // Whether the source rows are already stage one's: one per (bucket, origin, match month).
  let rowsAreStageOne = false;
  if (plan.rollupMonths) {
    const where = aggregateWhere(query.filters, plan.rollupMonths, params, basis());
    const source = aggregateSource(query);
    parts.push(`${source.sql}
     ${where}`);
    rowsAreStageOne = source.onePerMonthAndOrigin && plan.rawRanges.length === 0;
  }
  const matchDate = query.match === 'loading' ? 's.departure_date' : 's.arrival_date';
  for (const raw of plan.rawRanges) {
    const where = params.where({ ...query.filters, from: raw.from, to: raw.to }, shipmentWhere);
    const conditions = [where.replace(/^WHERE /, ''), ...basis()].filter((condition) => condition !== '');
    parts.push(`SELECT s.arrival_date AS day, s.origin_country,
           date_trunc('month', ${matchDate}::timestamp)::date AS match_month, 1 AS shipments,
           (fx.usd_per_unit IS NULL)::int AS without_value,
           CASE WHEN fx.usd_per_unit IS NULL THEN 0 ELSE s.volume_tonnes END AS valued_tonnes,
           CASE WHEN fx.usd_per_unit IS NULL THEN 0 ELSE s.volume_barrels END AS valued_barrels,
           coalesce(round(s.value_amount * fx.usd_per_unit, 2), 0) AS value_usd
      FROM shipments s
      ${FX_RATE_JOIN}
     ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}`);
  }
  const benchmarkMonths =
    query.benchmark === null
      ? 'SELECT NULL::date AS month, NULL::numeric AS usd_per_barrel WHERE false'
      : `SELECT date_trunc('month', p.date::timestamp)::date AS month, round(avg(p.usd_per_barrel), 6) AS usd_per_barrel
           FROM benchmark_prices p WHERE p.code = ${params.bind(query.benchmark)} GROUP BY 1`;
  const bucket = bucketSql(query.granularity, params, 'c.day', query.fiscalYearStartMonth);
  const matched = 'b.usd_per_barrel IS NOT NULL';

  // Stage one sums the source rows per (bucket, origin, match month) with plain sums, like the other
  // analytics. The benchmark joins that small result (one row per origin and month: its match month
  // is a key, so each row is matched or not as a whole), and the grouping sets run over it in the same
  // pass that splits matched from unmatched. Divisions are numeric, rounded once at the end.
  const sql = `
    WITH b AS (${benchmarkMonths}),
    c AS (
      SELECT ${bucket} AS bucket, c.origin_country AS origin, c.match_month,
             ${stageOneMeasures(rowsAreStageOne)}
        FROM (${parts.map((part) => `(${part})`).join(' UNION ALL ')}) c
       ${rowsAreStageOne ? '' : 'GROUP BY 1, 2, 3'}
    ),
    t AS (
      SELECT GROUPING(c.bucket) * 1 + GROUPING(c.origin) * 2 AS grouping, c.bucket, c.origin,
             min(c.first_day) AS first_day, max(c.last_day) AS last_day,
             sum(c.shipments) AS shipments, sum(c.without_value) AS without_value,
             sum(c.valued_tonnes) AS valued_tonnes, sum(c.valued_barrels) AS valued_barrels,
             sum(c.value_usd) AS value_usd,
             coalesce(sum(c.valued_barrels) FILTER (WHERE ${matched}), 0) AS matched_barrels,
             coalesce(sum(c.value_usd) FILTER (WHERE ${matched}), 0) AS matched_value_usd,
             coalesce(sum(c.valued_barrels * b.usd_per_barrel) FILTER (WHERE ${matched}), 0) AS benchmark_value_usd,
             coalesce(sum(c.shipments - c.without_value) FILTER (WHERE NOT (${matched})), 0) AS unmatched
        FROM c LEFT JOIN b ON b.month = c.match_month
       GROUP BY GROUPING SETS ((c.bucket, c.origin), (c.bucket), (c.origin), ())
    )
    SELECT grouping, bucket, origin,
           CASE WHEN grouping = 3 THEN first_day END AS first_day, CASE WHEN grouping = 3 THEN last_day END AS last_day,
           shipments, without_value, valued_tonnes, valued_barrels,
           value_usd, unmatched,
           round(value_usd / nullif(valued_barrels, 0), 4) AS usd_per_barrel,
           round(value_usd / nullif(valued_tonnes, 0), 2) AS usd_per_tonne,
           round(benchmark_value_usd / nullif(matched_barrels, 0), 4) AS benchmark_usd_per_barrel,
           round((matched_value_usd - benchmark_value_usd) / nullif(matched_barrels, 0), 4) AS discount_usd_per_barrel,
           round(100 * (matched_value_usd - benchmark_value_usd) / nullif(benchmark_value_usd, 0), 2) AS discount_percent
      FROM t`;
  return { sql, params: params.values };
}

function stageOneMeasures(rowsAreStageOne: boolean): string {
  const [first, last, sum] = rowsAreStageOne
    ? ['c.day', 'c.day', (column: string) => `c.${column}`]
    : ['min(c.day)', 'max(c.day)', (column: string) => `sum(c.${column})`];
  return `${first} AS first_day, ${last} AS last_day,
             ${sum('shipments')} AS shipments, ${sum('without_value')} AS without_value,
             ${sum('valued_tonnes')} AS valued_tonnes, ${sum('valued_barrels')} AS valued_barrels,
             ${sum('value_usd')} AS value_usd`;
}

/** The benchmark per bucket: the mean of its months' prices (a daily series: of each month's mean). */
export function benchmarkLineSql(
  code: string,
  granularity: Granularity,
  fiscalYearStartMonth: number,
  range: DateRange,
): { sql: string; params: unknown[] } {
  const params = new SqlParams();
  const conditions = [`p.code = ${params.bind(code)}`];
  if (range.from) conditions.push(`p.date >= date_trunc('month', ${params.bind(range.from)}::date)::date`);
  if (range.to) conditions.push(`p.date <= ${params.bind(range.to)}::date`);
  const bucket = bucketSql(granularity, params, 'm.month', fiscalYearStartMonth);
  const sql = `
    SELECT ${bucket} AS bucket, round(avg(m.usd_per_barrel), 4) AS usd_per_barrel
      FROM (SELECT date_trunc('month', p.date::timestamp)::date AS month, avg(p.usd_per_barrel) AS usd_per_barrel
              FROM benchmark_prices p WHERE ${conditions.join(' AND ')} GROUP BY 1) m
     GROUP BY 1 ORDER BY 1`;
  return { sql, params: params.values };
}
