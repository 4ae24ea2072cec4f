// Request and response shapes of the analytics and fx-rate API, shared by the API (its DTOs implement
// these) and the web app. Numbers are JSON numbers: sums come from PostgreSQL numeric, exact to the
// kilogram (tonnes have 3 decimals) and to the cent (USD values are rounded to 2 decimals).
import type { Granularity } from '../analytics/buckets';
import { GRANULARITIES } from '../analytics/buckets';
import type { HhiBand, HhiBandSet } from '../analytics/hhi-bands';
import type { CommodityCode } from '../codes/commodities';
import type { AnalyticsSource } from '../official/official-contract';
import type { RiskWeighting } from './energy-security-contract';

export const GROUP_BYS = [
  'origin',
  'currency',
  'commodity',
  'mode',
  'region',
  'route',
  'destination',
] as const;

export type GroupBy = (typeof GROUP_BYS)[number];

/**
 * What summary and timeseries group by, and what a scenario can exclude: GROUP_BYS (each shipment in
 * exactly one group) plus `chokepoint`, where a shipment is in the group of every chokepoint it passes
 * (`none` when it passes none), so the groups overlap and their shares do not add up to 1.
 */
export const ANALYTICS_GROUP_BYS = [...GROUP_BYS, 'chokepoint'] as const;

export type AnalyticsGroupBy = (typeof ANALYTICS_GROUP_BYS)[number];

/** Group-bys whose groups overlap (one shipment in several groups). */
export const OVERLAPPING_GROUP_BYS: readonly AnalyticsGroupBy[] = ['chokepoint'];

export function groupsOverlap(groupBy: AnalyticsGroupBy): boolean {
  return OVERLAPPING_GROUP_BYS.includes(groupBy);
}

/** The notice answers grouped by an overlapping dimension carry (and the dashboard shows). */
export const OVERLAPPING_GROUPS_NOTE =
  "One shipment can pass several chokepoints, so it counts in each of their groups: the shares overlap and do not add up to 100%, and the totals are the selection's (each shipment once).";

/** Group key of shipments that have no payment currency (and no value) recorded; labelled "Not recorded". */
export const NO_CURRENCY_KEY = 'none';

/** Every granularity the analytics endpoints accept (calendar UTC buckets; ISO weeks start on Monday). */
export const ANALYTICS_GRANULARITIES = GRANULARITIES;

/** Default granularity of timeseries, concentration and scenario. */
export const DEFAULT_GRANULARITY: Granularity = 'month';

/** Default groupBy (summary, timeseries) and dimension (concentration, scenario). */
export const DEFAULT_GROUP_BY: GroupBy = 'origin';

/** Port filter value that matches shipments with no port recorded (e.g. overland LPG). */
export const NO_PORT_KEY = 'none';

/**
 * Shipment filters: `from`/`to` bound the arrival date (YYYY-MM-DD); a list matches any of its values.
 * They apply everywhere filters apply: listing, analytics, flows, outlook, exports.
 */
export interface ShipmentFilters {
  from?: string;
  to?: string;
  commodity?: string[];
  origin?: string[];
  currency?: string[];
  mode?: string[];
  status?: string[];
  q?: string;
  /** Route keys as the `route` groupBy spells them: `sea`, `road via UZ|AF`. */
  route?: string[];
  /** UN/LOCODEs of the loading port, or `none` for not recorded. */
  loadPort?: string[];
  /** UN/LOCODEs of the discharge port, or `none` for not recorded. */
  dischargePort?: string[];
  /**
   * Importing countries (ISO 3166-1 alpha-2). Shares and indices are computed within the selection,
   * so one importer gives that importer's concentration; several or none pool their imports.
   */
  destination?: string[];
}

/** Granularity options shared by the time-bucketed endpoints. */
export interface BucketedQuery {
  /** `month` by default. */
  granularity?: Granularity;
  /**
   * Month (1-12) a fiscal year starts on, for `granularity=fiscal_year`; the server setting
   * FISCAL_YEAR_START_MONTH (7, July, as in Pakistan) by default (see GET /api/settings).
   */
  fiscalYearStartMonth?: number;
}

// ---------------------------------------------------------------------------------------------
// Shared pieces: conversion factors, HHI bands, concentration basis

/** A published tonnes-to-barrels factor (libs/domain COMMODITIES). */
export interface ConversionFactor {
  commodity: CommodityCode;
  name: string;
  barrelsPerTonne: number;
  source: string;
}

