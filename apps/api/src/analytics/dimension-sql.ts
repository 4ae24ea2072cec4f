import {
  type AnalyticsGroupBy,
  type Granularity,
  NO_CHOKEPOINT_KEY,
  NO_CURRENCY_KEY,
  OTHER_REGION,
  REGIONS,
} from '@tradeflow/domain';
import type { SqlParams } from './sql-params';

/*
 * SQL expressions over the source rows `f` (see flow-source.ts). Only these fixed expressions ever
 * reach the SQL text; the groupBy/granularity names that choose them are whitelisted by the DTOs.
 */

/**
 * Group key of a source row, the same strings libs/domain's routeKey and groupLabel know. For
 * `chokepoint` it is the row's set of chokepoints ('hormuz', 'bab_el_mandeb|suez', '' for none),
 * which chokepointKeysSql splits into one key per chokepoint.
 */
export function groupKeySql(groupBy: AnalyticsGroupBy): string {
  switch (groupBy) {
    case 'origin':
      return 'f.origin_country::text';
    case 'currency':
      return `CASE WHEN f.payment_currency = '' THEN '${NO_CURRENCY_KEY}' ELSE f.payment_currency::text END`;
    case 'commodity':
      return 'f.commodity::text';
    case 'mode':
      return 'f.transport_mode::text';
    case 'region':
      return `coalesce(region_map.region, '${OTHER_REGION}')`;
    case 'route':
      return `f.transport_mode || CASE WHEN f.transit_route = '' THEN '' ELSE ' via ' || f.transit_route END`;
    case 'destination':
      return 'f.destination_country::text';
    case 'chokepoint':
      return 'f.chokepoint_route';
  }
}

/** The chokepoint keys of a chokepoint set (see groupKeySql): one per chokepoint, `none` for ''. */
export function chokepointKeysSql(chokepointSet: string): string {
  return `unnest(CASE WHEN ${chokepointSet} = '' THEN ARRAY['${NO_CHOKEPOINT_KEY}'] ELSE string_to_array(${chokepointSet}, '|') END)`;
}

/** True for a source row `f` that passes any of `keys` (chokepoint codes or `none`). */
export function passesChokepointSql(keys: string): string {
  return `(string_to_array(nullif(f.chokepoint_route, ''), '|') && ${keys}::text[] OR (f.chokepoint_route = '' AND '${NO_CHOKEPOINT_KEY}' = ANY(${keys}::text[])))`;
}

/**
 * The country -> region partition of libs/domain REGIONS, joined as two array parameters: the
 * domain table stays the one source of truth (no copy in a migration to keep in step).
 */
export function regionJoinSql(params: SqlParams, countryColumn = 'f.origin_country'): string {
  const pairs = REGIONS.flatMap((region) => region.countries.map((country) => [country, region.code]));
  const countries = params.bind(pairs.map(([country]) => country));
  const regions = params.bind(pairs.map(([, region]) => region));
  return `LEFT JOIN unnest(${countries}::text[], ${regions}::text[]) AS region_map (country, region)
    ON region_map.country = ${countryColumn}`;
}

/** Start date of the bucket of a date column (calendar, no time zone: dates as timestamps). */
export function bucketSql(
  granularity: Granularity,
  params: SqlParams,
  day: string,
  fiscalYearStartMonth = 7,
): string {
  switch (granularity) {
    case 'day':
      return day;
    case 'week':
    case 'month':
    case 'quarter':
    case 'year':
      // date_trunc('week') starts ISO weeks on Monday, as libs/domain bucketStart does.
      return `date_trunc('${granularity}', ${day}::timestamp)::date`;
    case 'fiscal_year': {
      const shift = `make_interval(months => ${params.bind(fiscalYearStartMonth - 1)}::int)`;
      return `(date_trunc('year', ${day}::timestamp - ${shift}) + ${shift})::date`;
    }
  }
}
