import { bucketStart, COMMODITIES, nextBucket, NO_PORT_KEY, type ShipmentFilters } from '@tradeflow/domain';
import {
  ROLLUP_ROUTE_EXPRESSION,
  SHIPMENT_ROUTE_EXPRESSION,
  shipmentWhere,
} from '../shipments/filters/shipment-where';
import { aggregateHolds } from './aggregate-coverage';
import type { SqlParams } from './sql-params';

/*
 * Where the numbers come from. Sums over whole arrival months are read from
 * shipment_monthly_rollup (a few hundred rows per month instead of thousands of shipments); the
 * days of a month that `from`/`to` cut are read from the shipments table through its arrival-date
 * index. The rollup is maintained by triggers in the transaction of every write, so both parts are
 * always the same committed state: a read never lags a write that has returned.
 *
 * Only the shipments table can answer a text search (`q`), day or week buckets (weeks straddle
 * months) and load/discharge port filters (the rollup has no port columns), so those read the raw
 * table alone; the flow diagram's discharge-port groups come from shipment_monthly_flows. Fiscal
 * years are whole months, so they read the rollup like quarters and years.
 */

/** Inclusive arrival-date range; an absent end is open. */
export interface DateRange {
  from?: string;
  to?: string;
}

export interface SourcePlan {
  /** Whole months read from the rollup (first and last month start, inclusive), or none. */
  rollupMonths: DateRange | null;
  /** Arrival-date ranges read from the shipments table. */
  rawRanges: DateRange[];
}

export function planSources(range: DateRange, rawOnly: boolean): SourcePlan {
  const { from, to } = range;
  if (rawOnly) return { rollupMonths: null, rawRanges: [{ from, to }] };

  const firstFullMonth = from === undefined || isMonthStart(from) ? from : nextBucket(from, 'month');
  const lastFullMonth =
    to === undefined ? undefined : isMonthEnd(to) ? bucketStart(to, 'month') : previousMonth(to);
  if (firstFullMonth !== undefined && lastFullMonth !== undefined && firstFullMonth > lastFullMonth) {
    return { rollupMonths: null, rawRanges: [{ from, to }] };
  }
  const rawRanges: DateRange[] = [];
  if (from !== undefined && firstFullMonth !== from) rawRanges.push({ from, to: dayBefore(firstFullMonth!) });
  if (to !== undefined && !isMonthEnd(to)) rawRanges.push({ from: bucketStart(to, 'month'), to });
  return { rollupMonths: { from: firstFullMonth, to: lastFullMonth }, rawRanges };
}

function isMonthStart(date: string): boolean {
  return date.endsWith('-01');
}

function isMonthEnd(date: string): boolean {
  return isMonthStart(nextBucket(date, 'day'));
}

function previousMonth(date: string): string {
  return bucketStart(dayBefore(bucketStart(date, 'month')), 'month');
}

function dayBefore(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10);
}

/**
 * Columns every cell row has: day (arrival date, or the month for rollup rows), the dimensions
 * (payment_currency '' when none, transit_route 'UZ|AF' or '', destination_country), and the measures.
 */
const ROLLUP_SELECT = `SELECT s.month AS day, s.commodity, s.origin_country, s.payment_currency, s.transport_mode,
         s.transit_route, s.status, s.destination_country, s.chokepoint_route, s.shipment_count AS shipments,
         s.volume_tonnes AS tonnes,
         s.volume_barrels AS barrels, s.value_usd, s.shipments_without_fx_rate AS without_rate,
         CASE WHEN s.payment_currency = '' THEN s.shipment_count ELSE 0 END AS without_value
    FROM shipment_monthly_rollup s`;

/**
 * Cell rows of shipment_monthly_sea_lanes: the chokepoint sets by month, importer, commodity and
 * origin, with '' for the dimensions it does not keep (see aggregate-coverage.ts) and its stored count of
 * shipments without a value.
 */