/** Shipments of the selection whose barrels come from their own API gravity (crude only). */
export interface ApiGravityOverrides {
  shipments: number;
  tonnes: number;
  barrels: number;
}

/**
 * Carried by every answer that shows barrels: the factor of each commodity the selection covers (the
 * commodity filter, else every commodity) and whether per-shipment API-gravity factors contributed.
 */
export interface BarrelConversions {
  factors: ConversionFactor[];
  apiGravityOverrides: ApiGravityOverrides;
  /** How an API gravity becomes a factor: 'bbl/t = 1 / (0.158987 x SG), SG = 141.5 / (131.5 + API)'. */
  apiGravityFormula: string;
}

/** The HHI bands an answer is read against (server setting HHI_BANDS). */
export interface HhiBandsInfo {
  set: HhiBandSet;
  thresholds: {
    /** HHI below this is unconcentrated. */
    moderateFrom: number;
    /** HHI above this is highly concentrated. */
    highAbove: number;
    /** A rise of the HHI of more than this against the previous period is significant. */
    significantChange: number;
  };
  source: string;
}

/** What shares and the HHI are taken of: tonnes, or USD value (shipments without a rate add 0). */
export const CONCENTRATION_BASES = ['volume', 'value'] as const;

export type ConcentrationBasis = (typeof CONCENTRATION_BASES)[number];

/** Region group whose share concentration answers report when none is asked for. */
export const DEFAULT_REGION_GROUP = 'GCC';

/** Concentration figures beyond HHI, effective suppliers and Shannon (summary and concentration). */
export interface ConcentrationDetail {
  /** Band of `hhi` under `bands`; null when hhi is null. */
  band: HhiBand | null;
  /** Share of the largest and of the three largest groups, 0..1. */
  topShare: number | null;
  top3Share: number | null;
  /** Share of the `regionGroup` (by origin), 0..1; null when the total is 0. */
  regionGroupShare: number | null;
  /** WITS-normalised HHI, (H - 1/n) / (1 - 1/n) with n = suppliers; null for n <= 1. */
  normalisedHhi: number | null;
  /** Groups with a non-zero amount (suppliers when the dimension is origin). */
  suppliers: number;
}

// ---------------------------------------------------------------------------------------------
// GET /api/analytics/summary

