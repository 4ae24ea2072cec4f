import type { ChartData, ChartOptions, Plugin } from 'chart.js';
import { useMemo } from 'react';
import { type DisplayUnit, formatInUnit, formatUnitTick } from '../format/units';
import { ChartFrame } from './chart-frame';
import { shareSummary } from './chart-summary';

interface Bar {
  key: string;
  label: string;
  value: number;
  share: number;
  colour: string;
}

interface ShareBarsChartProps {
  bars: Bar[];
  unit: DisplayUnit;
  label: string;
  onDrawn?: (version: string) => void;
  version?: string;
  /** At least this tall (to fill a card beside a taller chart). */
  minHeight?: number;
}

/** Long axis labels on two lines ('Road via' / 'Uzbekistan → Afghanistan') so none is cut off. */
export function wrapLabel(label: string, max = 16): string | string[] {
  if (label.length <= max) return label;
  const via = label.indexOf(' via ');
  if (via > 0) return [label.slice(0, via + 4), label.slice(via + 5)];
  const space = label.lastIndexOf(' ', max);
  return space > 0 ? [label.slice(0, space), label.slice(space + 1)] : label;
}

const shareText = (share: number) => (share > 0 && share < 0.1 ? '<0.1%' : `${share.toFixed(1)}%`);

// Writes each bar's share just past its end.
const shareLabels: Plugin<'bar'> = {
  id: 'shareLabels',
  afterDatasetsDraw(chart, _args, options) {
    const shares = (options as { shares?: number[] }).shares ?? [];
    const { ctx } = chart;
    ctx.save();
    ctx.font = '600 12px system-ui, sans-serif';
    ctx.fillStyle = '#17202e';
    ctx.textBaseline = 'middle';
    chart.getDatasetMeta(0).data.forEach((bar, i) => {
      const share = shares[i];
      if (share === undefined) return;
      ctx.fillText(shareText(share), bar.x + 6, bar.y);
    });
    ctx.restore();
  },
};

const PLUGINS = [shareLabels];

/** Horizontal bars (one per group, e.g. route), longest first, labelled with volume and share. */
export function ShareBarsChart({
  bars,
  unit,
  label,
  onDrawn,
  version,
  minHeight = 160,
}: ShareBarsChartProps) {
  const height = Math.max(minHeight, 56 + bars.length * 38);
  const data = useMemo<ChartData<'bar'>>(
    () => ({
      labels: bars.map((bar) => wrapLabel(bar.label)),
      datasets: [
        {
          label: 'Volume',
          data: bars.map((bar) => bar.value),
          backgroundColor: bars.map((bar) => bar.colour),
          borderRadius: 3,
          maxBarThickness: 26,
        },
      ],
    }),
    [bars],
  );
  const options = useMemo<ChartOptions<'bar'>>(
    () => ({
      indexAxis: 'y',
      scales: {
        x: {
          beginAtZero: true,
          // Room for the share label after the longest bar.
          suggestedMax: Math.max(0, ...bars.map((bar) => bar.value)) * 1.22,
          border: { display: false },
          ticks: { maxTicksLimit: 5, callback: (value) => formatUnitTick(Number(value), unit) },
        },
        y: { grid: { display: false }, ticks: { autoSkip: false } },
      },
      plugins: {
        legend: { display: false },
        shareLabels: { shares: bars.map((bar) => bar.share) },
        tooltip: {
          callbacks: {
            label: (item) =>
              ` ${formatInUnit(Number(item.raw), unit)} · ${shareText(bars[item.dataIndex]?.share ?? 0)}`,
          },
        },
      },
    }),
    [bars, unit],
  );
  return (
    <ChartFrame
      type="bar"
      data={data}
      options={options}
      plugins={PLUGINS}
      label={label}
      summary={shareSummary(bars)}
      height={height}
      onDrawn={onDrawn}
      version={version}
    />
  );
}