const SEA_LANES_SELECT = `SELECT s.month AS day, s.commodity, s.origin_country, '' AS payment_currency, '' AS transport_mode,
         '' AS transit_route, '' AS status, s.destination_country, s.chokepoint_route, s.shipment_count AS shipments,
         s.volume_tonnes AS tonnes, s.volume_barrels AS barrels, s.value_usd,
         s.shipments_without_fx_rate AS without_rate, s.shipments_without_value AS without_value
    FROM shipment_monthly_sea_lanes s`;

/**
 * Cell rows of shipment_monthly_origin_currency: the rollup without its route columns and price
 * basis ('' for those; see aggregate-coverage.ts).
 */
const ORIGIN_CURRENCY_SELECT = `SELECT s.month AS day, s.commodity, s.origin_country, s.payment_currency, '' AS transport_mode,
         '' AS transit_route, s.status, s.destination_country, '' AS chokepoint_route, s.shipment_count AS shipments,
         s.volume_tonnes AS tonnes, s.volume_barrels AS barrels, s.value_usd,
         s.shipments_without_fx_rate AS without_rate,
         CASE WHEN s.payment_currency = '' THEN s.shipment_count ELSE 0 END AS without_value
    FROM shipment_monthly_origin_currency s`;

/**
 * The aggregate whole months are read from: every dimension (rollup), chokepoints with few others
 * (seaLanes), or everything but the route columns and price basis (originCurrency).
 */
export type CellAggregate = 'rollup' | 'seaLanes' | 'originCurrency';

const CELL_SELECTS: Record<CellAggregate, string> = {
  rollup: ROLLUP_SELECT,
  seaLanes: SEA_LANES_SELECT,
  originCurrency: ORIGIN_CURRENCY_SELECT,
};

/** `fx.usd_per_unit` of each shipment `s`: the rate its USD value is computed with (rule below). */
export const FX_RATE_JOIN = `LEFT JOIN LATERAL (
      SELECT CASE WHEN s.payment_currency = 'USD' THEN 1::numeric ELSE (
        SELECT r.usd_per_unit FROM fx_rates r
         WHERE r.currency = s.payment_currency AND r.date <= s.arrival_date
         ORDER BY r.date DESC LIMIT 1) END AS usd_per_unit
    ) fx ON true`;

// The rate rule of migration CreateShipmentMonthlyRollup: USD is 1, another currency takes its latest
// rate on or before the arrival date (one backward probe of PK_fx_rates), else NULL. The value is
// rounded to the cent per shipment there and here, so the rollup and raw parts add up alike.
const RAW_SELECT_WITH_VALUE = `SELECT s.arrival_date AS day, s.commodity, s.origin_country,
         coalesce(s.payment_currency, '') AS payment_currency, s.transport_mode,
         array_to_string(s.transit_countries, '|') AS transit_route, s.status, s.destination_country,
         array_to_string(s.chokepoints_passed, '|') AS chokepoint_route,
         1::bigint AS shipments, s.volume_tonnes AS tonnes, s.volume_barrels AS barrels,
         coalesce(round(s.value_amount * fx.usd_per_unit, 2), 0) AS value_usd,
         (s.value_amount IS NOT NULL AND fx.usd_per_unit IS NULL)::int AS without_rate,
         (s.payment_currency IS NULL)::int AS without_value
    FROM shipments s
    ${FX_RATE_JOIN}`;

const RAW_SELECT_WITHOUT_VALUE = `SELECT s.arrival_date AS day, s.commodity, s.origin_country,
         coalesce(s.payment_currency, '') AS payment_currency, s.transport_mode,
         array_to_string(s.transit_countries, '|') AS transit_route, s.status, s.destination_country,
         array_to_string(s.chokepoints_passed, '|') AS chokepoint_route,
         1::bigint AS shipments, s.volume_tonnes AS tonnes, s.volume_barrels AS barrels, 0::numeric AS value_usd, 0 AS without_rate,
         (s.payment_currency IS NULL)::int AS without_value
    FROM shipments s`;

/**
 * Rows of shipment_monthly_by_dimension (per importer) or of shipment_monthly_by_dimension_total (all
 * importers): day (the month), the group key, the measures.
 */
