import type { ChartData, ChartOptions } from 'chart.js';
import { useMemo } from 'react';
import { ChartFrame } from './chart-frame';
import { lineSummary } from './chart-summary';
import { MEASURE_COLOURS } from './palette';

interface EvaluationsChartProps {
  /** Oldest first. */
  labels: string[];
  values: (number | null)[];
  threshold: number | null;
  format: (value: number) => string;
  label: string;
  height?: number;
}

/** An alert's evaluated values as a line, its threshold dashed. */
export function EvaluationsChart({
  labels,
  values,
  threshold,
  format,
  label,
  height = 120,
}: EvaluationsChartProps) {
  const data = useMemo<ChartData<'line'>>(
    () => ({
      labels,
      datasets: [
        {
          label: 'Value',
          data: values,
          borderColor: MEASURE_COLOURS.primary,
          backgroundColor: MEASURE_COLOURS.primary,
          borderWidth: 2,
          pointRadius: values.length > 30 ? 0 : 3,
          spanGaps: true,
        },
        ...(threshold === null
          ? []
          : [
              {
                label: 'Threshold',
                data: labels.map(() => threshold),
                borderColor: '#17202e',
                borderWidth: 1.5,
                borderDash: [6, 4],
                pointRadius: 0,
              },
            ]),
      ],
    }),
    [labels, values, threshold],
  );
  const options = useMemo<ChartOptions<'line'>>(
    () => ({
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { grid: { display: false }, ticks: { maxRotation: 0, autoSkip: true, maxTicksLimit: 4 } },
        y: {
          border: { display: false },
          ticks: { maxTicksLimit: 4, callback: (value) => format(Number(value)) },
        },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            label: (item) =>
              ` ${item.dataset.label}: ${item.raw === null ? 'no value' : format(Number(item.raw))}`,
          },
        },
      },
    }),
    [format],
  );
  const summary = `${lineSummary('Value', labels, values, format)}${
    threshold === null ? '' : `; threshold ${format(threshold)}`
  }`;
  return (
    <ChartFrame type="line" data={data} options={options} label={label} summary={summary} height={height} />
  );
}
