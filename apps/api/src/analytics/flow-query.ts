import {
  type AnalyticsGroupBy,
  type AnalyticsSource,
  type Granularity,
  groupsOverlap,
  type ScenarioExclusion,
  type ShipmentFilters,
} from '@tradeflow/domain';
import { aggregateHolds } from './aggregate-coverage';
import {
  bucketSql,
  chokepointKeysSql,
  groupKeySql,
  passesChokepointSql,
  regionJoinSql,
} from './dimension-sql';
import {
  type CellAggregate,
  cellSourceSql,
  type DateRange,
  dimensionSourceSql,
  officialSourceSql,
  planSources,
} from './flow-source';
import { SqlParams } from './sql-params';

export type FlowDimension = 'bucket' | 'key' | 'excluded';

/** Measures beyond tonnes, which every flow query sums. */
export type FlowMeasure = 'shipments' | 'barrels' | 'valueUsd' | 'withoutValue';

export interface FlowQuery {
  filters: ShipmentFilters;
  /** cargoes (default): the shipments; official: official_trade_flows, never both. */
  source?: AnalyticsSource;
  /** Needed when a grouping set holds `bucket`. */
  granularity?: Granularity;
  fiscalYearStartMonth?: number;
  /**
   * Needed when a grouping set holds `key`. With an overlapping groupBy (chokepoint) a row counts in
   * the group of each of its keys, while the grouping sets without `key` still count it once.
   */
  groupBy?: AnalyticsGroupBy;
  /** Needed when a grouping set holds `excluded`: a row is excluded when it matches any item. */
  exclusions?: readonly ScenarioExclusion[];
  /**
   * Grouping sets with `excluded` return only its true rows (what a what-if cuts); the sets without it
   * give the rest. Saves PostgreSQL sending rows the caller never reads.
   */
  excludedRowsOnly?: boolean;
  /** Instead of `exclusions`: `excluded` is true for rows with one of these statuses (the outlook). */
  excludedStatuses?: readonly string[];
  /** GROUP BY GROUPING SETS: totals come from PostgreSQL, exact, in the same statement. */
  groupingSets: FlowDimension[][];
  measures: readonly FlowMeasure[];
}

const DIMENSION_BITS: Record<FlowDimension, number> = { bucket: 4, key: 2, excluded: 1 };

/** The grouping set of these dimensions as a bit mask (compare with FlowRow.set). */
export function setOf(...dimensions: FlowDimension[]): number {
  return dimensions.reduce((mask, dimension) => mask | DIMENSION_BITS[dimension], 0);
}

/** The grand-total row (grouping set `()`); PostgreSQL returns it even when nothing matched. */
export function totalRow(rows: FlowRow[]): FlowRow {
  const total = rows.find((row) => row.set === 0);
  if (!total) throw new Error('the flow query returned no grand-total row');
  return total;
}

/** One aggregated row. */
export interface FlowRow {
  /** The dimensions of the grouping set this row belongs to, as a mask (see setOf). */
  set: number;
  bucket: string | null;
  key: string | null;
  excluded: boolean | null;
  shipments: number;
  /** numeric as an exact decimal string ('0' for a measure not asked for) */
  tonnes: string;
  barrels: string;
  /** Sum of per-shipment USD values, each rounded to the cent. */
  valueUsd: string;
  withoutRate: number;
  withoutValue: number;
  /** Earliest and latest day (month start for rollup rows) of a bucketed query; null otherwise. */
  firstDay: string | null;
  lastDay: string | null;
}

export interface RawFlowRow {
  /** Bits (see setOf) of the dimensions NOT in the row's grouping set, as SQL GROUPING() counts them. */
  absent: number;
  bucket?: string | null;
  key?: string | null;
  excluded?: boolean | null;
  shipments?: number;
  tonnes: string;
  barrels?: string;
  value_usd?: string;
  without_rate?: number;
  without_value?: number;
  first_day?: string | null;
  last_day?: string | null;
  /** Folded cuts (see foldsExcluded): how many stage-one rows of the group are cut, and their sums. */
  excluded_rows?: number;
  excluded_shipments?: number;
  excluded_tonnes?: string;
  excluded_barrels?: string;
  excluded_value_usd?: string;
  excluded_without_rate?: number;
  excluded_without_value?: number;
}

/**
 * Day and week buckets straddle months, text search needs the rows, and the rollup has no port
 * columns: those read the raw table only. (Route filters can use the rollup: it has the mode and the
 * transit countries a route key is made of.)
 */