const byDimensionSelect = (
  table: string,
) => `SELECT n.month AS day, n.key, n.shipment_count AS shipments, n.volume_tonnes AS tonnes,
         n.volume_barrels AS barrels, n.value_usd, n.shipments_without_fx_rate AS without_rate,
         n.shipments_without_value AS without_value
    FROM ${table} n`;

export const MEASURE_COLUMNS = 'shipments, tonnes, barrels, value_usd, without_rate, without_value';

/**
 * The cell rows that match the filters (rollup cells of whole months and raw rows of cut months,
 * UNION ALL), with the dimension columns of shipments; see the columns above.
 */
export function cellSourceSql(
  filters: ShipmentFilters,
  plan: SourcePlan,
  params: SqlParams,
  options: { withValue: boolean; aggregate?: CellAggregate },
): string {
  const parts: string[] = [];
  if (plan.rollupMonths) {
    const select = CELL_SELECTS[options.aggregate ?? 'rollup'];
    parts.push(`${select} ${aggregateWhere(filters, plan.rollupMonths, params)}`);
  }
  parts.push(...rawParts(filters, plan, params, options));
  return unionAll(parts);
}

/**
 * Rows with a ready group key: whole months from shipment_monthly_by_dimension (no filter other than
 * the dates and the importing country allowed: its rows are split by destination_country) or, with no
 * importer chosen, from its sum over all importers; cut months from the raw table with `rawKey`
 * computed over their columns `f`.
 */
export function dimensionSourceSql(
  dimension: string,
  rawKey: string,
  filters: ShipmentFilters,
  plan: SourcePlan,
  params: SqlParams,
  options: { withValue: boolean },
): string {
  const parts: string[] = [];
  if (plan.rollupMonths) {
    const conditions = [
      `n.dimension = ${params.bind(dimension)}`,
      ...monthBounds('n', plan.rollupMonths, params),
    ];
    // Without an importer filter the groups summed over all importers answer.
    let table = 'shipment_monthly_by_dimension_total';
    if (filters.destination?.length) {
      table = 'shipment_monthly_by_dimension';
      conditions.push(`n.destination_country = ANY(${params.bind(filters.destination)}::text[])`);
    }
    parts.push(`${byDimensionSelect(table)} WHERE ${conditions.join(' AND ')}`);
  }
  for (const raw of rawParts(filters, plan, params, options)) {
    parts.push(
      `SELECT f.day, ${rawKey} AS key, ${MEASURE_COLUMNS.replace(/(\w+)/g, 'f.$1')} FROM (${raw}) f`,
    );
  }
  return unionAll(parts);
}

const FLOWS_AGGREGATE_SELECT = `SELECT s.origin_country::text AS origin, ${ROLLUP_ROUTE_EXPRESSION} AS route,
         CASE s.discharge_port WHEN '' THEN '${NO_PORT_KEY}' ELSE s.discharge_port::text END AS port,
         s.shipment_count AS shipments, s.volume_tonnes AS tonnes, s.volume_barrels AS barrels
    FROM shipment_monthly_flows s`;

const FLOWS_RAW_SELECT = `SELECT s.origin_country::text AS origin, ${SHIPMENT_ROUTE_EXPRESSION} AS route,
         coalesce(s.discharge_port::text, '${NO_PORT_KEY}') AS port,
         1::bigint AS shipments, s.volume_tonnes AS tonnes, s.volume_barrels AS barrels
    FROM shipments s`;

/**
 * Rows (origin, route key, port key, shipments, tonnes, barrels) of the selection: whole months from
 * shipment_monthly_flows, the days of cut months from the shipments table, or everything from there
 * when a filter is one the aggregate lacks (currency, ports, text).
 */
export function flowCellsSql(filters: ShipmentFilters, params: SqlParams): string {
  const plan = planSources({ from: filters.from, to: filters.to }, !aggregateHolds('flows', filters));
  const parts: string[] = [];
  if (plan.rollupMonths) {
    parts.push(`${FLOWS_AGGREGATE_SELECT} ${aggregateWhere(filters, plan.rollupMonths, params)}`);
  }
  for (const range of plan.rawRanges) {
    const where = params.where({ ...filters, from: range.from, to: range.to }, shipmentWhere);
    parts.push(`${FLOWS_RAW_SELECT} ${where}`);
  }
  return unionAll(parts);
}

