import type { ChartData, ChartOptions } from 'chart.js';
import { useMemo } from 'react';
import { type DisplayUnit, formatInUnit, formatUnitTick } from '../format/units';
import { ChartFrame } from './chart-frame';
import { lineSummary } from './chart-summary';
import { MEASURE_COLOURS } from './palette';

interface ComparisonBarsChartProps {
  labels: string[];
  /** Two measures side by side per period, e.g. cargo records and official statistics. */
  first: { label: string; values: number[] };
  second: { label: string; values: number[] };
  unit: DisplayUnit;
  label: string;
  height?: number;
  onDrawn?: (version: string) => void;
  version?: string;
}

/** Paired bars per period: two sources of the same measure, to read their gap. */
export function ComparisonBarsChart({
  labels,
  first,
  second,
  unit,
  label,
  height,
  onDrawn,
  version,
}: ComparisonBarsChartProps) {
  const data = useMemo<ChartData<'bar'>>(
    () => ({
      labels,
      datasets: [
        { ...first, data: first.values, backgroundColor: MEASURE_COLOURS.primary, maxBarThickness: 28 },
        { ...second, data: second.values, backgroundColor: MEASURE_COLOURS.secondary, maxBarThickness: 28 },
      ],
    }),
    [labels, first, second],
  );
  const options = useMemo<ChartOptions<'bar'>>(
    () => ({
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { grid: { display: false }, ticks: { maxRotation: 0, autoSkip: true, autoSkipPadding: 16 } },
        y: {
          beginAtZero: true,
          border: { display: false },
          ticks: { maxTicksLimit: 6, callback: (value) => formatUnitTick(Number(value), unit) },
        },
      },
      plugins: {
        tooltip: {
          callbacks: {
            label: (item) => ` ${item.dataset.label}: ${formatInUnit(Number(item.raw), unit)}`,
          },
        },
      },
    }),
    [unit],
  );
  return (
    <ChartFrame
      type="bar"
      data={data}
      options={options}
      label={label}
      summary={[first, second]
        .map((measure) =>
          lineSummary(measure.label, labels, measure.values, (value) => formatInUnit(value, unit)),
        )
        .join('. ')}
      height={height}
      onDrawn={onDrawn}
      version={version}
    />
  );
}
