import type { ConcentrationPoint, ConcentrationSeries, Timeseries } from '../contract/analytics-contract';
import { neutraliseCsvCell } from '../shipment/csv-cell-safety';

// CSV layouts of the analytics answers: one line per period (and group), long format, so that a
// spreadsheet or a script can pivot them. Labels are neutralised like shipment text cells.

/** A number with at most `decimals` decimals, without trailing zeros or exponent; '' for null. */
export function formatCsvNumber(value: number | null, decimals: number): string {
  if (value === null || !Number.isFinite(value)) return '';
  const fixed = value.toFixed(decimals);
  const trimmed = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  return trimmed === '-0' ? '0' : trimmed;
}

const METRIC_DECIMALS: Record<string, number> = {
  tonnes: 3,
  barrels: 3,
  shipments: 0,
  valueUsd: 2,
  tonnesPerDay: 3,
  barrelsPerDay: 3,
  kbd: 6,
};

export function timeseriesCsvHeader(series: Pick<Timeseries, 'groupBy' | 'metric'>): string[] {
  return ['period', 'period_label', series.groupBy, `${series.groupBy}_label`, series.metric];
}

/** period x group, in period order, groups largest first; zeros where nothing arrived. */
export function* timeseriesCsvRows(
  series: Pick<Timeseries, 'metric' | 'buckets' | 'bucketLabels' | 'series'>,
): Generator<string[]> {
  const decimals = METRIC_DECIMALS[series.metric] ?? 3;
  for (const [index, period] of series.buckets.entries()) {
    const periodLabel = series.bucketLabels[index] ?? period;
    for (const line of series.series) {
      yield [
        period,
        neutraliseCsvCell(periodLabel),
        neutraliseCsvCell(line.key),
        neutraliseCsvCell(line.label),
        formatCsvNumber(line.values[index] ?? 0, decimals),
      ];
    }
  }
}

export function concentrationCsvHeader(series: Pick<ConcentrationSeries, 'dimension'>): string[] {
  return [
    'period',
    'period_label',
    'total_tonnes',
    'hhi',
    'effective_suppliers',
    'shannon',
    `top_${series.dimension}`,
    `top_${series.dimension}_label`,
    'top_share',
  ];
}

type ConcentrationCsvPoint = Pick<
  ConcentrationPoint,
  | 'period'
  | 'label'
  | 'totalTonnes'
  | 'hhi'
  | 'effectiveSuppliers'
  | 'shannon'
  | 'topKey'
  | 'topLabel'
  | 'topShare'
>;

/** One line per period; the indices are empty where nothing arrived. */
export function* concentrationCsvRows(series: { points: ConcentrationCsvPoint[] }): Generator<string[]> {
  for (const point of series.points) {
    yield [
      point.period,
      neutraliseCsvCell(point.label),
      formatCsvNumber(point.totalTonnes, 3),
      formatCsvNumber(point.hhi, 2),
      formatCsvNumber(point.effectiveSuppliers, 4),
      formatCsvNumber(point.shannon, 6),
      point.topKey === null ? '' : neutraliseCsvCell(point.topKey),
      point.topLabel === null ? '' : neutraliseCsvCell(point.topLabel),
      formatCsvNumber(point.topShare, 6),
    ];
  }
}