export function needsRawTable(query: Pick<FlowQuery, 'filters' | 'granularity' | 'groupingSets'>): boolean {
  const bucketed = query.groupingSets.some((set) => set.includes('bucket'));
  const fine = bucketed && (query.granularity === 'day' || query.granularity === 'week');
  return fine || !aggregateHolds('rollup', query.filters);
}

/**
 * Two stages: the source rows (a few hundred rollup rows per month, plus raw rows of cut months)
 * are summed once to the finest grain asked for (day, key, excluded); the grouping sets then run
 * over that small result. One wide GROUPING SETS pass over every source row costs several times more.
 */
export function flowSql(query: FlowQuery): { sql: string; params: unknown[] } {
  const params = new SqlParams();
  const used = new Set(query.groupingSets.flat());
  const measures = new Set(query.measures);
  const range: DateRange = { from: query.filters.from, to: query.filters.to };
  const plan = planSources(range, needsRawTable(query));
  const withValue = measures.has('valueUsd');

  const stageOne: string[] = [];
  if (used.has('bucket')) stageOne.push('f.day');
  // An overlapping groupBy keeps each row's set of keys through stage one; the final stage splits it.
  const overlapping = used.has('key') && groupsOverlap(required(query.groupBy, 'groupBy'));
  const keyColumn = overlapping ? 'key_set' : 'key';
  let from: string;
  // Whether each source row is already one (day, key) of stage one, which then only projects.
  let rowsAreStageOne = false;
  const official = query.source === 'official';
  if (!official && used.has('key') && !used.has('excluded') && aggregateHolds('byDimension', query.filters)) {
    // One dimension, no filter but dates and importers: whole months come from shipment_monthly_by_dimension.
    const groupBy = required(query.groupBy, 'groupBy');
    const stored = groupBy === 'region' ? 'origin' : groupBy;
    const source = dimensionSourceSql(stored, groupKeySql(stored), query.filters, plan, params, {
      withValue,
    });
    stageOne.push(
      groupBy === 'region' ? `${groupKeySql('region')} AS ${keyColumn}` : `f.key AS ${keyColumn}`,
    );
    from = `(${source}) f ${groupBy === 'region' ? regionJoinSql(params, 'f.key') : ''}`;
    // Stored rows are unique per month and key for all importers or for one; regions merge origins,
    // and cut months add raw rows.
    rowsAreStageOne =
      used.has('bucket') &&
      groupBy !== 'region' &&
      plan.rawRanges.length === 0 &&
      (query.filters.destination?.length ?? 0) <= 1;
  } else {
    const source = official
      ? officialSourceSql(query.filters, params)
      : cellSourceSql(query.filters, plan, params, { withValue, aggregate: cellAggregate(query, used) });
    if (used.has('key')) stageOne.push(`${groupKeySql(required(query.groupBy, 'groupBy'))} AS ${keyColumn}`);
    if (used.has('excluded')) {
      const excluded = query.excludedStatuses
        ? `f.status = ANY(${params.bind(query.excludedStatuses)}::text[])`
        : excludedSql(required(query.exclusions, 'exclusions'), params);
      stageOne.push(`${excluded} AS excluded`);
    }
    const needsRegions =
      (used.has('key') && query.groupBy === 'region') ||
      (used.has('excluded') && query.exclusions?.some((item) => item.dimension === 'region'));
    from = `(${source}) f ${needsRegions ? regionJoinSql(params) : ''}`;
  }
  const sum = (column: string) => (rowsAreStageOne ? `f.${column}` : `sum(f.${column})`);
  const sums = [
    measures.has('shipments') ? `${sum('shipments')} AS shipments` : null,
    `${sum('tonnes')} AS tonnes`,
    measures.has('barrels') ? `${sum('barrels')} AS barrels` : null,
    measures.has('valueUsd') ? `${sum('value_usd')} AS value_usd` : null,
    measures.has('valueUsd') ? `${sum('without_rate')} AS without_rate` : null,
    measures.has('withoutValue') ? `${sum('without_value')} AS without_value` : null,
  ].filter((column): column is string => column !== null);

  const bucket = used.has('bucket')
    ? bucketSql(required(query.granularity, 'granularity'), params, 'g.day', query.fiscalYearStartMonth)
    : null;
  const withBucket = bucket ? `${bucket} AS bucket, ` : '';
  const buckets = `SELECT ${withBucket}g.* FROM g`;
  // Each row once per key of its set: only for the grouping sets that hold `key`.
  const splitKeys = `SELECT ${withBucket}g.*, split.key FROM g CROSS JOIN LATERAL ${chokepointKeysSql('g.key_set')} AS split (key)`;
  const keySets = query.groupingSets.filter((set) => set.includes('key'));
  const otherSets = query.groupingSets.filter((set) => !set.includes('key'));
  const parts = overlapping
    ? [
        keySets.length ? finalSelect(keySets, splitKeys, used, measures, query.excludedRowsOnly) : null,
        otherSets.length ? finalSelect(otherSets, buckets, used, measures, query.excludedRowsOnly) : null,
      ].filter((part): part is string => part !== null)
    : [finalSelect(query.groupingSets, buckets, used, measures, query.excludedRowsOnly)];

  const sql = `
    WITH g AS (
      SELECT ${[...stageOne, ...sums].join(', ')}
        FROM ${from}
       ${stageOne.length && !rowsAreStageOne ? `GROUP BY ${stageOne.map((_, index) => index + 1).join(', ')}` : ''}
    )
    ${parts.join('\n    UNION ALL\n    ')}`;
  return { sql, params: params.values };
}

