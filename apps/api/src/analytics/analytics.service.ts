import { Injectable } from '@nestjs/common';
import {
  type AnalyticsGroupBy,
  type AnalyticsSource,
  API_GRAVITY_FORMULA,
  conversionFactors,
  DEFAULT_ANALYTICS_SOURCE,
  officialSourceProblems,
  type ShipmentFilters,
  type AnalyticsSummary,
  type BucketOptions,
  bucketDaysInRange,
  type ConcentrationBasis,
  type ConcentrationPoint,
  type ConcentrationSeries,
  concentrationProfile,
  DEFAULT_GRANULARITY,
  DEFAULT_GROUP_BY,
  DEFAULT_REGION_GROUP,
  type Granularity,
  groupLabel,
  groupsOverlap,
  OVERLAPPING_GROUPS_NOTE,
  hhiBand,
  isSignificantRise,
  parseScenarioExclusions,
  previousBucket,
  regionName,
  regionOf,
  riskWeightedHhi,
  type ScenarioFigures,
  scenarioFigures,
  type ScenarioResult,
  shareOrNull,
  type SummaryGroup,
  type Timeseries,
  type TimeseriesMetric,
} from '@tradeflow/domain';
import { FieldValidationException } from '../common/api-error';
import { AnalyticsSettingsService } from '../settings/analytics-settings.service';
import { SupplyRiskService } from '../supply-risk/supply-risk.service';
import { AnalyticsReader } from './analytics-reader';
import { BarrelConversionsReader } from './barrel-conversions';
import { assertBucketCount, bucketRange } from './bucket-range';
import type {
  ConcentrationQueryDto,
  ScenarioQueryDto,
  SummaryQueryDto,
  TimeseriesQueryDto,
} from './dto/analytics-queries';
import { type FlowMeasure, type FlowRow, setOf, totalRow } from './flow-query';
import { lastArrivalSql } from './raw-shipments-sql';

const BY_KEY = setOf('key');
const BY_BUCKET = setOf('bucket');
const BY_BUCKET_KEY = setOf('bucket', 'key');

const BARREL_METRICS: ReadonlySet<TimeseriesMetric> = new Set(['barrels', 'barrelsPerDay', 'kbd']);

/**
 * The analytics answers. PostgreSQL sums (numeric, exact) per group and per total in one statement
 * with GROUPING SETS; this service only turns those few aggregated rows into shares and indices
 * with libs/domain, and lays them out on the bucket range.
 */
@Injectable()
export class AnalyticsService {
  constructor(
    private readonly reader: AnalyticsReader,
    private readonly settings: AnalyticsSettingsService,
    private readonly conversions: BarrelConversionsReader,
    private readonly supplyRisk: SupplyRiskService,
  ) {}

  async summary(query: SummaryQueryDto): Promise<AnalyticsSummary> {
    const groupBy = query.groupBy ?? DEFAULT_GROUP_BY;
    const basis = query.basis ?? 'volume';
    const regionGroup = query.regionGroup ?? DEFAULT_REGION_GROUP;
    const source = checkedSource(query);
    const [rows, regionRows, conversions] = await Promise.all([
      this.reader.flows({
        filters: query,
        source,
        groupBy,
        groupingSets: [['key'], []],
        measures: ['shipments', 'barrels', 'valueUsd', 'withoutValue'],
      }),
      readsRegionFromGroups(groupBy)
        ? undefined
        : this.reader.flows({
            filters: query,
            source,
            groupBy: 'region',
            groupingSets: [['key']],
            measures: basisMeasures(basis),
          }),
      this.conversionsOf(query, source),
    ]);
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
    const overlap = groupsOverlap(groupBy);
    // Overlapping groups do not split the total: no index of concentration is taken over them.
    const profile = concentrationProfile(
      overlap
        ? []
        : groups.map((group) => ({
            key: group.key,
            amount: basis === 'value' ? group.valueUsd : group.tonnes,
          })),
    );
    const risk =
      groupBy === 'origin' ? await this.supplyRisk.weightingFor(groups.map((group) => group.key)) : null;
    const regionAmount = regionGroupAmount(
      regionRows ?? rows.filter((row) => row.set === BY_KEY),
      regionRows ? 'region' : groupBy,
      regionGroup,
      basis,
    );
    return {
      groupBy,
      groupsOverlap: overlap,
      overlapNote: overlap ? OVERLAPPING_GROUPS_NOTE : null,
      basis,
      bands: this.settings.bands,
      regionGroup: { code: regionGroup, name: regionName(regionGroup) ?? regionGroup },
      totalTonnes,
      totalBarrels: Number(total.barrels),
      shipmentCount: total.shipments,
      hhi: profile.hhi,
      effectiveSuppliers: profile.effectiveSuppliers,
      shannon: profile.shannon,
      band: profile.hhi === null ? null : hhiBand(profile.hhi, this.settings.bandSet),
      topShare: profile.topShare,
      top3Share: profile.top3Share,
      regionGroupShare: overlap
        ? null
        : shareOrNull(regionAmount, basis === 'value' ? totalValueUsd : totalTonnes),
      normalisedHhi: profile.normalisedHhi,
      suppliers: profile.suppliers,
      totalValueUsd,
      shipmentsWithoutFxRate: total.withoutRate,
      shipmentsWithoutValue: total.withoutValue,
      groups,
      conversions,
      riskWeightedHhi: risk
        ? riskWeightedHhi(
            groups.map((group) => ({
              key: group.key,
              amount: basis === 'value' ? group.valueUsd : group.tonnes,
            })),
            risk.scoreOf,
          )
        : null,
      riskWeighting: risk?.weighting ?? null,
    };
  }

