import type { AnalyticsSummary, ConcentrationSeries } from '@tradeflow/domain';
import type { TableModel } from '../../charts/table-model';
import { formatDate } from '../../format/dates';
import { formatEffectiveSuppliers, formatHhi, formatInteger, formatShare } from '../../format/numbers';
import { countryLabel } from '../../format/labels';
import { ALL_IMPORTERS } from '../../filters/dashboard-filters';
import type { ResolvedSide, Side } from './compare-selection';

/** 'Pakistan, Jun 2023 – May 2024' or 'All importers, …': how a side is named on screen. */
export function sideName(side: ResolvedSide): string {
  const who = side.importer === ALL_IMPORTERS ? 'All importers' : countryLabel(side.importer);
  return `${who}, ${formatDate(side.range.from)} – ${formatDate(side.range.to)}`;
}

const difference = (a: number | null, b: number | null) => (a === null || b === null ? null : b - a);

/** One row per group of either side: its share in A and in B and B − A (fractions), largest first. */
export function shareComparison(a: AnalyticsSummary, b: AnalyticsSummary): TableModel {
  const keys = new Map<string, string>();
  for (const group of [...a.groups, ...b.groups]) keys.set(group.key, group.label);
  const shareOf = (summary: AnalyticsSummary, key: string) =>
    summary.groups.find((group) => group.key === key)?.share ?? 0;
  const rows = [...keys]
    .map(([key, label]) => ({ label, a: shareOf(a, key), b: shareOf(b, key) }))
    .sort((x, y) => Math.max(y.a, y.b) - Math.max(x.a, x.b) || x.label.localeCompare(y.label));
  const share = (value: number) => formatShare(value);
  return {
    columns: [
      {
        key: 'group',
        label: a.groupBy === 'origin' ? 'Supplier' : a.groupBy === 'currency' ? 'Currency' : 'Route',
      },
      { key: 'a', label: 'A share', numeric: true, format: share },
      { key: 'b', label: 'B share', numeric: true, format: share },
      { key: 'difference', label: 'B − A (points)', numeric: true, format: (v) => pointText(v) },
    ],
    rows: rows.map((row) => [row.label, row.a, row.b, row.b - row.a]),
  };
}

function pointText(delta: number): string {
  const points = (delta * 100).toFixed(1);
  return Number(points) > 0 ? `+${points}` : Number(points) === 0 ? '0.0' : points.replace('-', '−');
}

/** The headline figures of both sides with their difference. */
export function headlineComparison(a: AnalyticsSummary, b: AnalyticsSummary): TableModel {
  const signed = (format: (value: number) => string) => (value: number) =>
    value > 0 ? `+${format(value)}` : value < 0 ? `−${format(-value)}` : format(0);
  const figures: [string, number | null, number | null, (value: number) => string][] = [
    ['HHI by supplier', a.hhi, b.hhi, formatHhi],
    ['Effective suppliers', a.effectiveSuppliers, b.effectiveSuppliers, formatEffectiveSuppliers],
    ['Suppliers', a.suppliers, b.suppliers, formatInteger],
    ['Largest supplier share', a.topShare, b.topShare, (v) => formatShare(v)],
    ['Tonnes', a.totalTonnes, b.totalTonnes, formatInteger],
    ['Shipments', a.shipmentCount, b.shipmentCount, formatInteger],
  ];
  return {
    columns: [
      { key: 'figure', label: 'Figure' },
      { key: 'a', label: 'A', numeric: true },
      { key: 'b', label: 'B', numeric: true },
      { key: 'difference', label: 'B − A', numeric: true },
    ],
    rows: figures.map(([label, valueA, valueB, format]) => {
      const delta = difference(valueA, valueB);
      return [
        label,
        valueA === null ? null : format(valueA),
        valueB === null ? null : format(valueB),
        delta === null ? null : signed(format)(delta),
      ];
    }),
  };
}

export interface AlignedSeries {
  /** x-axis labels: the buckets when both sides share them, else 'A label / B label' by position. */
  labels: string[];
  a: (number | null)[];
  b: (number | null)[];
}

/**
 * HHI or effective suppliers of both sides on one axis. Two importers over the same months share
 * their buckets; two periods are laid side by side by position (month 1 of A beside month 1 of B).
 */
export function alignConcentration(
  a: ConcentrationSeries,
  b: ConcentrationSeries,
  measure: 'hhi' | 'effectiveSuppliers',
): AlignedSeries {
  const sameBuckets =
    a.buckets.length === b.buckets.length && a.buckets.every((bucket, i) => bucket === b.buckets[i]);
  const length = Math.max(a.points.length, b.points.length);
  const labels = Array.from({ length }, (_, i) =>
    sameBuckets ? (a.labels[i] ?? '') : `${a.labels[i] ?? '–'} / ${b.labels[i] ?? '–'}`,
  );
  const values = (series: ConcentrationSeries) =>
    Array.from({ length }, (_, i) => series.points[i]?.[measure] ?? null);
  return { labels, a: values(a), b: values(b) };
}

export function alignedTable(
  series: AlignedSeries,
  label: string,
  format: (value: number) => string,
): TableModel {
  return {
    columns: [
      { key: 'period', label: 'Period' },
      { key: 'a', label: `A ${label}`, numeric: true, format },
      { key: 'b', label: `B ${label}`, numeric: true, format },
      { key: 'difference', label: 'B − A', numeric: true, format },
    ],
    rows: series.labels.map((period, i) => {
      const a = series.a[i] ?? null;
      const b = series.b[i] ?? null;
      return [period, a, b, difference(a, b)];
    }),
  };
}

export const SIDE_LABELS: Record<Side, string> = { a: 'A', b: 'B' };
