import type { ChartData, ChartOptions } from 'chart.js';
import { useMemo } from 'react';
import { formatInteger, formatVolumeShort, type VolumeUnit } from '../format/numbers';
import { ChartFrame } from './chart-frame';

interface Bar {
  key: string;
  label: string;
  value: number;
  share: number;
  colour: string;
}

interface ShareBarsChartProps {
  bars: Bar[];
  unit: VolumeUnit;
  label: string;
  onDrawn?: (version: string) => void;
  version?: string;
}

/** Horizontal bars (one per group, e.g. route), longest first, labelled with volume and share. */
export function ShareBarsChart({ bars, unit, label, onDrawn, version }: ShareBarsChartProps) {
  const height = Math.max(160, 56 + bars.length * 38);
  const data = useMemo<ChartData<'bar'>>(
    () => ({
      labels: bars.map((bar) => bar.label),
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
          border: { display: false },
          ticks: { maxTicksLimit: 5, callback: (value) => formatVolumeShort(Number(value), unit) },
        },
        y: { grid: { display: false }, ticks: { autoSkip: false } },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            label: (item) =>
              ` ${formatInteger(Number(item.raw))} ${unit} · ${(bars[item.dataIndex]?.share ?? 0).toFixed(1)}%`,
          },
        },
      },
    }),
    [bars, unit],
  );
  return <ChartFrame type="bar" data={data} options={options} label={label} height={height} onDrawn={onDrawn} version={version} />;
}
