// Request and response shapes of the analytics and fx-rate API, shared by the API (its DTOs implement
// these) and the web app. Numbers are JSON numbers: sums come from PostgreSQL numeric, exact to the
// kilogram (tonnes have 3 decimals) and to the cent (USD values are rounded to 2 decimals).
import type { Granularity } from '../analytics/buckets';
import { GRANULARITIES } from '../analytics/buckets';

export const GROUP_BYS = ['origin', 'currency', 'commodity', 'mode', 'region', 'route'] as const;

export type GroupBy = (typeof GROUP_BYS)[number];

/** Group key of shipments that have no payment currency (and no value) recorded; labelled "Not recorded". */
export const NO_CURRENCY_KEY = 'none';

/** Every granularity the analytics endpoints accept (calendar UTC buckets; ISO weeks start on Monday). */
export const ANALYTICS_GRANULARITIES = GRANULARITIES;

/** Default granularity of timeseries, concentration and scenario. */
export const DEFAULT_GRANULARITY: Granularity = 'month';

/** Default groupBy (summary, timeseries) and dimension (concentration, scenario). */
export const DEFAULT_GROUP_BY: GroupBy = 'origin';

/** Shipment filters: `from`/`to` bound the arrival date (YYYY-MM-DD); a list matches any of its values. */
export interface ShipmentFilters {
  from?: string;
  to?: string;
  commodity?: string[];
  origin?: string[];
  currency?: string[];
  mode?: string[];
  status?: string[];
  q?: string;
}

/** Granularity options shared by the time-bucketed endpoints. */
export interface BucketedQuery {
  /** `month` by default. */
  granularity?: Granularity;
  /** Month (1-12) a fiscal year starts on, for `granularity=fiscal_year`; 7 (July) by default. */
  fiscalYearStartMonth?: number;
}

// ---------------------------------------------------------------------------------------------
// GET /api/analytics/summary

export interface SummaryQuery extends ShipmentFilters {
  /** Dimension of `groups` and of the indices; `origin` by default. */
  groupBy?: GroupBy;
}

export interface SummaryGroup {
  key: string;
  label: string;
  tonnes: number;
  barrels: number;
  shipments: number;
  /** Share of total tonnes, 0..1. */
  share: number;
  /** Value in USD of the group's shipments that have a value and a rate (see `AnalyticsSummary.totalValueUsd`). */
  valueUsd: number;
  /** Share of `totalValueUsd`, 0..1 (0 when the total is 0): the currency mix by value. */
  valueShare: number;
}

export interface AnalyticsSummary {
  groupBy: GroupBy;
  totalTonnes: number;
  totalBarrels: number;
  shipmentCount: number;
  /** HHI (0..10,000) over `groupBy` by tonnes; null for an empty selection. */
  hhi: number | null;
  /** 10,000 / HHI; null for an empty selection. */
  effectiveSuppliers: number | null;
  /** Shannon diversity in nats; null for an empty selection. */
  shannon: number | null;
  /**
   * Sum over shipments with a value of value_amount x USD per unit of the payment currency, using the
   * latest rate on or before the arrival date (USD = 1). Shipments with a value but no such rate add 0
   * and are counted in `shipmentsWithoutFxRate`. Rounded to the cent.
   */
  totalValueUsd: number;
  /** Shipments in the selection that have a value but no fx rate on or before their arrival date. */
  shipmentsWithoutFxRate: number;
  /** Shipments in the selection with no value (and no payment currency) recorded. */
  shipmentsWithoutValue: number;
  /** Sorted by tonnes, largest first (ties by key); shares sum to 1. */
  groups: SummaryGroup[];
}

// ---------------------------------------------------------------------------------------------
// GET /api/analytics/timeseries

export const TIMESERIES_METRICS = ['tonnes', 'barrels', 'shipments', 'valueUsd'] as const;

export type TimeseriesMetric = (typeof TIMESERIES_METRICS)[number];

export interface TimeseriesQuery extends ShipmentFilters, BucketedQuery {
  /** `origin` by default. */
  groupBy?: GroupBy;
  /** `tonnes` by default. */
  metric?: TimeseriesMetric;
}

export interface TimeseriesSeries {
  key: string;
  label: string;
  /** One value per bucket, in the order of `buckets`; 0 where nothing arrived. */
  values: number[];
}