/**
 * The WHERE over an aggregate `s` for its whole months `months`. The aggregates have the dimension
 * columns of shipments under the same names, so the shared filter SQL applies to them as it is
 * (routes read the rollup's transit_route); the dates become month bounds; `extra` adds conditions
 * on key columns of its own.
 */
export function aggregateWhere(
  filters: ShipmentFilters,
  months: DateRange,
  params: SqlParams,
  extra: readonly string[] = [],
): string {
  const where = params.where({ ...filters, from: undefined, to: undefined, q: undefined }, (f, p) =>
    shipmentWhere(f, p, { routeExpression: ROLLUP_ROUTE_EXPRESSION }),
  );
  return joinConditions(where, [...extra, ...monthBounds('s', months, params)]);
}

function rawParts(
  filters: ShipmentFilters,
  plan: SourcePlan,
  params: SqlParams,
  options: { withValue: boolean },
): string[] {
  return plan.rawRanges.map((range) => {
    const where = params.where({ ...filters, from: range.from, to: range.to }, shipmentWhere);
    return `${options.withValue ? RAW_SELECT_WITH_VALUE : RAW_SELECT_WITHOUT_VALUE} ${where}`;
  });
}

function monthBounds(alias: string, months: DateRange, params: SqlParams): string[] {
  return [
    months.from === undefined ? null : `${alias}.month >= ${params.bind(months.from)}::date`,
    months.to === undefined ? null : `${alias}.month <= ${params.bind(months.to)}::date`,
  ].filter((condition): condition is string => condition !== null);
}

function unionAll(parts: string[]): string {
  return parts.map((part) => `(${part})`).join('\n  UNION ALL\n  ');
}

function joinConditions(where: string, extra: string[]): string {
  const conditions = [where.replace(/^WHERE /, ''), ...extra].filter((condition) => condition !== '');
  return conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
}

/** The filters official statistics can answer (the others are refused up front: officialSourceProblems). */
export type OfficialFilters = Pick<ShipmentFilters, 'from' | 'to' | 'commodity' | 'origin' | 'destination'>;

/**
 * Official statistics (official_trade_flows) as cell rows with the columns of the cargo sources:
 * the month as the day, the partner as the origin, no currency, mode or route (''), all delivered,
 * one "shipment" per stored flow, barrels by the commodity's published factor. A month counts when
 * it overlaps from/to: official figures are monthly and cannot be cut by day.
 */
export function officialSourceSql(filters: OfficialFilters, params: SqlParams): string {
  const factors = COMMODITIES.map(
    (commodity) =>
      `WHEN ${params.bind(commodity.code)} THEN ${params.bind(String(commodity.barrelsPerTonne))}::numeric`,
  ).join(' ');
  return `SELECT o.month AS day, o.commodity, o.partner_country AS origin_country,
         o.importer_country AS destination_country, '' AS payment_currency, '' AS transport_mode,
         '' AS transit_route, '' AS chokepoint_route, 'delivered' AS status, 1::bigint AS shipments, o.volume_tonnes AS tonnes,
         round(o.volume_tonnes * CASE o.commodity::text ${factors} END, 3) AS barrels, o.value_usd,
         0 AS without_rate, 0 AS without_value
    FROM official_trade_flows o ${officialWhere(filters, params)}`;
}

/** WHERE over official_trade_flows `o`; the importer is the destination of the cargo filters. */
export function officialWhere(filters: OfficialFilters, params: SqlParams): string {
  const conditions = [
    filters.from ? `o.month >= date_trunc('month', ${params.bind(filters.from)}::date)::date` : null,
    filters.to ? `o.month <= ${params.bind(filters.to)}::date` : null,
    filters.commodity?.length ? `o.commodity = ANY(${params.bind(filters.commodity)}::text[])` : null,
    filters.origin?.length ? `o.partner_country = ANY(${params.bind(filters.origin)}::text[])` : null,
    filters.destination?.length
      ? `o.importer_country = ANY(${params.bind(filters.destination)}::text[])`
      : null,
  ].filter((condition): condition is string => condition !== null);
  return conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
}
