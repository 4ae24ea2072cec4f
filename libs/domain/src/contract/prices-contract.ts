// Landed prices and benchmark discounts (GET /api/analytics/prices).
import type { BenchmarkFrequency } from '../benchmarks/benchmark-prices';
import type { PriceBasis } from '../codes/price-bases';
import type { BucketedQuery, ShipmentFilters } from './analytics-contract';

/**
 * Which benchmark month a shipment is compared with: the month it arrived (default; the month the
 * analytics bucket it in), or the month it was loaded (its departure date; a shipment without one
 * is then unmatched).
 */
export const PRICE_MATCHES = ['arrival', 'loading'] as const;
export type PriceMatch = (typeof PRICE_MATCHES)[number];
export const DEFAULT_PRICE_MATCH: PriceMatch = 'arrival';

/** Monthly benchmarks make day and week buckets meaningless: the prices answer by month and coarser. */
export const PRICE_GRANULARITIES = ['month', 'quarter', 'year', 'fiscal_year'] as const;

export interface PricesQuery extends ShipmentFilters, BucketedQuery {
  /** Only shipments quoted on these bases (FOB, CFR, CIF, DES, unknown); all by default. */
  priceBasis?: PriceBasis[];
  /** A benchmark code (GET /api/benchmarks) to compute discounts against; none by default. */
  benchmark?: string;
  match?: PriceMatch;
}

/**
 * The price of one origin (or all) in one period (or the whole range). Prices are volume-weighted:
 * the sum of USD values over the sum of volumes of the shipments that have a USD value (a USD
 * payment, or a rate on or before arrival), computed in PostgreSQL numeric. null where no shipment
 * has a value.
 */
export interface PricePoint {
  shipments: number;
  /** Shipments without a USD value (no value recorded, or no fx rate): not in the price. */
  shipmentsWithoutValue: number;
  valuedTonnes: number;
  valuedBarrels: number;
  valueUsd: number;
  /** 4 decimals. */
  usdPerBarrel: number | null;
  /** 2 decimals. */
  usdPerTonne: number | null;
  /**
   * The benchmark over the same barrels: each valued shipment's matched-month benchmark price,
   * weighted by its barrels, over the shipments whose month has a price. null without a benchmark
   * price for any of them (missing, never 0).
   */
  benchmarkUsdPerBarrel: number | null;
  /**
   * Price minus benchmark over the matched shipments (negative = a discount), USD/bbl to 4 decimals
   * and % of the benchmark to 2 decimals; null when the benchmark is missing.
   */
  discountUsdPerBarrel: number | null;
  discountPercent: number | null;
  /** Valued shipments left out of the discount: their matched month has no benchmark price. */
  unmatchedShipments: number;
}

/**
 * The points of every bucket, one array per measure (the i-th entry is bucket i): the same figures
 * as PricePoint, laid out by column so a long range stays a small answer. pricePointAt reads one.
 */
export type PriceSeries = { [K in keyof PricePoint]: PricePoint[K][] };

export const PRICE_POINT_FIELDS = [
  'shipments',
  'shipmentsWithoutValue',
  'valuedTonnes',
  'valuedBarrels',
  'valueUsd',
  'usdPerBarrel',
  'usdPerTonne',
  'benchmarkUsdPerBarrel',
  'discountUsdPerBarrel',
  'discountPercent',
  'unmatchedShipments',
] as const satisfies readonly (keyof PricePoint)[];

/** The point of bucket `index` of a series. */
export function pricePointAt(series: PriceSeries, index: number): PricePoint {
  return Object.fromEntries(
    PRICE_POINT_FIELDS.map((field) => [field, series[field][index]]),
  ) as unknown as PricePoint;
}

/** A series of points (the inverse of pricePointAt over every index). */
export function toPriceSeries(points: readonly PricePoint[]): PriceSeries {
  return Object.fromEntries(
    PRICE_POINT_FIELDS.map((field) => [field, points.map((point) => point[field])]),
  ) as unknown as PriceSeries;
}

export interface OriginPrices {
  /** ISO 3166-1 alpha-2. */
  origin: string;
  label: string;
  /** Every bucket, in `buckets` order, by measure. */
  periods: PriceSeries;
  total: PricePoint;
}

export interface PricesBenchmark {
  code: string;
  name: string;
  frequency: BenchmarkFrequency;
  note: string | null;
}

export interface LandedPrices {
  granularity: string;
  buckets: string[];
  labels: string[];
  match: PriceMatch;
  /** The bases the answer is limited to, or null for all. */
  priceBasis: PriceBasis[] | null;
  benchmark: PricesBenchmark | null;
  /**
   * The benchmark per bucket: the mean of its monthly prices in the bucket (a daily series: of each
   * month's daily mean); null for a bucket without any price. Empty without a benchmark.
   */
  benchmarkPrices: (number | null)[];
  /** By valued barrels over the range, largest first. */
  origins: OriginPrices[];
  /** Every origin together. */
  all: { periods: PriceSeries; total: PricePoint };
}
