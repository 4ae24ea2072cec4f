import { Injectable } from '@nestjs/common';
import {
  type AnalyticsSummary,
  type BucketOptions,
  type ConcentrationPoint,
  type ConcentrationSeries,
  concentrationOf,
  DEFAULT_GRANULARITY,
  DEFAULT_GROUP_BY,
  type Granularity,
  groupLabel,
  parseScenarioExclusions,
  type ScenarioFigures,
  scenarioFigures,
  type ScenarioResult,
  type SummaryGroup,
  type Timeseries,
  type TimeseriesMetric,
} from '@tradeflow/domain';
import { AnalyticsReader } from './analytics-reader';
import { assertBucketCount, bucketRange } from './bucket-range';
import type {
  BucketedQueryDto,
  ConcentrationQueryDto,
  ScenarioQueryDto,
  SummaryQueryDto,
  TimeseriesQueryDto,
} from './dto/analytics-queries';
import { type FlowRow, setOf } from './flow-query';

const TOTAL = setOf();
const BY_KEY = setOf('key');
const BY_BUCKET = setOf('bucket');
const BY_BUCKET_KEY = setOf('bucket', 'key');

/**
 * The analytics answers. PostgreSQL sums (numeric, exact) per group and per total in one statement
 * with GROUPING SETS; this service only turns those few aggregated rows into shares and indices
 * with libs/domain, and lays them out on the bucket range.
 */
@Injectable()
export class AnalyticsService {
  constructor(private readonly reader: AnalyticsReader) {}

  async summary(query: SummaryQueryDto): Promise<AnalyticsSummary> {
    const groupBy = query.groupBy ?? DEFAULT_GROUP_BY;
    const rows = await this.reader.flows({
      filters: query,
      groupBy,
      groupingSets: [['key'], []],
      measures: ['shipments', 'barrels', 'valueUsd', 'withoutValue'],
    });
    const total = totalRow(rows);
    const totalTonnes = Number(total.tonnes);
    const totalValueUsd = Number(total.valueUsd);
    const groups: SummaryGroup[] = rows
      .filter((row) => row.set === BY_KEY)
      .map((row) => ({
        key: row.key as string,
        label: groupLabel(groupBy, row.key as string),
        tonnes: Number(row.tonnes),
        barrels: Number(row.barrels),
        shipments: row.shipments,
        share: totalTonnes > 0 ? Number(row.tonnes) / totalTonnes : 0,
        valueUsd: Number(row.valueUsd),
        valueShare: totalValueUsd > 0 ? Number(row.valueUsd) / totalValueUsd : 0,
      }))
      .sort((a, b) => b.tonnes - a.tonnes || compareKeys(a.key, b.key));
    const { hhi, effectiveSuppliers, shannon } = concentrationOf(
      groups.map((group) => ({ key: group.key, amount: group.tonnes })),
    );
    return {
      groupBy,
      totalTonnes,
      totalBarrels: Number(total.barrels),
      shipmentCount: total.shipments,
      hhi,
      effectiveSuppliers,
      shannon,
      totalValueUsd,
      shipmentsWithoutFxRate: total.withoutRate,
      shipmentsWithoutValue: total.withoutValue,
      groups,
    };
  }

  async timeseries(query: TimeseriesQueryDto): Promise<Timeseries> {
    const { granularity, options } = bucketing(query);
    const groupBy = query.groupBy ?? DEFAULT_GROUP_BY;
    const metric = query.metric ?? 'tonnes';
    assertBucketCount(query, granularity, options);
    const rows = await this.reader.flows({
      filters: query,
      granularity,
      fiscalYearStartMonth: options.fiscalYearStartMonth,
      groupBy,
      groupingSets: [['bucket', 'key'], ['bucket'], ['key'], []],
      measures: metric === 'tonnes' ? [] : [metric === 'valueUsd' ? 'valueUsd' : metric],
    });
    const total = totalRow(rows);
    const range = bucketRange(query, total, granularity, options);
    const valuesByKey = new Map<string, number[]>();
    const totals = range.starts.map(() => 0);
    for (const row of rows) {
      const index = row.bucket === null ? undefined : range.indexOf.get(row.bucket);
      if (index === undefined) continue;
      if (row.set === BY_BUCKET) totals[index] = metricOf(row, metric);
      if (row.set === BY_BUCKET_KEY) {
        const key = row.key as string;
        const values = valuesByKey.get(key) ?? range.starts.map(() => 0);
        values[index] = metricOf(row, metric);
        valuesByKey.set(key, values);
      }
    }
    const keyTotals = new Map(
      rows.filter((row) => row.set === BY_KEY).map((row) => [row.key as string, metricOf(row, metric)]),
    );
    const series = [...valuesByKey]
      .map(([key, values]) => ({ key, label: groupLabel(groupBy, key), values }))
      .sort((a, b) => (keyTotals.get(b.key) ?? 0) - (keyTotals.get(a.key) ?? 0) || compareKeys(a.key, b.key));
    return {
      granularity,
      groupBy,
      metric,
      buckets: range.starts,
      bucketLabels: range.labels,
      series,
      totals,
      shipmentsWithoutFxRate: metric === 'valueUsd' ? total.withoutRate : 0,
    };
  }