  /** The latest arrival date (YYYY-MM-DD) of the shipments matching `filters`; null when none. */
  async lastArrival(filters: ShipmentFilters): Promise<string | null> {
    const { sql, params } = lastArrivalSql(filters);
    const [row] = await this.reader.read<{ last: string | null }>(sql, params);
    return row?.last ?? null;
  }

  async timeseries(query: TimeseriesQueryDto): Promise<Timeseries> {
    const { granularity, options } = this.bucketing(query);
    const groupBy = query.groupBy ?? DEFAULT_GROUP_BY;
    const metric = query.metric ?? 'tonnes';
    const source = checkedSource(query);
    assertBucketCount(query, granularity, options);
    const [rows, conversions] = await Promise.all([
      this.reader.flows({
        filters: query,
        source,
        granularity,
        fiscalYearStartMonth: options.fiscalYearStartMonth,
        groupBy,
        groupingSets: [['bucket', 'key'], ['bucket'], ['key'], []],
        measures: metricMeasures(metric),
      }),
      BARREL_METRICS.has(metric) ? this.conversionsOf(query, source) : null,
    ]);
    const total = totalRow(rows);
    const range = bucketRange(query, total, granularity, options);
    const days = range.starts.map((start) => bucketDaysInRange(start, granularity, query, options));
    const valuesByKey = new Map<string, number[]>();
    const totals = range.starts.map(() => 0);
    for (const row of rows) {
      const index = row.bucket === null ? undefined : range.indexOf.get(row.bucket);
      if (index === undefined) continue;
      const value = metricOf(row, metric, days[index] as number);
      if (row.set === BY_BUCKET) totals[index] = value;
      if (row.set === BY_BUCKET_KEY) {
        const key = row.key as string;
        const values = valuesByKey.get(key) ?? range.starts.map(() => 0);
        values[index] = value;
        valuesByKey.set(key, values);
      }
    }
    // Series are ranked by their total over the range (for a flow rate, the same order).
    const keyTotals = new Map(
      rows.filter((row) => row.set === BY_KEY).map((row) => [row.key as string, metricOf(row, metric, 1)]),
    );
    const series = [...valuesByKey]
      .map(([key, values]) => ({ key, label: groupLabel(groupBy, key), values }))
      .sort((a, b) => (keyTotals.get(b.key) ?? 0) - (keyTotals.get(a.key) ?? 0) || compareKeys(a.key, b.key));
    const overlap = groupsOverlap(groupBy);
    return {
      granularity,
      groupBy,
      groupsOverlap: overlap,
      overlapNote: overlap ? OVERLAPPING_GROUPS_NOTE : null,
      metric,
      buckets: range.starts,
      labels: range.labels,
      bucketLabels: range.labels,
      days,
      series,
      totals,
      shipmentsWithoutFxRate: metric === 'valueUsd' ? total.withoutRate : 0,
      conversions,
    };
  }