const NULL_DIMENSION: Record<FlowDimension, string> = {
  bucket: 'NULL::date',
  key: 'NULL::text',
  excluded: 'NULL::boolean',
};

/**
 * The second stage over the rows `source` (stage one with the bucket): the grouping sets, with the
 * dimensions of the whole query as columns (NULL where these sets lack one, so parts can be joined
 * with UNION ALL) and `absent` as GROUPING() counts it.
 */
function finalSelect(
  requestedSets: FlowDimension[][],
  source: string,
  used: ReadonlySet<FlowDimension>,
  measures: ReadonlySet<FlowMeasure>,
  excludedRowsOnly = false,
): string {
  const fold = excludedRowsOnly && foldsExcluded(requestedSets);
  const sets = fold ? requestedSets.filter((set) => !set.includes('excluded')) : requestedSets;
  const here = new Set(sets.flat());
  const names = (['bucket', 'key', 'excluded'] as const).filter((name) => used.has(name));
  // Only the columns asked for: every column of every row is parsed by node-pg.
  const absent = (['bucket', 'key', 'excluded'] as const)
    .map((name) =>
      here.has(name) ? `GROUPING(${name}) * ${DIMENSION_BITS[name]}` : `${DIMENSION_BITS[name]}`,
    )
    .join(' + ');
  const columns = [
    `(${absent}) AS absent`,
    ...names.map((name) => (here.has(name) ? name : `${NULL_DIMENSION[name]} AS ${name}`)),
    measures.has('shipments') ? 'coalesce(sum(shipments), 0)::bigint AS shipments' : null,
    'coalesce(sum(tonnes), 0) AS tonnes',
    measures.has('barrels') ? 'coalesce(sum(barrels), 0) AS barrels' : null,
    measures.has('valueUsd') ? 'coalesce(sum(value_usd), 0) AS value_usd' : null,
    measures.has('valueUsd') ? 'coalesce(sum(without_rate), 0)::bigint AS without_rate' : null,
    measures.has('withoutValue') ? 'coalesce(sum(without_value), 0)::bigint AS without_value' : null,
    // The range of the data is read from the grand-total row only.
    used.has('bucket')
      ? `CASE WHEN (${absent}) = 7 THEN min(day) END AS first_day, CASE WHEN (${absent}) = 7 THEN max(day) END AS last_day`
      : null,
  ].filter((column): column is string => column !== null);
  if (fold) {
    const cut = (sum: string, name: string, cast = '') =>
      `coalesce(${sum} FILTER (WHERE excluded), 0)${cast} AS excluded_${name}`;
    columns.push(
      ...[
        'count(*) FILTER (WHERE excluded)::int AS excluded_rows',
        measures.has('shipments') ? cut('sum(shipments)', 'shipments', '::bigint') : null,
        cut('sum(tonnes)', 'tonnes'),
        measures.has('barrels') ? cut('sum(barrels)', 'barrels') : null,
        measures.has('valueUsd') ? cut('sum(value_usd)', 'value_usd') : null,
        measures.has('valueUsd') ? cut('sum(without_rate)', 'without_rate', '::bigint') : null,
        measures.has('withoutValue') ? cut('sum(without_value)', 'without_value', '::bigint') : null,
      ].filter((column): column is string => column !== null),
    );
  }
  const groupingSets = sets.map((set) => `(${set.join(', ')})`).join(', ');
  const having = excludedRowsOnly && here.has('excluded') ? 'HAVING GROUPING(excluded) = 1 OR excluded' : '';
  return `SELECT ${columns.join(', ')}
      FROM (${source}) g
     GROUP BY ${here.size ? `GROUPING SETS (${groupingSets})` : '()'} ${having}`;
}

