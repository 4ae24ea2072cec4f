import type { ChartData, ChartOptions, LegendItem, Plugin } from 'chart.js';
import { useMemo } from 'react';
import { ChartFrame } from './chart-frame';
import { Chart } from './chart-setup';
import { targetSummary } from './chart-summary';
import { MEASURE_COLOURS, OKABE_ITO } from './palette';

/** Met: Okabe–Ito bluish green; not met: the measure red. Colour is never the only sign: see MET_MARK. */
export const MET_COLOUR = OKABE_ITO.bluishGreen;
export const NOT_MET_COLOUR = MEASURE_COLOURS.secondary;
/** Drawn above each bar and named in the legend, so met and missed read without the colours. */
export const MET_MARK = { met: '\u2713', missed: '\u2717' } as const;

// Writes ✓ or ✗ just above each bar that was measured.
const metMarks: Plugin<'bar'> = {
  id: 'metMarks',
  afterDatasetsDraw(chart, _args, options) {
    const met = (options as { met?: (boolean | null)[] }).met ?? [];
    const { ctx } = chart;
    ctx.save();
    ctx.font = '700 12px system-ui, sans-serif';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'bottom';
    ctx.fillStyle = '#17202e';
    chart.getDatasetMeta(0).data.forEach((bar, i) => {
      const value = met[i];
      if (value === null || value === undefined) return;
      ctx.fillText(value ? MET_MARK.met : MET_MARK.missed, bar.x, bar.y - 2);
    });
    ctx.restore();
  },
};

const PLUGINS = [metMarks];

/** The legend: the actual bars as two entries, met and not met, each with its colour and mark. */
function legendLabels(chart: Chart): LegendItem[] {
  return Chart.defaults.plugins.legend.labels.generateLabels(chart).flatMap((item) =>
    item.datasetIndex === 0
      ? [
          { ...item, text: `Met ${MET_MARK.met}`, fillStyle: MET_COLOUR, strokeStyle: MET_COLOUR },
          {
            ...item,
            text: `Not met ${MET_MARK.missed}`,
            fillStyle: NOT_MET_COLOUR,
            strokeStyle: NOT_MET_COLOUR,
          },
        ]
      : [item],
  );
}

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
  const summary = `Target line at ${format(target)}; ${targetSummary(labels, met)}`;
  const options = useMemo<ChartOptions<'bar' | 'line'>>(
    () => ({
      // Room above the tallest bar for its mark.
      layout: { padding: { top: 16 } },
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
        legend: { labels: { usePointStyle: true, pointStyleWidth: 18, generateLabels: legendLabels } },
        metMarks: { met },
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
      plugins={PLUGINS}
      label={label}
      summary={summary}
      height={height}
    />
  );
}