  async concentration(query: ConcentrationQueryDto): Promise<ConcentrationSeries> {
    const { granularity, options } = this.bucketing(query);
    const dimension = query.dimension ?? DEFAULT_GROUP_BY;
    const basis = query.basis ?? 'volume';
    const regionGroup = query.regionGroup ?? DEFAULT_REGION_GROUP;
    const source = checkedSource(query);
    assertBucketCount(query, granularity, options);
    const bucketed = {
      filters: query,
      source,
      granularity,
      fiscalYearStartMonth: options.fiscalYearStartMonth,
    };
    const previous = query.from ? previousBucket(query.from, granularity, options) : null;
    const [rows, regionRows, previousRows] = await Promise.all([
      this.reader.flows({
        ...bucketed,
        groupBy: dimension,
        groupingSets: [['bucket', 'key'], ['bucket'], []],
        measures: ['valueUsd', 'withoutValue'],
      }),
      readsRegionFromGroups(dimension)
        ? undefined
        : this.reader.flows({
            ...bucketed,
            groupBy: 'region',
            groupingSets: [['bucket', 'key']],
            measures: basisMeasures(basis),
          }),
      // The change of the first point is against the bucket before `from`.
      previous
        ? this.reader.flows({
            filters: { ...query, ...previous },
            source,
            groupBy: dimension,
            groupingSets: [['key']],
            measures: basisMeasures(basis),
          })
        : undefined,
    ]);
    const range = bucketRange(query, totalRow(rows), granularity, options);
    const groupsByBucket = groupRowsByBucket(rows.filter((row) => row.set === BY_BUCKET_KEY));
    const totalByBucket = new Map(
      rows.filter((row) => row.set === BY_BUCKET).map((row) => [row.bucket as string, row]),
    );
    const regionByBucket = groupRowsByBucket(regionRows ?? rows.filter((row) => row.set === BY_BUCKET_KEY));
    const regionDimension = regionRows ? 'region' : dimension;
    const risk =
      dimension === 'origin' ? await this.supplyRisk.weightingFor(suppliersByAmount(rows, basis)) : null;
    let previousHhi = previousRows
      ? concentrationProfile(
          previousRows.map((row) => ({ key: row.key as string, amount: amountOf(row, basis) })),
        ).hhi
      : null;
    const points: ConcentrationPoint[] = range.starts.map((period, index) => {
      const groups = groupsByBucket.get(period) ?? [];
      const amounts = groups.map((row) => ({ key: row.key as string, amount: amountOf(row, basis) }));
      const profile = concentrationProfile(amounts);
      const total = totalByBucket.get(period);
      const totalAmount = total ? amountOf(total, basis) : 0;
      const regionAmount = regionGroupAmount(
        regionByBucket.get(period) ?? [],
        regionDimension,
        regionGroup,
        basis,
      );
      const hhiChange = profile.hhi === null || previousHhi === null ? null : profile.hhi - previousHhi;
      previousHhi = profile.hhi;
      return {
        period,
        label: range.labels[index] as string,
        totalTonnes: total ? Number(total.tonnes) : 0,
        totalValueUsd: total ? Number(total.valueUsd) : 0,
        shipmentsWithoutFxRate: total?.withoutRate ?? 0,
        shipmentsWithoutValue: total?.withoutValue ?? 0,
        hhi: profile.hhi,
        effectiveSuppliers: profile.effectiveSuppliers,
        shannon: profile.shannon,
        band: profile.hhi === null ? null : hhiBand(profile.hhi, this.settings.bandSet),
        topKey: profile.topKey,
        topLabel: profile.topKey === null ? null : groupLabel(dimension, profile.topKey),
        topShare: profile.topShare,
        top3Share: profile.top3Share,
        regionGroupShare: shareOrNull(regionAmount, totalAmount),
        normalisedHhi: profile.normalisedHhi,
        suppliers: profile.suppliers,
        hhiChange,
        significantRise: hhiChange === null ? null : isSignificantRise(hhiChange, this.settings.bandSet),
        riskWeightedHhi: risk ? riskWeightedHhi(amounts, risk.scoreOf) : null,
      };
    });
    return {
      granularity,
      dimension,
      basis,
      bands: this.settings.bands,
      regionGroup: { code: regionGroup, name: regionName(regionGroup) ?? regionGroup },
      buckets: range.starts,
      labels: range.labels,
      points,
      riskWeighting: risk?.weighting ?? null,
    };
  }

