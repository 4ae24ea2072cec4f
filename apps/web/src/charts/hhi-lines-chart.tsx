import type { ChartData, ChartOptions } from 'chart.js';
import { useMemo } from 'react';
import { formatHhi } from '../format/numbers';
import { ChartFrame } from './chart-frame';
import { hhiWithBand, lineSummary } from './chart-summary';
import { type BandThresholds, HHI_BANDS_PLUGIN, hhiAxisMax } from './concentration-chart';

interface HhiLine {
  label: string;
  values: (number | null)[];
  colour: string;
  dashed?: boolean;
  /** Points of this size whatever the number of periods (values drawn apart, as points). */
  pointRadius?: number;
}

interface HhiLinesChartProps {
  labels: string[];
  lines: HhiLine[];
  /** Drawn once known (the API's answer or GET /api/settings). */
  bands?: BandThresholds;
  label: string;
  height?: number;
  onDrawn?: (version: string) => void;
  version?: string;
}

const PLUGINS = [HHI_BANDS_PLUGIN];

/** Several HHI lines over the concentration bands (e.g. before and after a what-if cut). */
export function HhiLinesChart({ labels, lines, bands, label, height, onDrawn, version }: HhiLinesChartProps) {
  const maxHhi = Math.max(0, ...lines.flatMap((line) => line.values.filter((v): v is number => v !== null)));
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
        pointRadius: line.pointRadius ?? (labels.length > 40 ? 0 : 2.5),
        tension: 0.2,
      })),
    }),
    [labels, lines],
  );
  const summary = useMemo(
    () =>
      lines
        .map((line) => lineSummary(line.label, labels, line.values, (value) => hhiWithBand(value, bands)))
        .join('. '),
    [labels, lines, bands],
  );
  const options = useMemo<ChartOptions<'line'>>(
    () => ({
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { grid: { display: false }, ticks: { maxRotation: 0, autoSkip: true, autoSkipPadding: 16 } },
        y: {
          min: 0,
          suggestedMax: hhiAxisMax(maxHhi, bands?.highAbove),
          border: { display: false },
          title: { display: true, text: 'HHI' },
          ticks: { maxTicksLimit: 6, callback: (value) => formatHhi(Number(value)) },
        },
      },
      plugins: {
        hhiBands: { thresholds: bands },
        tooltip: {
          callbacks: {
            label: (item) =>
              ` ${item.dataset.label}: ${item.raw === null ? 'no shipments' : formatHhi(Number(item.raw))}`,
          },
        },
      },
    }),
    [maxHhi, bands],
  );
  return (
    <ChartFrame
      type="line"
      data={data}
      options={options}
      plugins={PLUGINS}
      label={label}
      summary={summary}
      height={height}
      onDrawn={onDrawn}
      version={version}
    />
  );
}
