import type { ChartData, ChartOptions } from 'chart.js';
import { useMemo } from 'react';
import { type DisplayUnit, formatInUnit, formatUnitTick } from '../format/units';
import { ChartFrame } from './chart-frame';
import { mixSummary, stackedSummary } from './chart-summary';

export interface StackedSeries {
  key: string;
  label: string;
  values: number[];
  colour: string;
}

interface StackedBarChartProps {
  labels: string[];
  series: StackedSeries[];
  /** Unit of the values (a total or a flow rate), or 'percent' for a 100% stacked chart. */
  unit: DisplayUnit | 'percent';
  label: string;
  height?: number;
  onDrawn?: (version: string) => void;
  version?: string;
  /** Bars across instead of up (a few long categories, e.g. before and after). */
  horizontal?: boolean;
}

/** Stacked bars per period, one colour per series (fixed per country/currency). */
export function StackedBarChart({
  labels,
  series,
  unit,
  label,
  height,
  onDrawn,
  version,
  horizontal = false,
}: StackedBarChartProps) {
  const data = useMemo<ChartData<'bar'>>(
    () => ({
      labels,
      datasets: series.map((s) => ({
        label: s.label,
        data: s.values,
        backgroundColor: s.colour,
        borderColor: '#ffffff',
        borderWidth: { top: 0.5, bottom: 0, left: 0, right: 0 },
        stack: 'volume',
        maxBarThickness: 48,
        categoryPercentage: 0.86,
        barPercentage: 1,
      })),
    }),
    [labels, series],
  );
  const summary = useMemo(
    () =>
      unit === 'percent'
        ? mixSummary(labels, series)
        : `${labels.length === 1 ? `In ${labels[0]}` : `Over ${labels.length} periods`}: ${stackedSummary(series)}`,
    [labels, series, unit],
  );
  const options = useMemo<ChartOptions<'bar'>>(() => {
    const categoryAxis = {
      stacked: true,
      grid: { display: false },
      ticks: { maxRotation: 0, autoSkip: true, autoSkipPadding: 16 },
    };
    const valueAxis = {
      stacked: true,
      beginAtZero: true,
      max: unit === 'percent' ? 100 : undefined,
      border: { display: false },
      ticks: {
        maxTicksLimit: 6,
        callback: (value: string | number) =>
          unit === 'percent' ? `${value}%` : formatUnitTick(Number(value), unit),
      },
    };
    return {
      indexAxis: horizontal ? 'y' : 'x',
      interaction: { mode: 'index', intersect: false },
      scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
      plugins: {
        tooltip: {
          itemSort: (a, b) => b.datasetIndex - a.datasetIndex,
          filter: (item) => Number(item.raw) !== 0,
          callbacks: {
            label: (item) =>
              ` ${item.dataset.label}: ${
                unit === 'percent' ? `${Number(item.raw).toFixed(1)}%` : formatInUnit(Number(item.raw), unit)
              }`,
            footer: (items) =>
              unit === 'percent'
                ? ''
                : `Total: ${formatInUnit(
                    items.reduce((sum, item) => sum + Number(item.raw), 0),
                    unit,
                  )}`,
          },
        },
      },
    };
  }, [unit, horizontal]);
  return (
    <ChartFrame
      type="bar"
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
