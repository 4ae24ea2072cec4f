import type { Granularity, LandedPrices, PriceMatch, PricePoint } from '@tradeflow/domain';
import { PRICE_MATCHES, pricePointAt } from '@tradeflow/domain';
import type { TableCell, TableModel } from '../../charts/table-model';
import { colourFor } from '../../charts/palette';
import { formatInteger, formatNumber } from '../../format/numbers';

/** The benchmark shown when the address names none. */
export const DEFAULT_BENCHMARK = 'BRENT';

/** Origins drawn as lines (the largest by valued barrels); the tables list every origin. */
export const DRAWN_ORIGINS = 6;

/** The page's own state in the address, beside the global filters. */
export interface PricesViewState {
  benchmark: string;
  match: PriceMatch;
}

export function readPricesState(params: URLSearchParams): PricesViewState {
  const match = params.get('match');
  return {
    benchmark: params.get('benchmark') || DEFAULT_BENCHMARK,
    match: (PRICE_MATCHES as readonly string[]).includes(match ?? '') ? (match as PriceMatch) : 'arrival',
  };
}

/** Writes the state, leaving defaults out of the address. */
export function writePricesState(params: URLSearchParams, state: PricesViewState): URLSearchParams {
  const next = new URLSearchParams(params);
  if (state.benchmark === DEFAULT_BENCHMARK) next.delete('benchmark');
  else next.set('benchmark', state.benchmark);
  if (state.match === 'arrival') next.delete('match');
  else next.set('match', state.match);
  return next;
}

/** Benchmarks are monthly: day and week views are shown by month. */
export function priceGranularity(granularity: string): Granularity {
  return granularity === 'day' || granularity === 'week' ? 'month' : (granularity as Granularity);
}

/**
 * The API parameters: the global filters, crude oil when no commodity is chosen (benchmarks price
 * crude), the bucket, the benchmark and the match.
 */
export function pricesParams(
  apiParams: URLSearchParams,
  granularity: Granularity,
  state: PricesViewState,
): URLSearchParams {
  const params = new URLSearchParams(apiParams);
  params.delete('granularity');
  if (!params.get('commodity')) params.set('commodity', 'crude_oil');
  if (granularity !== 'month') params.set('granularity', granularity);
  params.set('benchmark', state.benchmark);
  if (state.match !== 'arrival') params.set('match', state.match);
  return params;
}

export const formatUsdPerBarrel = (value: number | null) =>
  value === null ? '–' : `$${formatNumber(value, 2)}`;
export const formatSignedUsd = (value: number | null) =>
  value === null
    ? 'missing'
    : `${value > 0 ? '+' : value < 0 ? '−' : ''}$${formatNumber(Math.abs(value), 2)}`;
export const formatSignedPercent = (value: number | null) =>
  value === null
    ? 'missing'
    : `${value > 0 ? '+' : value < 0 ? '−' : ''}${formatNumber(Math.abs(value), 1)}%`;

export interface PriceLine {
  key: string;
  label: string;
  values: (number | null)[];
  colour: string;
  dashed?: boolean;
}

/** The lines of the chart: the largest origins' prices, then the benchmark (dashed, black). */
export function priceLines(prices: LandedPrices): PriceLine[] {
  const origins = prices.origins
    .filter((origin) => origin.total.usdPerBarrel !== null)
    .slice(0, DRAWN_ORIGINS)
    .map((origin) => ({
      key: origin.origin,
      label: origin.label,
      values: origin.periods.usdPerBarrel,
      colour: colourFor('origin', origin.origin),
    }));
  if (!prices.benchmark) return origins;
  return [
    ...origins,
    {
      key: `benchmark:${prices.benchmark.code}`,
      label: prices.benchmark.name,
      values: prices.benchmarkPrices,
      colour: '#000000',
      dashed: true,
    },
  ];
}

/** The chart as a table: one row per period, a price column per origin drawn and the benchmark. */
export function priceLinesTable(prices: LandedPrices, labels: string[]): TableModel {
  const lines = priceLines(prices);
  return {
    columns: [
      { key: 'period', label: 'Period' },
      ...lines.map((line) => ({
        key: line.key,
        label: `${line.label} (USD/bbl)`,
        numeric: true,
        format: formatUsdPerBarrel,
      })),
    ],
    rows: labels.map((label, index) => [label, ...lines.map((line) => line.values[index] ?? null)]),
  };
}

export interface DiscountRow {
  origin: string;
  label: string;
  point: PricePoint;
}

/** One row per origin with a price over the range, largest first (the discount table). */
export function discountRows(prices: LandedPrices): DiscountRow[] {
  return prices.origins
    .filter((origin) => origin.total.shipments > 0)
    .map((origin) => ({ origin: origin.origin, label: origin.label, point: origin.total }));
}

/** Every origin and period (the discount table's table view and CSV), newest period first. */
export function discountTable(prices: LandedPrices, labels: string[]): TableModel {
  const rows: TableCell[][] = [];
  for (let index = labels.length - 1; index >= 0; index--) {
    for (const origin of prices.origins) {
      const point = pricePointAt(origin.periods, index);
      if (!point.shipments) continue;
      rows.push([
        labels[index],
        origin.label,
        point.usdPerBarrel,
        point.usdPerTonne,
        point.benchmarkUsdPerBarrel,
        point.discountUsdPerBarrel,
        point.discountPercent,
        point.shipments,
        point.shipmentsWithoutValue,
        point.unmatchedShipments,
      ]);
    }
  }
  return {
    columns: [
      { key: 'period', label: 'Period' },
      { key: 'origin', label: 'Origin' },
      { key: 'usdPerBarrel', label: 'Landed price (USD/bbl)', numeric: true, format: formatUsdPerBarrel },
      { key: 'usdPerTonne', label: 'Landed price (USD/t)', numeric: true, format: formatUsdPerBarrel },
      {
        key: 'benchmark',
        label: `${prices.benchmark?.name ?? 'Benchmark'} (USD/bbl)`,
        numeric: true,
        format: formatUsdPerBarrel,
      },
      {
        key: 'discount',
        label: 'Discount (−) or premium (USD/bbl)',
        numeric: true,
        format: formatSignedUsd,
      },
      {
        key: 'discountPercent',
        label: 'Discount or premium (%)',
        numeric: true,
        format: formatSignedPercent,
      },
      { key: 'shipments', label: 'Cargoes', numeric: true, format: formatInteger },
      {
        key: 'withoutValue',
        label: 'Without a USD value',
        numeric: true,
        format: formatInteger,
      },
      {
        key: 'unmatched',
        label: 'Without a benchmark month',
        numeric: true,
        format: formatInteger,
      },
    ],
    rows,
  };
}