  async scenario(query: ScenarioQueryDto): Promise<ScenarioResult> {
    const { granularity, options } = this.bucketing(query);
    const dimension = query.dimension ?? DEFAULT_GROUP_BY;
    const { exclusions } = parseScenarioExclusions(query.exclude);
    const source = checkedSource({ ...query, exclusions });
    assertBucketCount(query, granularity, options);
    const rows = await this.reader.flows({
      filters: query,
      source,
      granularity,
      fiscalYearStartMonth: options.fiscalYearStartMonth,
      groupBy: dimension,
      exclusions,
      // figuresOf reads the cut side of the sets with `excluded` only.
      excludedRowsOnly: true,
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

  /** Official statistics convert by the published factors alone: no cargo carries its own API gravity. */
  private conversionsOf(query: SummaryQueryDto | TimeseriesQueryDto, source: AnalyticsSource) {
    return source === 'official'
      ? Promise.resolve({
          factors: conversionFactors(query.commodity),
          apiGravityOverrides: { shipments: 0, tonnes: 0, barrels: 0 },
          apiGravityFormula: API_GRAVITY_FORMULA,
        })
      : this.conversions.of(query);
  }

  bucketing(query: { granularity?: Granularity; fiscalYearStartMonth?: number }): {
    granularity: Granularity;
    options: BucketOptions;
  } {
    return {
      granularity: query.granularity ?? DEFAULT_GRANULARITY,
      options: this.settings.bucketOptions(query),
    };
  }
}

/** The source a query reads; source=official with what official statistics lack is a 400 naming it. */
function checkedSource(
  query: ShipmentFilters & { source?: AnalyticsSource } & Parameters<typeof officialSourceProblems>[0],
): AnalyticsSource {
  const source = query.source ?? DEFAULT_ANALYTICS_SOURCE;
  if (source === 'official') {
    const problems = officialSourceProblems(query);
    if (problems.length) throw new FieldValidationException(problems, 'Not in official statistics');
  }
  return source;
}

/** Scenario figures from the rows of one period (bucketed) or of the whole range. */
function figuresOf(rows: FlowRow[], bucketed: boolean): ScenarioFigures {
  const set = (...more: ('key' | 'excluded')[]) => (bucketed ? setOf('bucket', ...more) : setOf(...more));
  const [all, cut, byKey, byKeyCut] = [set(), set('excluded'), set('key'), set('key', 'excluded')];
  const total = rows.find((row) => row.set === all);
  const atRisk = rows.find((row) => row.set === cut && row.excluded === true);
  const groupAtRisk = new Map(
    rows
      .filter((row) => row.set === byKeyCut && row.excluded === true)
      .map((row) => [row.key as string, Number(row.tonnes)]),
  );
  const groups = rows
    .filter((row) => row.set === byKey)
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

/** Rows by bucket; rows of grouping sets without a bucket under null. */
export function groupRowsByBucket(rows: FlowRow[]): Map<string | null, FlowRow[]> {
  const byBucket = new Map<string | null, FlowRow[]>();
  for (const row of rows) {
    const list = byBucket.get(row.bucket);
    if (list) list.push(row);
    else byBucket.set(row.bucket, [row]);
  }
  return byBucket;
}

/** The keys of the (bucket, key) rows, largest total amount first (ties by key). */
function suppliersByAmount(rows: FlowRow[], basis: ConcentrationBasis): string[] {
  const totals = new Map<string, number>();
  for (const row of rows)
    if (row.set === BY_BUCKET_KEY)
      totals.set(row.key as string, (totals.get(row.key as string) ?? 0) + amountOf(row, basis));
  return [...totals].sort((a, b) => b[1] - a[1] || compareKeys(a[0], b[0])).map(([key]) => key);
}

/** The measures a basis needs beyond tonnes. */
function basisMeasures(basis: ConcentrationBasis): FlowMeasure[] {
  return basis === 'value' ? ['valueUsd'] : [];
}

function amountOf(row: FlowRow, basis: ConcentrationBasis): number {
  return basis === 'value' ? Number(row.valueUsd) : Number(row.tonnes);
}

/** By origin or by region, the rows of the answer itself give the region group's share. */
function readsRegionFromGroups(dimension: AnalyticsGroupBy): boolean {
  return dimension === 'origin' || dimension === 'region';
}

/** The amount of the region group among rows keyed by region, or by origin country. */
function regionGroupAmount(
  rows: FlowRow[],
  dimension: AnalyticsGroupBy,
  regionGroup: string,
  basis: ConcentrationBasis,
): number {
  const inGroup =
    dimension === 'origin'
      ? (key: string) => regionOf(key) === regionGroup
      : (key: string) => key === regionGroup;
  // A handful of already-aggregated rows (one per country at most).
  return rows.filter((row) => inGroup(row.key as string)).reduce((sum, row) => sum + amountOf(row, basis), 0);
}

function metricMeasures(metric: TimeseriesMetric): FlowMeasure[] {
  switch (metric) {
    case 'tonnes':
    case 'tonnesPerDay':
      return [];
    case 'barrels':
    case 'barrelsPerDay':
    case 'kbd':
      return ['barrels'];
    case 'shipments':
      return ['shipments'];
    case 'valueUsd':
      return ['valueUsd'];
  }
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/** A row's metric; flow rates over `days` (rounded to 3 decimals, kb/d to 6). */
function metricOf(row: FlowRow, metric: TimeseriesMetric, days: number): number {
  switch (metric) {
    case 'tonnes':
      return Number(row.tonnes);
    case 'barrels':
      return Number(row.barrels);
    case 'shipments':
      return row.shipments;
    case 'valueUsd':
      return Number(row.valueUsd);
    case 'tonnesPerDay':
      return round(Number(row.tonnes) / days, 3);
    case 'barrelsPerDay':
      return round(Number(row.barrels) / days, 3);
    case 'kbd':
      return round(Number(row.barrels) / days / 1000, 6);
  }
}

export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
