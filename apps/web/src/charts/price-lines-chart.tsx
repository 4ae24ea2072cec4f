import type { ChartData, ChartOptions } from 'chart.js';
import { useMemo } from 'react';
import { formatNumber } from '../format/numbers';
import { ChartFrame } from './chart-frame';
import { lineSummary } from './chart-summary';

export interface PriceLineSeries {
  label: string;
  values: (number | null)[];
  colour: string;
  dashed?: boolean;
}

interface PriceLinesChartProps {
  labels: string[];
  lines: PriceLineSeries[];
  label: string;
  height?: number;
  onDrawn?: (version: string) => void;
  version?: string;
}

const usd = (value: number) => `$${formatNumber(value, 2)}/bbl`;

/** Prices in USD per barrel over periods; a period without a price is a gap in its line. */
export function PriceLinesChart({ labels, lines, label, height, onDrawn, version }: PriceLinesChartProps) {
  const data = useMemo<ChartData<'line'>>(
    () => ({
      labels,
      datasets: lines.map((line) => ({
        label: line.label,
        data: line.values,
        borderColor: line.colour,
        backgroundColor: line.colour,
        borderWidth: line.dashed ? 2.5 : 2,
        borderDash: line.dashed ? [6, 4] : [],
        // A lone price between gaps is still seen.
        pointRadius: labels.length > 40 ? 1.5 : labels.length > 18 ? 2 : 3,
        spanGaps: false,
        tension: 0.2,
      })),
    }),
    [labels, lines],
  );
  const summary = useMemo(
    () => lines.map((line) => lineSummary(line.label, labels, line.values, usd)).join('. '),
    [labels, lines],
  );
  const options = useMemo<ChartOptions<'line'>>(
    () => ({
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { grid: { display: false }, ticks: { maxRotation: 0, autoSkip: true, autoSkipPadding: 16 } },
        y: {
          border: { display: false },
          title: { display: true, text: 'USD per barrel' },
          ticks: { maxTicksLimit: 6, callback: (value) => `$${formatNumber(Number(value), 0)}` },
        },
      },
      plugins: {
        legend: { display: true, position: 'bottom', labels: { boxWidth: 14, boxHeight: 2 } },
        tooltip: {
          callbacks: {
            label: (item) =>
              ` ${item.dataset.label}: ${item.raw === null ? 'no price' : usd(Number(item.raw))}`,
          },
        },
      },
    }),
    [],
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
