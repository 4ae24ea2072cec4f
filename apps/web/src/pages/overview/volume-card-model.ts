import { type Granularity, type Timeseries } from '@tradeflow/domain';
import { type ColourDimension, colourFor } from '../../charts/palette';
import { foldSmallSeries, roundTo, type Series } from '../../charts/series';
import type { TableModel } from '../../charts/table-model';
import { periodLabels } from '../../format/dates';
import { type DisplayUnit, rateTableFormat, UNIT_NAMES, unitDigits } from '../../format/units';
import { groupLabelOf, markIncomplete } from './period-labels';

export interface ColouredSeries extends Series {
  colour: string;
}

export interface StackedModel {
  labels: string[];
  series: ColouredSeries[];
  table: TableModel;
}

/**
 * Stacked volume (or flow rate) per bucket by origin: the 7 largest origins and "Other". Rates come
 * from the API over each bucket's real days, so they stack: the total is the flow of all origins.
 */
export function stackedVolumeModel(
  timeseries: Timeseries,
  granularity: Granularity,
  unit: DisplayUnit,
  dimension: ColourDimension = 'origin',
  incomplete: readonly boolean[] = [],
): StackedModel {
  const labels = markIncomplete(periodLabels(timeseries.buckets, timeseries.labels, granularity), incomplete);
  const digits = unitDigits(unit);
  const series = foldSmallSeries(
    timeseries.series.map((s) => ({
      key: s.key,
      label: groupLabelOf(dimension, s.key, s.label),
      values: s.values,
    })),
    7,
  ).map((s) => ({
    ...s,
    values: s.values.map((v) => roundTo(v, digits)),
    colour: colourFor(dimension, s.key),
  }));
  const format = rateTableFormat(
    series.flatMap((s) => s.values),
    unit,
  );
  return {
    labels,
    series,
    table: {
      columns: [
        { key: 'period', label: 'Period' },
        ...series.map((s) => ({
          key: s.key,
          label: `${s.label} (${UNIT_NAMES[unit]})`,
          numeric: true,
          format,
        })),
        { key: 'total', label: `Total (${UNIT_NAMES[unit]})`, numeric: true, format },
      ],
      rows: labels.map((label, i) => {
        const values = series.map((s) => s.values[i] ?? 0);
        return [
          label,
          ...values,
          roundTo(
            values.reduce((a, b) => a + b, 0),
            digits,
          ),
        ];
      }),
    },
  };
}
