import { CHOKEPOINT_CODES, type Granularity, NO_CHOKEPOINT_KEY, type Timeseries } from '@tradeflow/domain';
import { lineSummary } from '../../charts/chart-summary';
import { OKABE_ITO, OTHER_COLOUR } from '../../charts/palette';
import { roundTo } from '../../charts/series';
import type { ShareLine } from '../../charts/share-lines-chart';
import type { TableModel } from '../../charts/table-model';
import { periodLabels } from '../../format/dates';
import { formatNumber } from '../../format/numbers';
import { markIncomplete } from './period-labels';

/** One colour per chokepoint (Okabe & Ito), the same in every chart. */
export const CHOKEPOINT_COLOURS: Readonly<Record<string, string>> = {
  hormuz: OKABE_ITO.vermillion,
  bab_el_mandeb: OKABE_ITO.orange,
  suez: OKABE_ITO.blue,
  malacca: OKABE_ITO.bluishGreen,
  cape_of_good_hope: OKABE_ITO.reddishPurple,
  turkish_straits: OKABE_ITO.skyBlue,
  danish_straits: OKABE_ITO.black,
  panama: '#999933',
  [NO_CHOKEPOINT_KEY]: OTHER_COLOUR,
};

export interface ExposureModel {
  labels: string[];
  lines: ShareLine[];
  table: TableModel;
  summary: string;
  /** The overlap notice of the answer (one shipment can pass several chokepoints). */
  note: string;
}

const percent = (value: number) => `${formatNumber(value, 0)}%`;

/**
 * Per period, the share of the volume through each chokepoint (and through none): the timeseries by
 * chokepoint over the selection's totals. The shares overlap (a cargo from the Baltic passes three).
 */
export function chokepointExposureModel(
  timeseries: Timeseries,
  granularity: Granularity,
  incomplete: readonly boolean[] = [],
): ExposureModel {
  const labels = markIncomplete(periodLabels(timeseries.buckets, timeseries.labels, granularity), incomplete);
  const order = [...CHOKEPOINT_CODES, NO_CHOKEPOINT_KEY] as string[];
  const series = [...timeseries.series].sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
  const lines: ShareLine[] = series.map((s) => ({
    key: s.key,
    label: s.label,
    values: s.values.map((value, i) => {
      const total = timeseries.totals[i] ?? 0;
      return total > 0 ? roundTo((100 * value) / total, 1) : null;
    }),
    colour: CHOKEPOINT_COLOURS[s.key] ?? OTHER_COLOUR,
    dashed: s.key === NO_CHOKEPOINT_KEY,
  }));
  const table: TableModel = {
    columns: [
      { key: 'period', label: 'Period' },
      ...lines.map((line) => ({ key: line.key, label: `${line.label} (% of volume)`, numeric: true })),
      { key: 'total', label: 'Total volume (t)', numeric: true },
    ],
    rows: labels.map((label, i) => [
      label,
      ...lines.map((line) => line.values[i] ?? null),
      timeseries.totals[i] ?? 0,
    ]),
  };
  const passed = lines.filter((line) => line.key !== NO_CHOKEPOINT_KEY);
  const summary = [
    ...passed.map((line) => lineSummary(line.label, labels, line.values, percent)),
    'Shares overlap: a cargo counts in every chokepoint it passes',
  ].join('. ');
  return {
    labels,
    lines,
    table,
    summary,
    note: timeseries.overlapNote ?? 'One shipment can pass several chokepoints: the shares overlap.',
  };
}
