import type { ChartData, ChartOptions } from 'chart.js';
import { useMemo } from 'react';
import { formatNumber } from '../format/numbers';
import { ChartFrame } from './chart-frame';

export interface ShareLine {
  key: string;
  label: string;
  /** Percent (0-100) per period; null where the period has no total. */
  values: (number | null)[];
  colour: string;
  dashed?: boolean;
}

interface ShareLinesChartProps {
  labels: string[];
  lines: ShareLine[];
  label: string;
  /** What the drawing says, in words (see chart-summary.ts). */
  summary: string;
  /** The y axis title, e.g. 'Share of volume (%)'. */
  axisTitle: string;
  height?: number;
  onDrawn?: (version: string) => void;
  version?: string;
}

/** Percent lines over periods on a 0-100 axis (shares that need not add up to 100). */
export function ShareLinesChart({
  labels,
  lines,
  label,
  summary,
  axisTitle,
  height,
  onDrawn,
  version,
}: ShareLinesChartProps) {
  const data = useMemo<ChartData<'line'>>(
    () => ({
      labels,
      datasets: lines.map((line) => ({
        label: line.label,
        data: line.values,
        borderColor: line.colour,
        backgroundColor: line.colour,
        borderWidth: 2,
        borderDash: line.dashed ? [6, 4] : [],
        pointRadius: labels.length > 40 ? 0 : 2.5,
        tension: 0.2,
        spanGaps: false,
      })),
    }),
    [labels, lines],
  );
  const options = useMemo<ChartOptions<'line'>>(
    () => ({
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { grid: { display: false }, ticks: { maxRotation: 0, autoSkip: true, autoSkipPadding: 16 } },
        y: {
          min: 0,
          max: 100,
          border: { display: false },
          title: { display: true, text: axisTitle },
          ticks: { maxTicksLimit: 6, callback: (value) => `${formatNumber(Number(value), 0)}%` },
        },
      },
      plugins: {
        legend: { display: true, position: 'bottom', labels: { boxWidth: 12 } },
        tooltip: {
          callbacks: {
            label: (item) =>
              ` ${item.dataset.label}: ${item.raw === null ? 'nothing arrived' : `${formatNumber(Number(item.raw), 1)}%`}`,
          },
        },
      },
    }),
    [axisTitle],
  );
  return (
    <ChartFrame
      type="line"
      data={data}
      options={options}
      label={label}
      summary={summary}
      height={height}
      onDrawn={onDrawn}
      version={version}
    />
  );
}
