import { Injectable } from '@nestjs/common';
import {
  countryName,
  DEFAULT_PRICE_MATCH,
  type Granularity,
  type LandedPrices,
  type OriginPrices,
  type PricePoint,
  type PricesBenchmark,
  pricePointAt,
  type PriceSeries,
  toPriceSeries,
} from '@tradeflow/domain';
import { BenchmarksService } from '../benchmarks/benchmarks.service';
import { AnalyticsSettingsService } from '../settings/analytics-settings.service';
import { AnalyticsReader } from './analytics-reader';
import { assertBucketCount, bucketRange } from './bucket-range';
import type { PricesQueryDto } from './dto/analytics-queries';
import { benchmarkLineSql, pricesSql, type RawPriceRow } from './prices-sql';

// RawPriceRow.grouping: GROUPING(bucket) * 1 + GROUPING(origin) * 2 (a bit is set when that column is absent).
const BY_BUCKET_ORIGIN = 0;
const BY_ORIGIN = 1;
const BY_BUCKET = 2;
const ALL = 3;

/**
 * Landed prices per origin and period, and their discount or premium against a benchmark. PostgreSQL
 * sums and divides (numeric); this service lays the few aggregated rows out on the bucket range.
 */
@Injectable()
export class PricesService {
  constructor(
    private readonly reader: AnalyticsReader,
    private readonly settings: AnalyticsSettingsService,
    private readonly benchmarks: BenchmarksService,
  ) {}

  async prices(query: PricesQueryDto): Promise<LandedPrices> {
    const granularity: Granularity = query.granularity ?? 'month';
    const options = this.settings.bucketOptions(query);
    const fiscalYearStartMonth = options.fiscalYearStartMonth as number;
    const match = query.match ?? DEFAULT_PRICE_MATCH;
    assertBucketCount(query, granularity, options);
    const code = query.benchmark ?? null;
    const prices = pricesSql({
      filters: query,
      priceBasis: query.priceBasis,
      benchmark: code,
      match,
      granularity,
      fiscalYearStartMonth,
    });
    const line = code ? benchmarkLineSql(code, granularity, fiscalYearStartMonth, query) : null;
    // The three at once: an unknown code answers 400 from get(), the other two then hold nothing.
    const [definition, rows, lineRows] = await Promise.all([
      code ? this.benchmarks.get(code, 'benchmark') : null,
      this.reader.read<RawPriceRow>(prices.sql, prices.params),
      line ? this.reader.read<{ bucket: string; usd_per_barrel: string }>(line.sql, line.params) : [],
    ]);
    const benchmark: PricesBenchmark | null = definition
      ? {
          code: definition.code,
          name: definition.name,
          frequency: definition.frequency,
          note: definition.note,
        }
      : null;
    const all = rows.find((row) => row.grouping === ALL);
    const range = bucketRange(
      query,
      { firstDay: all?.first_day ?? null, lastDay: all?.last_day ?? null },
      granularity,
      options,
    );
    // The series are filled in place, a column per measure: a long range is thousands of rows.
    const empty = () => toPriceSeries(range.starts.map(() => EMPTY_POINT));
    const byOrigin = new Map<string, { periods: PriceSeries; total: PricePoint }>();
    const allPeriods = empty();
    let allTotal = emptyPoint();
    // Without a benchmark nothing is matched, and nothing is missing either.
    if (!benchmark) for (const row of rows) row.unmatched = '0';
    for (const row of rows) {
      const index = row.bucket === null ? undefined : range.indexOf.get(row.bucket);
      if (row.grouping === ALL) allTotal = toPoint(row);
      if (row.grouping === BY_BUCKET && index !== undefined) setPoint(allPeriods, index, row);
      if (row.grouping === BY_ORIGIN || row.grouping === BY_BUCKET_ORIGIN) {
        const origin = row.origin as string;
        let entry = byOrigin.get(origin);
        if (!entry) byOrigin.set(origin, (entry = { periods: empty(), total: emptyPoint() }));
        if (row.grouping === BY_ORIGIN) entry.total = toPoint(row);
        else if (index !== undefined) setPoint(entry.periods, index, row);
      }
    }
    const origins: OriginPrices[] = [...byOrigin]
      .map(([origin, entry]) => ({
        origin,
        label: countryName(origin) ?? origin,
        periods: entry.periods,
        total: entry.total,
      }))
      .sort((a, b) => b.total.valuedBarrels - a.total.valuedBarrels || a.origin.localeCompare(b.origin));
    const benchmarkPrices = range.starts.map(() => null as number | null);
    for (const row of lineRows) {
      const index = range.indexOf.get(row.bucket);
      if (index !== undefined) benchmarkPrices[index] = Number(row.usd_per_barrel);
    }
    return {
      granularity,
      buckets: range.starts,
      labels: range.labels,
      match,
      priceBasis: query.priceBasis?.length ? query.priceBasis : null,
      benchmark,
      benchmarkPrices: benchmark ? benchmarkPrices : [],
      origins,
      all: { periods: allPeriods, total: allTotal },
    };
  }
}

const numberOrNull = (value: string | null) => (value === null ? null : Number(value));

const EMPTY_POINT = emptyPoint();

/** Bucket `index` of `series` from an aggregated row, written into its columns. */
function setPoint(series: PriceSeries, index: number, row: RawPriceRow): void {
  // One assignment per measure, not a loop over the field names: thousands of rows per answer.
  series.shipments[index] = Number(row.shipments);
  series.shipmentsWithoutValue[index] = Number(row.without_value);
  series.valuedTonnes[index] = Number(row.valued_tonnes);
  series.valuedBarrels[index] = Number(row.valued_barrels);
  series.valueUsd[index] = Number(row.value_usd);
  series.usdPerBarrel[index] = numberOrNull(row.usd_per_barrel);
  series.usdPerTonne[index] = numberOrNull(row.usd_per_tonne);
  series.benchmarkUsdPerBarrel[index] = numberOrNull(row.benchmark_usd_per_barrel);
  series.discountUsdPerBarrel[index] = numberOrNull(row.discount_usd_per_barrel);
  series.discountPercent[index] = numberOrNull(row.discount_percent);
  series.unmatchedShipments[index] = Number(row.unmatched);
}

/** One point from an aggregated row (the totals), through the same mapping as setPoint. */
function toPoint(row: RawPriceRow): PricePoint {
  const one = toPriceSeries([EMPTY_POINT]);
  setPoint(one, 0, row);
  return pricePointAt(one, 0);
}

function emptyPoint(): PricePoint {
  return {
    shipments: 0,
    shipmentsWithoutValue: 0,
    valuedTonnes: 0,
    valuedBarrels: 0,
    valueUsd: 0,
    usdPerBarrel: null,
    usdPerTonne: null,
    benchmarkUsdPerBarrel: null,
    discountUsdPerBarrel: null,
    discountPercent: null,
    unmatchedShipments: 0,
  };
}
