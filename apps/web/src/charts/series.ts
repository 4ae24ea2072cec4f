import { OTHER_KEY } from './palette';

export interface Series {
  key: string;
  label: string;
  values: number[];
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/**
 * Keeps the `keep` largest series (by total) and adds the rest up into one "Other" series, so a
 * stacked chart stays readable. When folding would hide just one series, nothing is folded.
 */
export function foldSmallSeries(series: readonly Series[], keep: number, otherLabel = 'Other'): Series[] {
  if (series.length <= keep + 1) return [...series];
  const sorted = [...series].sort((a, b) => sum(b.values) - sum(a.values));
  const kept = sorted.slice(0, keep);
  const rest = sorted.slice(keep);
  const length = series[0]?.values.length ?? 0;
  const other = Array.from({ length }, (_, i) => sum(rest.map((s) => s.values[i] ?? 0)));
  return [...kept, { key: OTHER_KEY, label: otherLabel, values: other }];
}

/** Each bucket as percentages of its total (0 where the bucket is empty), for a 100% stacked chart. */
export function toPercentages(series: readonly Series[]): Series[] {
  const length = series[0]?.values.length ?? 0;
  const totals = Array.from({ length }, (_, i) => sum(series.map((s) => s.values[i] ?? 0)));
  return series.map((s) => ({
    ...s,
    values: s.values.map((value, i) => (totals[i] ? (value / (totals[i] as number)) * 100 : 0)),
  }));
}

/** Rounds for display and CSV so both say exactly the same. */
export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  return rounded === 0 ? 0 : rounded;
}