/**
 * Whether every grouping set with `excluded` comes with the same set without it and the other way
 * round (the what-if's CUBE). Then, when only the cut rows are wanted, each pair is one grouping set
 * whose cut side is a FILTER (WHERE excluded) beside the plain sums: half the grouping sets over the
 * same rows, and toFlowRows gives back the two rows of the pair.
 */
function foldsExcluded(sets: FlowDimension[][]): boolean {
  const names = new Set(sets.map((set) => setOf(...set)));
  const bit = DIMENSION_BITS.excluded;
  return (
    sets.some((set) => set.includes('excluded')) &&
    [...names].every((mask) => names.has(mask & bit ? mask & ~bit : mask | bit))
  );
}

/**
 * The narrowest aggregate that holds what the query needs: the sea-lanes one when it needs the
 * chokepoints (groups or a cut by them), the origin-currency one when it needs no route column;
 * the rollup otherwise.
 */
function cellAggregate(query: FlowQuery, used: ReadonlySet<FlowDimension>): CellAggregate {
  const groupBy = used.has('key') ? query.groupBy : undefined;
  const cuts = used.has('excluded') ? (query.exclusions ?? []).map((item) => item.dimension) : [];
  const dimensions = [groupBy, ...cuts];
  const byStatus = used.has('excluded') && query.excludedStatuses !== undefined;
  if (groupBy === 'chokepoint' || cuts.includes('chokepoint')) {
    return !byStatus && aggregateHolds('seaLanes', query.filters, dimensions) ? 'seaLanes' : 'rollup';
  }
  return aggregateHolds('originCurrency', query.filters, dimensions) ? 'originCurrency' : 'rollup';
}

function excludedSql(exclusions: readonly ScenarioExclusion[], params: SqlParams): string {
  const keysByDimension = new Map<AnalyticsGroupBy, string[]>();
  for (const { dimension, key } of exclusions) {
    keysByDimension.set(dimension, [...(keysByDimension.get(dimension) ?? []), key]);
  }
  const conditions = [...keysByDimension].map(([dimension, keys]) =>
    dimension === 'chokepoint'
      ? passesChokepointSql(params.bind(keys))
      : `(${groupKeySql(dimension)}) = ANY(${params.bind(keys)}::text[])`,
  );
  return conditions.length ? `(${conditions.join(' OR ')})` : 'false';
}

function required<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw new Error(`flow query: ${name} is required by the grouping sets`);
  return value;
}

export function toFlowRows(rows: RawFlowRow[]): FlowRow[] {
  const flowRows: FlowRow[] = [];
  for (const row of rows) {
    const set = 7 & ~row.absent;
    const flowRow: FlowRow = {
      set,
      bucket: set & DIMENSION_BITS.bucket ? (row.bucket ?? null) : null,
      key: set & DIMENSION_BITS.key ? (row.key ?? null) : null,
      excluded: set & DIMENSION_BITS.excluded ? (row.excluded ?? null) : null,
      shipments: row.shipments ?? 0,
      tonnes: row.tonnes,
      barrels: row.barrels ?? '0',
      valueUsd: row.value_usd ?? '0',
      withoutRate: row.without_rate ?? 0,
      withoutValue: row.without_value ?? 0,
      firstDay: row.first_day ?? null,
      lastDay: row.last_day ?? null,
    };
    flowRows.push(flowRow);
    // A folded pair: the cut side is the row of the same set with `excluded`, as GROUP BY gives it
    // (only when some rows are cut).
    if (row.excluded_rows !== undefined && row.excluded_rows > 0) {
      flowRows.push({
        ...flowRow,
        set: set | DIMENSION_BITS.excluded,
        excluded: true,
        shipments: row.excluded_shipments ?? 0,
        tonnes: row.excluded_tonnes ?? '0',
        barrels: row.excluded_barrels ?? '0',
        valueUsd: row.excluded_value_usd ?? '0',
        withoutRate: row.excluded_without_rate ?? 0,
        withoutValue: row.excluded_without_value ?? 0,
        firstDay: null,
        lastDay: null,
      });
    }
  }
  return flowRows;
}
