import type { Granularity, GroupBy, ScenarioExclusion, ShipmentFilters } from '@tradeflow/domain';
import { bucketSql, groupKeySql, regionJoinSql } from './dimension-sql';
import { type DateRange, planSources, sourceSql } from './flow-source';
import { SqlParams } from './sql-params';

export type FlowDimension = 'bucket' | 'key' | 'excluded';

export interface FlowQuery {
  filters: ShipmentFilters;
  /** Needed when a grouping set holds `bucket`. */
  granularity?: Granularity;
  fiscalYearStartMonth?: number;
  /** Needed when a grouping set holds `key`. */
  groupBy?: GroupBy;
  /** Needed when a grouping set holds `excluded`: a row is excluded when it matches any item. */
  exclusions?: readonly ScenarioExclusion[];
  /** GROUP BY GROUPING SETS: totals come from PostgreSQL, exact, in the same statement. */
  groupingSets: FlowDimension[][];
  /** Compute value_usd (needs the fx look-up on raw rows). */
  withValue: boolean;
}

/** One aggregated row; a dimension that is not part of the row's grouping set is null. */
export interface FlowRow {
  /** The dimensions of the grouping set this row belongs to. */
  groupedBy: ReadonlySet<FlowDimension>;
  bucket: string | null;
  key: string | null;
  excluded: boolean | null;
  shipments: number;
  /** numeric as an exact decimal string */
  tonnes: string;
  barrels: string;
  /** Rounded to the cent. */
  valueUsd: string;
  withoutRate: number;
  withoutValue: number;
  /** Earliest and latest day (month start for rollup rows) in the group; null when empty. */
  firstDay: string | null;
  lastDay: string | null;
}

interface RawFlowRow {
  bucket: string | null;
  key: string | null;
  excluded: boolean | null;
  grouped_bucket: number | null;
  grouped_key: number | null;
  grouped_excluded: number | null;
  shipments: number;
  tonnes: string;
  barrels: string;
  value_usd: string;
  without_rate: number;
  without_value: number;
  first_day: string | null;
  last_day: string | null;
}

/** Day and week buckets straddle months, and text search needs the rows: raw table only. */
export function needsRawTable(query: Pick<FlowQuery, 'filters' | 'granularity' | 'groupingSets'>): boolean {
  const bucketed = query.groupingSets.some((set) => set.includes('bucket'));
  const fine = bucketed && (query.granularity === 'day' || query.granularity === 'week');
  return fine || Boolean(query.filters.q?.trim());
}

export function flowSql(query: FlowQuery): { sql: string; params: unknown[] } {
  const params = new SqlParams();
  const used = new Set(query.groupingSets.flat());
  const range: DateRange = { from: query.filters.from, to: query.filters.to };
  const source = sourceSql(query.filters, planSources(range, needsRawTable(query)), params, {
    withValue: query.withValue,
  });

  const columns: Record<FlowDimension, string> = {
    bucket: used.has('bucket')
      ? bucketSql(required(query.granularity, 'granularity'), params, query.fiscalYearStartMonth)
      : 'NULL::date',
    key: used.has('key') ? groupKeySql(required(query.groupBy, 'groupBy')) : 'NULL::text',
    excluded: used.has('excluded')
      ? excludedSql(required(query.exclusions, 'exclusions'), params)
      : 'NULL::boolean',
  };
  const needsRegions =
    (used.has('key') && query.groupBy === 'region') ||
    (used.has('excluded') && query.exclusions?.some((item) => item.dimension === 'region'));
  const dimensions = [...used];
  const sets = query.groupingSets.map((set) => `(${set.join(', ')})`).join(', ');
  const grouped = (name: FlowDimension) =>
    used.has(name) ? `GROUPING(${name}) AS grouped_${name}` : `NULL::int AS grouped_${name}`;

  const sql = `
    SELECT ${used.has('bucket') ? 'bucket' : 'NULL::date AS bucket'},
           ${used.has('key') ? 'key' : 'NULL::text AS key'},
           ${used.has('excluded') ? 'excluded' : 'NULL::boolean AS excluded'},
           ${grouped('bucket')}, ${grouped('key')}, ${grouped('excluded')},
           coalesce(sum(shipments), 0)::bigint AS shipments,
           coalesce(sum(tonnes), 0) AS tonnes,
           coalesce(sum(barrels), 0) AS barrels,
           round(coalesce(sum(value_usd), 0), 2) AS value_usd,
           coalesce(sum(without_rate), 0)::bigint AS without_rate,
           coalesce(sum(shipments) FILTER (WHERE payment_currency = ''), 0)::bigint AS without_value,
           min(day) AS first_day,
           max(day) AS last_day
      FROM (
        SELECT ${columns.bucket} AS bucket, ${columns.key} AS key, ${columns.excluded} AS excluded, f.*
          FROM (
            ${source}
          ) f
          ${needsRegions ? regionJoinSql(params) : ''}
      ) x
     GROUP BY ${dimensions.length ? `GROUPING SETS (${sets})` : '()'}`;
  return { sql, params: params.values };
}

function excludedSql(exclusions: readonly ScenarioExclusion[], params: SqlParams): string {
  const keysByDimension = new Map<GroupBy, string[]>();
  for (const { dimension, key } of exclusions) {
    keysByDimension.set(dimension, [...(keysByDimension.get(dimension) ?? []), key]);
  }
  const conditions = [...keysByDimension].map(
    ([dimension, keys]) => `(${groupKeySql(dimension)}) = ANY(${params.bind(keys)}::text[])`,
  );
  return conditions.length ? `(${conditions.join(' OR ')})` : 'false';
}

function required<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw new Error(`flow query: ${name} is required by the grouping sets`);
  return value;
}

/** Raw rows -> FlowRow with the dimensions that are not in the row's grouping set nulled. */
export function toFlowRows(rows: RawFlowRow[]): FlowRow[] {
  return rows.map((row) => ({
    groupedBy: new Set(
      (['bucket', 'key', 'excluded'] as const).filter((dimension) => row[`grouped_${dimension}`] === 0),
    ),
    bucket: row.grouped_bucket === 0 ? row.bucket : null,
    key: row.grouped_key === 0 ? row.key : null,
    excluded: row.grouped_excluded === 0 ? row.excluded : null,
    shipments: row.shipments,
    tonnes: row.tonnes,
    barrels: row.barrels,
    valueUsd: row.value_usd,
    withoutRate: row.without_rate,
    withoutValue: row.without_value,
    firstDay: row.first_day,
    lastDay: row.last_day,
  }));
}

/** Which grouping set a row belongs to, by the dimensions it carries. */
export function isSet(row: FlowRow, ...dimensions: FlowDimension[]): boolean {
  return row.groupedBy.size === dimensions.length && dimensions.every((d) => row.groupedBy.has(d));
}

export type { RawFlowRow };
