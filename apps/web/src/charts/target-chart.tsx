import type { ChartData, ChartOptions } from 'chart.js';
import { useMemo } from 'react';
import { ChartFrame } from './chart-frame';
import { MEASURE_COLOURS, OKABE_ITO } from './palette';

/** Met: Okabe–Ito bluish green; not met: the measure red. Colour is never the only sign (table, text). */
export const MET_COLOUR = OKABE_ITO.bluishGreen;
export const NOT_MET_COLOUR = MEASURE_COLOURS.secondary;

interface TargetChartProps {
  labels: string[];
  actual: (number | null)[];
  target: number;
  met: (boolean | null)[];
  /** Tooltips: '100,000 b/d', '60.0%'. */
  format: (value: number) => string;
  /** Axis ticks: '100,000 b/d', '60%'. */
  tickFormat: (value: number) => string;
  /** Top of the axis, when the scale has one (100 for shares in percent). */
  max?: number;
  label: string;
  height?: number;
}

/** Actual per period as bars (green where the target is met), the target as a dashed line. */
export function TargetChart({
  labels,
  actual,
  target,
  met,
  format,
  tickFormat,
  max,
  label,
  height = 240,
}: TargetChartProps) {
  const data = useMemo<ChartData<'bar' | 'line'>>(
    () => ({
      labels,
      datasets: [
        {
          type: 'bar' as const,
          label: 'Actual',
          data: actual,
          backgroundColor: met.map((value) => (value ? MET_COLOUR : NOT_MET_COLOUR)),
          borderRadius: 3,
          maxBarThickness: 44,
          order: 2,
          pointStyle: 'rect',
        },
        {
          type: 'line' as const,
          label: 'Target',
          data: labels.map(() => target),
          borderColor: '#17202e',
          borderWidth: 2,
          borderDash: [6, 4],
          pointRadius: 0,
          order: 1,
          pointStyle: 'line',
        },
      ],
    }),
    [labels, actual, target, met],
  );
  const maxValue = Math.max(target, ...actual.filter((value): value is number => value !== null));
  const options = useMemo<ChartOptions<'bar' | 'line'>>(
    () => ({
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { grid: { display: false }, ticks: { maxRotation: 0, autoSkip: true, autoSkipPadding: 16 } },
        y: {
          beginAtZero: true,
          suggestedMax: max === undefined ? maxValue * 1.1 : undefined,
          max,
          border: { display: false },
          ticks: { maxTicksLimit: 6, callback: (value) => tickFormat(Number(value)) },
        },
      },
      plugins: {
        legend: { labels: { usePointStyle: true, pointStyleWidth: 18 } },
        tooltip: {
          callbacks: {
            label: (item) =>
              item.raw === null
                ? ` ${item.dataset.label}: no imports`
                : ` ${item.dataset.label}: ${format(Number(item.raw))}${
                    item.datasetIndex === 0 && met[item.dataIndex] !== null
                      ? met[item.dataIndex]
                        ? ' (met)'
                        : ' (not met)'
                      : ''
                  }`,
          },
        },
      },
    }),
    [format, tickFormat, met, maxValue, max],
  );
  return (
    <ChartFrame
      type="bar"
      data={data as ChartData<'bar'>}
      options={options as ChartOptions<'bar'>}
      label={label}
      height={height}
    />
  );
}
