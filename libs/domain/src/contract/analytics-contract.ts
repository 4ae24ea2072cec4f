// Response shapes of the analytics API, shared by the API (its DTOs implement these) and the web app.
import type { Granularity } from '../analytics/buckets';

export const GROUP_BYS = ['origin', 'currency', 'commodity', 'mode', 'region', 'route'] as const;

export type GroupBy = (typeof GROUP_BYS)[number];

export interface SummaryGroup {
  key: string;
  label: string;
  tonnes: number;
  barrels: number;
  shipments: number;
  /** Share of total tonnes, 0..1. */
  share: number;
}

export interface AnalyticsSummary {
  totalTonnes: number;
  totalBarrels: number;
  shipmentCount: number;
  hhi: number | null;
  effectiveSuppliers: number | null;
  shannon: number | null;
  groups: SummaryGroup[];
}

export const TIMESERIES_METRICS = ['tonnes', 'barrels', 'shipments', 'valueUsd'] as const;

export type TimeseriesMetric = (typeof TIMESERIES_METRICS)[number];

export interface Timeseries {
  granularity: Granularity;
  /** Bucket start dates (YYYY-MM-DD), oldest first. */
  buckets: string[];
  /** One value per bucket, in the order of `buckets`. */
  series: { key: string; label: string; values: number[] }[];
}

export interface ConcentrationPoint {
  period: string;
  totalTonnes: number;
  hhi: number | null;
  effectiveSuppliers: number | null;
  shannon: number | null;
  topKey: string | null;
  topShare: number | null;
}

export interface ConcentrationSeries {
  granularity: Granularity;
  dimension: GroupBy;
  points: ConcentrationPoint[];
}

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
