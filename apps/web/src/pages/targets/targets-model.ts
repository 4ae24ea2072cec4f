import {
  type CommodityCode,
  type ConcentrationBasis,
  type Granularity,
  type GroupBy,
  isShareTarget,
  type Target,
  type TargetInput,
  type TargetKind,
  type TargetProgress,
  type TargetUnit,
  sharePercent,
} from '@tradeflow/domain';
import { roundTo } from '../../charts/series';
import type { TableModel } from '../../charts/table-model';
import { periodLabel } from '../../format/dates';
import { commodityLabel } from '../../format/labels';
import { formatInteger, formatNumber, formatShare } from '../../format/numbers';

const UNIT_WORDS: Record<TargetUnit, string> = { 'bbl/d': 'b/d', 'kb/d': 'kb/d', 't/d': 't/d', share: '' };

/** A target figure in its unit: '100,000 b/d', '0.904 kb/d', '60.0%'. */
export function formatTargetValue(
  value: number,
  unit: TargetUnit,
  digits = rateDigits([value], unit),
): string {
  if (unit === 'share') return formatShare(value);
  return `${formatNumber(value, digits)} ${UNIT_WORDS[unit]}`;
}

/** Decimals for rates: enough for the smallest non-zero one, the same for all (one table reads alike). */
export function rateDigits(values: readonly number[], unit: TargetUnit): number {
  const smallest = Math.min(...values.filter((value) => value !== 0).map(Math.abs));
  if (unit === 'kb/d') return smallest < 10 ? 3 : 1;
  return smallest < 1000 ? 1 : 0;
}

/** An axis tick: '100,000 b/d', '0 b/d', '0.5 kb/d'; shares come in percent already ('60%'). */
export function formatTargetTick(value: number, unit: TargetUnit): string {
  if (unit === 'share') return `${formatNumber(value, 0)}%`;
  const text = value === 0 || Math.abs(value) >= 10 ? formatInteger(value) : formatNumber(value, 2);
  return `${text} ${UNIT_WORDS[unit]}`;
}

/** A gap with its sign: '−99,096.3 b/d', '+39.6 pp' (shares in percentage points). */
export function formatGap(gap: number, unit: TargetUnit, digits?: number): string {
  const sign = gap > 0 ? '+' : gap < 0 ? '\u2212' : '';
  if (unit === 'share') return `${sign}${formatNumber(sharePercent(Math.abs(gap)), 1)} pp`;
  return `${sign}${formatTargetValue(Math.abs(gap), unit, digits)}`;
}

const KIND_WORDS: Record<TargetKind, string> = {
  flow_rate_min: 'at least',
  flow_rate_max: 'at most',
  share_min: 'a share of at least',
  share_max: 'a share of at most',
};

/** 'Russia, crude oil: at least 100,000 b/d' or 'Gulf Cooperation Council: a share of at most 60.0% (by volume)'. */
export function describeTarget(target: Target): string {
  const scope = target.commodity
    ? `${target.keyLabel}, ${commodityLabel(target.commodity).toLowerCase()}`
    : target.keyLabel;
  const basis = isShareTarget(target.kind)
    ? ` of imports by ${target.basis === 'value' ? 'USD value' : 'volume'}`
    : '';
  return `${scope}: ${KIND_WORDS[target.kind]} ${formatTargetValue(target.value, target.unit)}${basis}`;
}

export interface ProgressModel {
  labels: string[];
  /** Actual per period in the chart's scale (percent for shares). */
  actual: (number | null)[];
  target: number;
  met: (boolean | null)[];
  /** Periods met out of periods with a figure. */
  metCount: number;
  measured: number;
  table: TableModel;
}

/** A value in the chart's scale: shares as percentages, rates as they are. */
const scaled = (value: number, unit: TargetUnit) => (unit === 'share' ? value * 100 : value);

