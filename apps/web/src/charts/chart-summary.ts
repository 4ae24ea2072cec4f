// The short text a screen reader hears after a chart's name: what the drawing says, in words,
// computed from the very numbers the chart draws. The table view ("Show as table") has them all.
import { hhiBandUnder, type HhiBandThresholds } from '@tradeflow/domain';
import { HHI_BAND_LABELS } from '../format/bands';
import { formatHhi, formatInteger } from '../format/numbers';

export interface SummaryItem {
  label: string;
  value: number;
}

export interface SummarySeries {
  label: string;
  values: readonly (number | null)[];
}

/** How many items a summary names before it groups the rest. */
const SHOWN = 4;

const sum = (values: readonly (number | null)[]) =>
  values.reduce<number>((total, value) => total + (value ?? 0), 0);

/** A percentage for reading aloud: whole percents, '<1%' for a small share that is not zero. */
function percentText(percent: number): string {
  if (percent > 0 && percent < 0.5) return '<1%';
  return `${formatInteger(percent)}%`;
}

/**
 * Each item's share of the total, largest first: 'Saudi Arabia 39%, UAE 34%, Kuwait 15%, Qatar 7%,
 * 2 others 5%'. Items of zero are left out; '' when there is nothing to share.
 */
export function shareSummary(items: readonly SummaryItem[], shown = SHOWN): string {
  const positive = items.filter((item) => item.value > 0);
  const total = sum(positive.map((item) => item.value));
  if (total <= 0) return '';
  const sorted = [...positive].sort((a, b) => b.value - a.value);
  // Naming the last one costs no more words than "1 other".
  const named = sorted.length <= shown + 1 ? sorted : sorted.slice(0, shown);
  const rest = sorted.slice(named.length);
  const parts = named.map((item) => `${item.label} ${percentText((item.value / total) * 100)}`);
  if (rest.length > 0) {
    parts.push(`${rest.length} others ${percentText((sum(rest.map((item) => item.value)) / total) * 100)}`);
  }
  return parts.join(', ');
}

/** Stacked series over periods: each series' share of everything drawn ('Saudi Arabia 39%, ...'). */
export function stackedSummary(series: readonly SummarySeries[], shown = SHOWN): string {
  return shareSummary(
    series.map((s) => ({ label: s.label, value: sum(s.values) })),
    shown,
  );
}

/**
 * A 100% stacked chart: the mix of its first and its last period with anything in it
 * ('2022 Q3: USD 100%. 2024 Q2: USD 64%, CNY 30%, AED 6%'); one period when there is one.
 */
export function mixSummary(
  periods: readonly string[],
  series: readonly SummarySeries[],
  shown = SHOWN,
): string {
  const filled = periods
    .map((period, index) => ({
      period,
      items: series.map((s) => ({ label: s.label, value: s.values[index] ?? 0 })),
    }))
    .filter(({ items }) => items.some((item) => item.value > 0));
  const ends = filled.length > 1 ? [filled[0], filled[filled.length - 1]] : filled;
  return ends.map((end) => `${end?.period}: ${shareSummary(end?.items ?? [], shown)}`).join('. ');
}

/**
 * One line over periods: first and last value, and the highest when it reads as neither
 * ('HHI 2,450 in 2022 Q3, 1,830 in 2024 Q2; highest 2,900 in 2023 Q1'). Gaps (null) are skipped.
 */
export function lineSummary(
  name: string,
  periods: readonly string[],
  values: readonly (number | null)[],
  format: (value: number) => string,
): string {
  const points = periods
    .map((period, index) => ({ period, value: values[index] ?? null }))
    .filter((point): point is { period: string; value: number } => point.value !== null);
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return `${name}: no data`;
  if (first === last) return `${name} ${format(first.value)} in ${first.period}`;
  const highest = points.reduce((top, point) => (point.value > top.value ? point : top), first);
  // Named when it reads differently from both ends ('highest 3.4' after 'ending at 3.4' says nothing).
  const peakText = format(highest.value);
  const peak =
    peakText !== format(first.value) && peakText !== format(last.value)
      ? `; highest ${peakText} in ${highest.period}`
      : '';
  return `${name} ${format(first.value)} in ${first.period}, ${format(last.value)} in ${last.period}${peak}`;
}

/** Periods a summary lists by name; more are counted. */
const LISTED_PERIODS = 4;

/**
 * 'in 2023 Q3 and 2024 Q1': the periods flagged ('in 7 periods, the last 2024 Q2' when there are
 * many), or '' when none is.
 */
export function flaggedPeriods(
  periods: readonly string[],
  flags: readonly (boolean | null | undefined)[],
): string {
  const flagged = periods.filter((_, index) => flags[index] === true);
  const last = flagged[flagged.length - 1];
  if (last === undefined) return '';
  if (flagged.length === 1) return `in ${last}`;
  if (flagged.length > LISTED_PERIODS) return `in ${formatInteger(flagged.length)} periods, the last ${last}`;
  return `in ${flagged.slice(0, -1).join(', ')} and ${last}`;
}

/** A target per period: 'met in 3 of 5 periods; missed in FY2022-23 and FY2023-24'. */
export function targetSummary(periods: readonly string[], met: readonly (boolean | null)[]): string {
  const measured = met.filter((value) => value !== null).length;
  if (measured === 0) return 'no period measured';
  const metCount = met.filter((value) => value === true).length;
  const missed = flaggedPeriods(
    periods,
    met.map((value) => value === false),
  );
  return `met in ${formatInteger(metCount)} of ${formatInteger(measured)} period${measured === 1 ? '' : 's'}${
    missed ? `; missed ${missed}` : ''
  }`;
}

export interface SummaryFlow {
  from: string;
  to: string;
  flow: number;
}

/**
 * A flow diagram, column by column: each node's share of what passes through its column
 * ('Origins: Saudi Arabia 39%, UAE 34%, ... Routes: Sea 91%, ...'). `columns` gives each node's
 * column (0, 1, ...), `names` its name, `columnNames` the heading of each column.
 */
export function flowSummary(
  flows: readonly SummaryFlow[],
  columns: Readonly<Record<string, number>>,
  names: Readonly<Record<string, string>>,
  columnNames: readonly string[],
  shown = SHOWN,
): string {
  const through = new Map<string, { in: number; out: number }>();
  for (const { from, to, flow } of flows) {
    const source = through.get(from) ?? { in: 0, out: 0 };
    source.out += flow;
    through.set(from, source);
    const target = through.get(to) ?? { in: 0, out: 0 };
    target.in += flow;
    through.set(to, target);
  }
  return columnNames
    .map((heading, column) => {
      const items = [...through.entries()]
        .filter(([id]) => columns[id] === column)
        .map(([id, volume]) => ({ label: names[id] ?? id, value: Math.max(volume.in, volume.out) }));
      const shares = shareSummary(items, shown);
      return shares ? `${heading}: ${shares}` : '';
    })
    .filter((part) => part !== '')
    .join('. ');
}

/** '2,450 (highly concentrated)': an HHI with its band under the thresholds drawn, when known. */
export function hhiWithBand(
  hhi: number,
  thresholds: Pick<HhiBandThresholds, 'moderateFrom' | 'highAbove'> | undefined,
): string {
  if (!thresholds) return formatHhi(hhi);
  return `${formatHhi(hhi)} (${HHI_BAND_LABELS[hhiBandUnder(hhi, thresholds)].toLowerCase()})`;
}
