import { Injectable } from '@nestjs/common';
import {
  countryName,
  DEFAULT_PRICE_MATCH,
  type Granularity,
  type LandedPrices,
  type OriginPrices,
  type PricePoint,
  type PricesBenchmark,
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
    const empty = () => range.starts.map(() => emptyPoint());
    const byOrigin = new Map<string, { periods: PricePoint[]; total: PricePoint }>();
    const allPeriods = empty();
    let allTotal = emptyPoint();
    // Without a benchmark nothing is matched, and nothing is missing either.
    if (!benchmark) for (const row of rows) row.unmatched = '0';
    for (const row of rows) {
      const index = row.bucket === null ? undefined : range.indexOf.get(row.bucket);
      if (row.grouping === ALL) allTotal = toPoint(row);
      if (row.grouping === BY_BUCKET && index !== undefined) allPeriods[index] = toPoint(row);
      if (row.grouping === BY_ORIGIN || row.grouping === BY_BUCKET_ORIGIN) {
        const origin = row.origin as string;
        const entry = byOrigin.get(origin) ?? { periods: empty(), total: emptyPoint() };
        if (row.grouping === BY_ORIGIN) entry.total = toPoint(row);
        else if (index !== undefined) entry.periods[index] = toPoint(row);
        byOrigin.set(origin, entry);
      }
    }
    const origins: OriginPrices[] = [...byOrigin]
      .map(([origin, entry]) => ({
        origin,
        label: countryName(origin) ?? origin,
        periods: toPriceSeries(entry.periods),
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
      all: { periods: toPriceSeries(allPeriods), total: allTotal },
    };
  }
}

const numberOrNull = (value: string | null) => (value === null ? null : Number(value));

function toPoint(row: RawPriceRow): PricePoint {
  return {
    shipments: Number(row.shipments),
    shipmentsWithoutValue: Number(row.without_value),
    valuedTonnes: Number(row.valued_tonnes),
    valuedBarrels: Number(row.valued_barrels),
    valueUsd: Number(row.value_usd),
    usdPerBarrel: numberOrNull(row.usd_per_barrel),
    usdPerTonne: numberOrNull(row.usd_per_tonne),
    benchmarkUsdPerBarrel: numberOrNull(row.benchmark_usd_per_barrel),
    discountUsdPerBarrel: numberOrNull(row.discount_usd_per_barrel),
    discountPercent: numberOrNull(row.discount_percent),
    unmatchedShipments: Number(row.unmatched),
  };
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