export interface SummaryQuery extends ShipmentFilters {
  /** Dimension of `groups` and of the indices; `origin` by default. */
  groupBy?: AnalyticsGroupBy;
  /** Shares and indices by tonnes (`volume`, default) or by USD value. */
  basis?: ConcentrationBasis;
  /** Region code (GET /api/settings regionGroups) whose share is reported; `GCC` by default. */
  regionGroup?: string;
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

export interface AnalyticsSummary extends ConcentrationDetail {
  groupBy: AnalyticsGroupBy;
  /**
   * True when one shipment can be in several groups (groupBy=chokepoint): shares then do not add up to
   * 1, and the HHI, effective suppliers, Shannon and the concentration detail are null (they need a
   * partition). `overlapNote` says so in words; null otherwise.
   */
  groupsOverlap: boolean;
  overlapNote: string | null;
  basis: ConcentrationBasis;
  bands: HhiBandsInfo;
  regionGroup: { code: string; name: string };
  totalTonnes: number;
  totalBarrels: number;
  shipmentCount: number;
  /** HHI (0..10,000) over `groupBy` by `basis`; null for an empty selection. */
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
  /** Sorted by tonnes, largest first (ties by key); shares sum to 1 unless `groupsOverlap`. */
  groups: SummaryGroup[];
  /** The factors behind `totalBarrels` and the groups' barrels. */
  conversions: BarrelConversions;
  /**
   * groupBy=origin only (else null): sum(r_i x (100 s_i)^2) by `basis`, r_i the supplier's supply-risk
   * score (GET /api/risk-scores; 0.5 until set). `riskWeighting` names the formula, its source and the
   * scores used.
   */
  riskWeightedHhi: number | null;
  riskWeighting: RiskWeighting | null;
}

// ---------------------------------------------------------------------------------------------
// GET /api/analytics/timeseries

/**
 * Totals per bucket (`tonnes`, `barrels`, `shipments`, `valueUsd`) or flow rates over the bucket's
 * days (`tonnesPerDay`, `barrelsPerDay`, `kbd` = thousand barrels per day; see Timeseries.days).
 */
export const TIMESERIES_METRICS = [
  'tonnes',
  'barrels',
  'shipments',
  'valueUsd',
  'tonnesPerDay',
  'barrelsPerDay',
  'kbd',
] as const;

export type TimeseriesMetric = (typeof TIMESERIES_METRICS)[number];

export interface TimeseriesQuery extends ShipmentFilters, BucketedQuery {
  /** `origin` by default. */
  groupBy?: AnalyticsGroupBy;
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
  groupBy: AnalyticsGroupBy;
  /** As in the summary: with groupBy=chokepoint the series overlap and do not add up to `totals`. */
  groupsOverlap: boolean;
  overlapNote: string | null;
  metric: TimeseriesMetric;
  /**
   * Bucket start dates (YYYY-MM-DD), oldest first, every bucket of the range: from `from` to `to` when
   * given, else from the first to the last arrival in the selection. Empty when there is neither.
   */
  buckets: string[];
  /** Display labels of `buckets` ('2023-06', '2023-Q2', '2023', 'FY2023-24', '2023-W24', '2023-06-14'). */
  labels: string[];
  /** The same as `labels` (the name of the first version of this answer). */
  bucketLabels: string[];
  /**
   * Days each bucket covers: its calendar days, or for a first/last bucket cut by `from`/`to` only its
   * days inside the range. Flow-rate metrics divide by these.
   */
  days: number[];
  /** Series sorted by their total over the range, largest first (ties by key). */
  series: TimeseriesSeries[];
  /** Per bucket, the total of the selection (exact, summed in PostgreSQL; each shipment once). */
  totals: number[];
  /** For metric=valueUsd: shipments with a value but no fx rate, which add 0 to the values. */
  shipmentsWithoutFxRate: number;
  /** For barrel metrics (barrels, barrelsPerDay, kbd): the factors used; null otherwise. */
  conversions: BarrelConversions | null;
}

// ---------------------------------------------------------------------------------------------
// GET /api/analytics/concentration

export interface ConcentrationQuery extends ShipmentFilters, BucketedQuery {
  /** `origin` by default. */
  dimension?: GroupBy;
  /** Shares and indices by tonnes (`volume`, default) or by USD value. */
  basis?: ConcentrationBasis;
  /** Region code whose share is reported; `GCC` by default. */
  regionGroup?: string;
}

export interface ConcentrationPoint extends ConcentrationDetail {
  /** Bucket start (YYYY-MM-DD). */
  period: string;
  /** Display label of the bucket ('2023-06', 'FY2023-24'). */
  label: string;
  totalTonnes: number;
  totalValueUsd: number;
  /** Shipments with a value but no fx rate (they add 0 to the value basis). */
  shipmentsWithoutFxRate: number;
  /** Shipments with no value recorded (they add 0 to the value basis). */
  shipmentsWithoutValue: number;
  /** null when nothing arrived in the period (also effectiveSuppliers, shannon, topKey, topShare). */
  hhi: number | null;
  effectiveSuppliers: number | null;
  shannon: number | null;
  topKey: string | null;
  topLabel: string | null;
  /**
   * hhi minus the previous period's hhi (the bucket before the first one is read too); null when
   * either is null.
   */
  hhiChange: number | null;
  /** hhiChange above bands.thresholds.significantChange (100); null when hhiChange is null. */
  significantRise: boolean | null;
  /** dimension=origin only (else null): the HHI weighted by supplier risk (see ConcentrationSeries.riskWeighting). */
  riskWeightedHhi: number | null;
}

export interface ConcentrationSeries {
  granularity: Granularity;
  dimension: GroupBy;
  basis: ConcentrationBasis;
  bands: HhiBandsInfo;
  regionGroup: { code: string; name: string };
  /** Bucket starts and labels, as in the timeseries (the points carry them too). */
  buckets: string[];
  labels: string[];
  points: ConcentrationPoint[];
  /** dimension=origin only (else null): the formula, source and scores behind riskWeightedHhi. */
  riskWeighting: RiskWeighting | null;
}

// ---------------------------------------------------------------------------------------------
// GET /api/analytics/scenario

/**
 * `exclude` is a comma-separated list of `dimension:key` items, e.g.
 * `origin:SA,route:road via UZ|AF,currency:CNY,region:GCC,currency:none`. A shipment is at risk when it
 * matches ANY item. Keys: ISO country code (origin), ISO currency code or `none` (currency), commodity
 * code, transport mode, region code, route key (`sea`, `road via UZ|AF`), chokepoint code
 * (`chokepoint:hormuz`: every shipment that passes the Strait of Hormuz; `chokepoint:none` those that pass none).
 */
export interface ScenarioQuery extends ShipmentFilters, BucketedQuery {
  exclude: string;
  /** cargoes (default) or official: the cut applied to the official statistics (origin, region, commodity). */
  source?: AnalyticsSource;
  /** Dimension of the HHI before and after the cut; `origin` by default. */
  dimension?: GroupBy;
}

export interface ScenarioExclusion {
  dimension: AnalyticsGroupBy;
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

// ---------------------------------------------------------------------------------------------
// GET /api/analytics/flows

export const FLOW_NODE_COLUMNS = ['origin', 'route', 'port'] as const;

export type FlowNodeColumn = (typeof FLOW_NODE_COLUMNS)[number];

/** One node of the origin -> route -> discharge port diagram. */
export interface FlowNode {
  /** `origin:RU`, `route:road via UZ|AF`, `port:PKKHI`, `port:none` (no discharge port recorded). */
  id: string;
  /** The key within its column: country code, route key, UN/LOCODE or `none`. */
  key: string;
  label: string;
  column: FlowNodeColumn;
  /** Tonnes through the node. */
  tonnes: number;
}

/**
 * The shipment filters that list a link's shipments: add them to the diagram's own filters and call
 * GET /api/shipments (e.g. `{ origin: 'RU', route: 'sea' }` or `{ route: 'sea', dischargePort: 'PKKHI' }`).
 */
export interface FlowDrillDown {
  origin?: string;
  route?: string;
  dischargePort?: string;
}

export interface FlowLink {
  /** Node ids. */
  source: string;
  target: string;
  tonnes: number;
  barrels: number;
  shipments: number;
  drillDown: FlowDrillDown;
}

export type FlowsQuery = ShipmentFilters;

/** Sankey-ready: links from origin to route and from route to discharge port, largest first. */
export interface FlowDiagram {
  nodes: FlowNode[];
  links: FlowLink[];
  totalTonnes: number;
  totalBarrels: number;
  shipmentCount: number;
  conversions: BarrelConversions;
}

// ---------------------------------------------------------------------------------------------
// GET /api/analytics/outlook

/** Statuses of shipments that have not landed yet. */
export const INCOMING_STATUSES = ['contracted', 'in_transit'] as const;

/** Shipment filters without `status`: the outlook splits by status itself. */
export type OutlookQuery = Omit<ShipmentFilters, 'status'> & BucketedQuery;

export interface CurrencyMixItem {
  /** ISO 4217 code or `none` (not recorded). */
  key: string;
  label: string;
  tonnes: number;
  /** Share of tonnes, 0..1. */
  share: number;
  valueUsd: number;
  /** Share of USD value, 0..1 (0 when the total value is 0). */
  valueShare: number;
}

/** Figures of one set of shipments (delivered only, or delivered plus incoming); by tonnes. */
export interface OutlookFigures {
  tonnes: number;
  shipments: number;
  valueUsd: number;
  hhiByOrigin: number | null;
  effectiveSuppliersByOrigin: number | null;
  bandByOrigin: HhiBand | null;
  topOriginKey: string | null;
  topOriginShare: number | null;
  hhiByCurrency: number | null;
  bandByCurrency: HhiBand | null;
  /** Largest first by tonnes. */
  currencyMix: CurrencyMixItem[];
}

export interface OutlookComparison {
  /** Shipments with status delivered. */
  delivered: OutlookFigures;
  /** Delivered plus contracted and in_transit, as if they had landed on their arrival date. */
  withIncoming: OutlookFigures;
  incomingTonnes: number;
  incomingShipments: number;
  /** withIncoming minus delivered; null when either is null. */
  hhiByOriginChange: number | null;
  hhiByCurrencyChange: number | null;
}

export interface OutlookPeriod extends OutlookComparison {
  period: string;
  label: string;
}

export interface Outlook {
  granularity: Granularity;
  bands: HhiBandsInfo;
  incomingStatuses: string[];
  /** Every bucket of the range (by arrival date, expected for incoming shipments). */
  periods: OutlookPeriod[];
  /** The same over the whole range. */
  total: OutlookComparison;
  /** Shipments with a value but no fx rate (they add 0 to valueUsd). */
  shipmentsWithoutFxRate: number;
}

/** GET /api/analytics/freshness: how far the cargo records reach. */
export interface DataFreshness {
  /** The latest arrival date of a delivered shipment on or before `today`; null when none. */
  latestArrivalDate: string | null;
  /** The server's date (UTC): periods that have not ended by it are incomplete. */
  today: string;
}