export function progressModel(progress: TargetProgress, granularity: Granularity): ProgressModel {
  const { unit } = progress.target;
  const labels = progress.periods.map((period) => periodLabel(period.period, period.label, granularity));
  const digits = unit === 'kb/d' ? 6 : unit === 'share' ? 4 : 3;
  const tableDigits = rateDigits(
    progress.periods.flatMap((period) => [period.actual ?? 0, period.target, period.gap ?? 0]),
    unit,
  );
  const format = (value: number) => formatTargetValue(value, unit, tableDigits);
  const measured = progress.periods.filter((period) => period.met !== null);
  return {
    labels,
    actual: progress.periods.map((period) => (period.actual === null ? null : scaled(period.actual, unit))),
    target: scaled(progress.target.value, unit),
    met: progress.periods.map((period) => period.met),
    metCount: measured.filter((period) => period.met).length,
    measured: measured.length,
    table: {
      columns: [
        { key: 'period', label: 'Period' },
        { key: 'days', label: 'Days', numeric: true, format: formatInteger },
        { key: 'actual', label: `Actual (${unit})`, numeric: true, format },
        { key: 'target', label: `Target (${unit})`, numeric: true, format },
        { key: 'met', label: 'Met' },
        {
          key: 'gap',
          label: `Gap (${unit})`,
          numeric: true,
          format: (gap) => formatGap(gap, unit, tableDigits),
        },
      ],
      rows: progress.periods.map((period, i) => [
        labels[i] as string,
        period.days,
        // Shares stay exact: the cell's format rounds them once (sharePercent), as the overview does.
        period.actual === null ? null : unit === 'share' ? period.actual : roundTo(period.actual, digits),
        period.target,
        period.met === null ? null : period.met ? 'met' : 'not met',
        period.gap === null ? null : unit === 'share' ? period.gap : roundTo(period.gap, digits),
      ]),
    },
  };
}

// --- The editor -------------------------------------------------------------------------------

/** What the target form's inputs hold; a share is typed in percent (60 for 60%). */
export interface TargetFormValues {
  name: string;
  kind: TargetKind;
  dimension: GroupBy;
  key: string;
  commodity: string;
  value: string;
  unit: TargetUnit;
  basis: ConcentrationBasis;
  notes: string;
}

export const EMPTY_TARGET: TargetFormValues = {
  name: '',
  kind: 'flow_rate_min',
  dimension: 'origin',
  key: '',
  commodity: '',
  value: '',
  unit: 'bbl/d',
  basis: 'volume',
  notes: '',
};

export function targetFormValues(target: Target): TargetFormValues {
  return {
    name: target.name,
    kind: target.kind,
    dimension: target.dimension,
    key: target.key,
    commodity: target.commodity ?? '',
    value: String(isShareTarget(target.kind) ? roundTo(target.value * 100, 4) : target.value),
    unit: isShareTarget(target.kind) ? 'bbl/d' : target.unit,
    basis: target.basis,
    notes: target.notes ?? '',
  };
}

/** A number when the text reads as one ('100,000', '60'), else the text for the API to reject. */
function numberOrText(text: string): number | string {
  const plain = text.replace(/[\s,%]/g, '');
  return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : text;
}

/** The body for POST (and the PATCH of an edit): shares go from percent to a fraction. */
export function toTargetInput(values: TargetFormValues): TargetInput {
  const share = isShareTarget(values.kind);
  const typed = numberOrText(values.value);
  const value = typeof typed === 'number' && share ? roundTo(typed / 100, 6) : typed;
  return {
    name: values.name.trim(),
    kind: values.kind,
    dimension: values.dimension,
    key:
      values.dimension === 'route' || values.dimension === 'commodity' || values.dimension === 'mode'
        ? values.key.trim()
        : values.key.trim().toUpperCase(),
    commodity: values.commodity ? (values.commodity as CommodityCode) : null,
    value: value as number,
    unit: share ? 'share' : values.unit,
    basis: share ? values.basis : 'volume',
    notes: values.notes.trim() === '' ? null : values.notes,
  };
}
