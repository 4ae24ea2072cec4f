import { type AnalyticsSummary, type Granularity, sharePercent, type Timeseries } from '@tradeflow/domain';
import { type ColourDimension, colourFor } from '../../charts/palette';
import { foldSmallSeries, roundTo, toPercentages } from '../../charts/series';
import type { TableModel } from '../../charts/table-model';
import { periodLabels } from '../../format/dates';
import { formatInteger, formatNumber } from '../../format/numbers';
import {
  baseUnit,
  type DisplayUnit,
  inUnit,
  isRateUnit,
  rateTableFormat,
  UNIT_NAMES,
  unitDigits,
} from '../../format/units';
import { groupLabelOf, markIncomplete } from './period-labels';
import type { StackedModel } from './volume-card-model';

/** The mix per bucket as percentages (100% stacked), largest 5 and "Other". */
export function shareMixModel(
  timeseries: Timeseries,
  granularity: Granularity,
  dimension: ColourDimension,
  incomplete: readonly boolean[] = [],
): StackedModel {
  const labels = markIncomplete(periodLabels(timeseries.buckets, timeseries.labels, granularity), incomplete);
  const series = toPercentages(
    foldSmallSeries(
      timeseries.series.map((s) => ({
        key: s.key,
        label: groupLabelOf(dimension, s.key, s.label),
        values: s.values,
      })),
      5,
    ),
  ).map((s) => ({ ...s, values: s.values.map((v) => roundTo(v, 1)), colour: colourFor(dimension, s.key) }));
  const format = (value: number) => `${formatNumber(value, 1)}%`;
  return {
    labels,
    series,
    table: {
      columns: [
        { key: 'period', label: 'Period' },
        ...series.map((s) => ({ key: s.key, label: `${s.label} (%)`, numeric: true, format })),
      ],
      rows: labels.map((label, i) => [label, ...series.map((s) => s.values[i] ?? 0)]),
    },
  };
}

export interface BarModel {
  bars: { key: string; label: string; value: number; share: number; colour: string }[];
  table: TableModel;
}

/**
 * Horizontal bars of a summary's groups (route/mode mix): volume and share. A flow-rate unit shows
 * each group's average per day over the `days` of the period.
 */
export function groupBarsModel(
  summary: AnalyticsSummary,
  unit: DisplayUnit,
  dimension: ColourDimension,
  days: number | null = null,
): BarModel {
  const digits = unitDigits(unit);
  const bars = summary.groups.map((group) => ({
    key: group.key,
    label: groupLabelOf(dimension, group.key, group.label),
    value: roundTo(inUnit(baseUnit(unit) === 't' ? group.tonnes : group.barrels, unit, days) ?? 0, digits),
    // Unrounded, so a sliver reads '<0.1%' rather than '0.0%'; the table rounds.
    share: group.share * 100,
    colour: colourFor(dimension, group.key),
  }));
  return {
    bars,
    table: {
      columns: [
        { key: 'group', label: dimension === 'route' ? 'Route' : 'Group' },
        {
          key: 'volume',
          label: `${isRateUnit(unit) ? 'Flow' : 'Volume'} (${UNIT_NAMES[unit]})`,
          numeric: true,
          format: rateTableFormat(
            bars.map((bar) => bar.value),
            unit,
          ),
        },
        { key: 'share', label: 'Share (%)', numeric: true, format: (v) => `${formatNumber(v, 1)}%` },
        { key: 'shipments', label: 'Shipments', numeric: true, format: formatInteger },
      ],
      rows: bars.map((bar, i) => [
        bar.label,
        bar.value,
        sharePercent(bar.share / 100),
        summary.groups[i]?.shipments ?? 0,
      ]),
    },
  };
}
