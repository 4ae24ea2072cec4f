import type { ChartData, ChartOptions } from 'chart.js';
import { useMemo } from 'react';
import { formatShare } from '../format/numbers';
import { ChartFrame } from './chart-frame';
import { lineSummary, shareSummary } from './chart-summary';
import { MEASURE_COLOURS } from './palette';
import { wrapLabel } from './share-bars-chart';

/** The colours of the two sides of a comparison, everywhere on the Compare page. */
export const SIDE_COLOURS = { a: MEASURE_COLOURS.primary, b: MEASURE_COLOURS.secondary } as const;

interface PairedBarsChartProps {
  /** One row per group: its label and its share (0..1) in A and in B. */
  rows: { label: string; a: number; b: number }[];
  names: { a: string; b: string };
  label: string;
  onDrawn?: (version: string) => void;
  version?: string;
}

/** Two horizontal bars per group (A above B), shares on one axis from 0 %. */
export function PairedBarsChart({ rows, names, label, onDrawn, version }: PairedBarsChartProps) {
  const height = Math.max(180, 64 + rows.length * 46);
  const data = useMemo<ChartData<'bar'>>(
    () => ({
      labels: rows.map((row) => wrapLabel(row.label)),
      datasets: (['a', 'b'] as const).map((side) => ({
        label: names[side],
        data: rows.map((row) => row[side] * 100),
        backgroundColor: SIDE_COLOURS[side],
        borderRadius: 3,
        maxBarThickness: 16,
      })),
    }),
    [rows, names],
  );
  const options = useMemo<ChartOptions<'bar'>>(
    () => ({
      indexAxis: 'y',
      scales: {
        x: {
          beginAtZero: true,
          suggestedMax: 100,
          border: { display: false },
          ticks: { maxTicksLimit: 6, callback: (value) => `${Number(value)}%` },
        },
        y: { grid: { display: false }, ticks: { autoSkip: false } },
      },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: { label: (item) => ` ${item.dataset.label}: ${formatShare(Number(item.raw) / 100)}` },
        },
      },
    }),
    [],
  );
  return (
    <ChartFrame
      type="bar"
      data={data}
      options={options}
      label={label}
      summary={(['a', 'b'] as const)
        .map(
          (side) =>
            `${names[side]}: ${shareSummary(rows.map((row) => ({ label: row.label, value: row[side] })))}`,
        )
        .join('. ')}
      height={height}
      onDrawn={onDrawn}
      version={version}
    />
  );
}

interface PairedLinesChartProps {
  labels: string[];
  a: (number | null)[];
  b: (number | null)[];
  names: { a: string; b: string };
  yTitle: string;
  format: (value: number) => string;
  label: string;
  onDrawn?: (version: string) => void;
  version?: string;
}

/** A and B as two lines over the same x axis (e.g. effective suppliers per month). */
export function PairedLinesChart({
  labels,
  a,
  b,
  names,
  yTitle,
  format,
  label,
  onDrawn,
  version,
}: PairedLinesChartProps) {
  const data = useMemo<ChartData<'line'>>(
    () => ({
      labels,
      datasets: (
        [
          ['a', a],
          ['b', b],
        ] as const
      ).map(([side, values]) => ({
        label: names[side],
        data: values,
        borderColor: SIDE_COLOURS[side],
        backgroundColor: SIDE_COLOURS[side],
        borderWidth: 2,
        borderDash: side === 'b' ? [6, 4] : [],
        pointRadius: labels.length > 40 ? 0 : 2.5,
        tension: 0.2,
        spanGaps: false,
      })),
    }),
    [labels, a, b, names],
  );
  const options = useMemo<ChartOptions<'line'>>(
    () => ({
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { grid: { display: false }, ticks: { maxRotation: 0, autoSkip: true, autoSkipPadding: 16 } },
        y: {
          beginAtZero: true,
          border: { display: false },
          title: { display: true, text: yTitle },
          ticks: { maxTicksLimit: 6, callback: (value) => format(Number(value)) },
        },
      },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: {
            label: (item) =>
              ` ${item.dataset.label}: ${item.raw === null ? 'no shipments' : format(Number(item.raw))}`,
          },
        },
      },
    }),
    [yTitle, format],
  );
  return (
    <ChartFrame
      type="line"
      data={data}
      options={options}
      label={label}
      summary={`${lineSummary(names.a, labels, a, format)}. ${lineSummary(names.b, labels, b, format)}`}
      height={260}
      onDrawn={onDrawn}
      version={version}
    />
  );
}