export interface Timeseries {
  granularity: Granularity;
  groupBy: GroupBy;
  metric: TimeseriesMetric;
  /**
   * Bucket start dates (YYYY-MM-DD), oldest first, every bucket of the range: from `from` to `to` when
   * given, else from the first to the last arrival in the selection. Empty when there is neither.
   */
  buckets: string[];
  /** Display labels of `buckets` ('2023-06', '2023-Q2', '2023', 'FY2023-24', '2023-W24', '2023-06-14'). */
  bucketLabels: string[];
  /** Series sorted by their total over the range, largest first (ties by key). */
  series: TimeseriesSeries[];
  /** Per bucket, the sum of every series (exact, summed in PostgreSQL). */
  totals: number[];
  /** For metric=valueUsd: shipments with a value but no fx rate, which add 0 to the values. */
  shipmentsWithoutFxRate: number;
}

// ---------------------------------------------------------------------------------------------
// GET /api/analytics/concentration

export interface ConcentrationQuery extends ShipmentFilters, BucketedQuery {
  /** `origin` by default. */
  dimension?: GroupBy;
}

export interface ConcentrationPoint {
  /** Bucket start (YYYY-MM-DD). */
  period: string;
  /** Display label of the bucket ('2023-06'). */
  label: string;
  totalTonnes: number;
  /** null when nothing arrived in the period (also effectiveSuppliers, shannon, topKey, topShare). */
  hhi: number | null;
  effectiveSuppliers: number | null;
  shannon: number | null;
  topKey: string | null;
  topLabel: string | null;
  topShare: number | null;
}

export interface ConcentrationSeries {
  granularity: Granularity;
  dimension: GroupBy;
  points: ConcentrationPoint[];
}

// ---------------------------------------------------------------------------------------------
// GET /api/analytics/scenario

/**
 * `exclude` is a comma-separated list of `dimension:key` items, e.g.
 * `origin:SA,route:road via UZ|AF,currency:CNY,region:GCC,currency:none`. A shipment is at risk when it
 * matches ANY item. Keys: ISO country code (origin), ISO currency code or `none` (currency), commodity
 * code, transport mode, region code, route key (`sea`, `road via UZ|AF`).
 */
export interface ScenarioQuery extends ShipmentFilters, BucketedQuery {
  exclude: string;
  /** Dimension of the HHI before and after the cut; `origin` by default. */
  dimension?: GroupBy;
}

export interface ScenarioExclusion {
  dimension: GroupBy;
  key: string;
  label: string;
}

/** Volumes in tonnes. Shares and indices are null where their denominator is 0. */
export interface ScenarioFigures {
  totalTonnes: number;
  /** Tonnes of shipments that match an excluded item. */
  atRiskTonnes: number;
  /** atRiskTonnes / totalTonnes, 0..1; null when totalTonnes is 0. */
  atRiskShare: number | null;
  /** totalTonnes - atRiskTonnes. */
  remainingTonnes: number;
  shipmentsAtRisk: number;
  /** Concentration over `dimension` of all the volume. */
  hhiBefore: number | null;
  effectiveSuppliersBefore: number | null;
  /** Concentration over `dimension` of what remains after the cut. */
  hhiAfter: number | null;
  effectiveSuppliersAfter: number | null;
  shannonAfter: number | null;
  topKeyAfter: string | null;
  topShareAfter: number | null;
}

export interface ScenarioPeriod extends ScenarioFigures {
  /** Bucket start (YYYY-MM-DD). */
  period: string;
  label: string;
}

export interface ScenarioResult {
  granularity: Granularity;
  dimension: GroupBy;
  exclusions: ScenarioExclusion[];
  /** Every bucket of the range, as in the timeseries. */
  periods: ScenarioPeriod[];
  /** The same figures over the whole range. */
  total: ScenarioFigures;
}

// ---------------------------------------------------------------------------------------------
// PUT /api/fx-rates, GET /api/fx-rates

/** USD per one unit of `currency` on `date` (e.g. CNY 2023-06-01 0.1406). USD itself is always 1. */
export interface FxRate {
  /** ISO 4217 code, not USD. */
  currency: string;
  /** YYYY-MM-DD. */
  date: string;
  /** > 0, at most 10 decimals. */
  usdPerUnit: number;
}

/** PUT body: at most 10,000 rates, each (currency, date) at most once; all or nothing. */
export interface FxRatesUpsertRequest {
  rates: FxRate[];
}

export interface FxRatesUpsertResult {
  /** Rates that were new. */
  inserted: number;
  /** Rates that replaced a stored rate for the same currency and date. */
  updated: number;
}

export interface FxRatesQuery {
  /** One or more ISO 4217 codes, comma-separated. */
  currency?: string[];
  from?: string;
  to?: string;
  /** 1..1,000 (as shipment listing), default 1,000; page on with `offset`. */
  limit?: number;
  offset?: number;
}

/** Sorted by currency, then date. */
export interface FxRateList {
  items: FxRate[];
  total: number;
  limit: number;
  offset: number;
}