  async concentration(query: ConcentrationQueryDto): Promise<ConcentrationSeries> {
    const { granularity, options } = bucketing(query);
    const dimension = query.dimension ?? DEFAULT_GROUP_BY;
    assertBucketCount(query, granularity, options);
    const rows = await this.reader.flows({
      filters: query,
      granularity,
      fiscalYearStartMonth: options.fiscalYearStartMonth,
      groupBy: dimension,
      groupingSets: [['bucket', 'key'], ['bucket'], []],
      measures: [],
    });
    const range = bucketRange(query, totalRow(rows), granularity, options);
    const groupsByBucket = groupRowsByBucket(rows.filter((row) => row.set === BY_BUCKET_KEY));
    const totalByBucket = new Map(
      rows.filter((row) => row.set === BY_BUCKET).map((row) => [row.bucket as string, Number(row.tonnes)]),
    );
    const points: ConcentrationPoint[] = range.starts.map((period, index) => {
      const groups = groupsByBucket.get(period) ?? [];
      const indices = concentrationOf(
        groups.map((row) => ({ key: row.key as string, amount: Number(row.tonnes) })),
      );
      return {
        period,
        label: range.labels[index] as string,
        totalTonnes: totalByBucket.get(period) ?? 0,
        ...indices,
        topLabel: indices.topKey === null ? null : groupLabel(dimension, indices.topKey),
      };
    });
    return { granularity, dimension, points };
  }

  async scenario(query: ScenarioQueryDto): Promise<ScenarioResult> {
    const { granularity, options } = bucketing(query);
    const dimension = query.dimension ?? DEFAULT_GROUP_BY;
    const { exclusions } = parseScenarioExclusions(query.exclude);
    assertBucketCount(query, granularity, options);
    const rows = await this.reader.flows({
      filters: query,
      granularity,
      fiscalYearStartMonth: options.fiscalYearStartMonth,
      groupBy: dimension,
      exclusions,
      // Every combination of period, group and cut (CUBE): exact totals for each figure.
      groupingSets: [
        ['bucket', 'key', 'excluded'],
        ['bucket', 'key'],
        ['bucket', 'excluded'],
        ['bucket'],
        ['key', 'excluded'],
        ['key'],
        ['excluded'],
        [],
      ],
      measures: ['shipments'],
    });
    const range = bucketRange(query, totalRow(rows), granularity, options);
    const rowsByBucket = groupRowsByBucket(rows);
    const periods = range.starts.map((period, index) => ({
      period,
      label: range.labels[index] as string,
      ...figuresOf(rowsByBucket.get(period) ?? [], true),
    }));
    return {
      granularity,
      dimension,
      exclusions,
      periods,
      total: figuresOf(rowsByBucket.get(null) ?? [], false),
    };
  }
}

/** Scenario figures from the rows of one period (bucketed) or of the whole range. */
function figuresOf(rows: FlowRow[], bucketed: boolean): ScenarioFigures {
  const set = (...more: ('key' | 'excluded')[]) => (bucketed ? setOf('bucket', ...more) : setOf(...more));
  const total = rows.find((row) => row.set === set());
  const atRisk = rows.find((row) => row.set === set('excluded') && row.excluded === true);
  const groupAtRisk = new Map(
    rows
      .filter((row) => row.set === set('key', 'excluded') && row.excluded === true)
      .map((row) => [row.key as string, Number(row.tonnes)]),
  );
  const groups = rows
    .filter((row) => row.set === set('key'))
    .map((row) => ({
      key: row.key as string,
      tonnes: Number(row.tonnes),
      atRiskTonnes: groupAtRisk.get(row.key as string) ?? 0,
    }));
  return scenarioFigures(
    {
      totalTonnes: total ? Number(total.tonnes) : 0,
      atRiskTonnes: atRisk ? Number(atRisk.tonnes) : 0,
      shipmentsAtRisk: atRisk?.shipments ?? 0,
    },
    groups,
  );
}

function bucketing(query: BucketedQueryDto): { granularity: Granularity; options: BucketOptions } {
  return {
    granularity: query.granularity ?? DEFAULT_GRANULARITY,
    options: { fiscalYearStartMonth: query.fiscalYearStartMonth ?? 7 },
  };
}

/** The grand-total row (grouping set `()`); PostgreSQL returns it even when nothing matched. */
function totalRow(rows: FlowRow[]): FlowRow {
  const total = rows.find((row) => row.set === TOTAL);
  if (!total) throw new Error('the flow query returned no grand-total row');
  return total;
}

/** Rows by bucket; rows of grouping sets without a bucket under null. */
function groupRowsByBucket(rows: FlowRow[]): Map<string | null, FlowRow[]> {
  const byBucket = new Map<string | null, FlowRow[]>();
  for (const row of rows) {
    const list = byBucket.get(row.bucket);
    if (list) list.push(row);
    else byBucket.set(row.bucket, [row]);
  }
  return byBucket;
}

function metricOf(row: FlowRow, metric: TimeseriesMetric): number {
  switch (metric) {
    case 'tonnes':
      return Number(row.tonnes);
    case 'barrels':
      return Number(row.barrels);
    case 'shipments':
      return row.shipments;
    case 'valueUsd':
      return Number(row.valueUsd);
  }
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
