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
  /** Axis ticks and tooltips: '100,000 b/d', '60.0%'. */
  format: (value: number) => string;
  label: string;
  height?: number;
}

/** Actual per period as bars (green where the target is met), the target as a dashed line. */
export function TargetChart({ labels, actual, target, met, format, label, height = 240 }: TargetChartProps) {
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
          suggestedMax: maxValue * 1.1,
          border: { display: false },
          ticks: { maxTicksLimit: 6, callback: (value) => format(Number(value)) },
        },
      },
      plugins: {
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
    [format, met, maxValue],
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
