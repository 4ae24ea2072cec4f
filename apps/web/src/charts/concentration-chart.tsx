import type { ChartData, ChartOptions, Plugin } from 'chart.js';
import { useMemo } from 'react';
import { formatEffectiveSuppliers, formatHhi } from '../format/numbers';
import { ChartFrame } from './chart-frame';
import { flaggedPeriods, hhiWithBand, lineSummary } from './chart-summary';
import { MEASURE_COLOURS, SIGNIFICANT_RISE_COLOUR } from './palette';

/** The thresholds of the HHI bands in force (the API's `bands.thresholds`). */
export interface BandThresholds {
  moderateFrom: number;
  highAbove: number;
}

// The bands drawn behind the HHI line, lightest for unconcentrated; the thresholds come from the
// API's answer (US Merger Guidelines 2023 by default, 2010 when the server says so).
function bandsOf({ moderateFrom, highAbove }: BandThresholds) {
  return [
    { from: 0, to: moderateFrom, colour: 'rgba(0, 158, 115, 0.07)', label: 'Unconcentrated' },
    { from: moderateFrom, to: highAbove, colour: 'rgba(230, 159, 0, 0.10)', label: 'Moderate' },
    { from: highAbove, to: 10000, colour: 'rgba(213, 94, 0, 0.08)', label: 'High' },
  ];
}

export const HHI_BANDS_PLUGIN: Plugin<'line'> = {
  id: 'hhiBands',
  beforeDatasetsDraw(chart, _args, options) {
    const thresholds = (options as { thresholds?: BandThresholds }).thresholds;
    const { ctx, chartArea, scales } = chart;
    const y = scales['y'];
    if (!y || !chartArea || !thresholds) return;
    ctx.save();
    ctx.font = '11px system-ui, sans-serif';
    ctx.textAlign = 'right';
    for (const band of bandsOf(thresholds)) {
      const top = Math.max(chartArea.top, y.getPixelForValue(Math.min(band.to, y.max)));
      const bottom = Math.min(chartArea.bottom, y.getPixelForValue(Math.max(band.from, y.min)));
      if (bottom <= top) continue;
      ctx.fillStyle = band.colour;
      ctx.fillRect(chartArea.left, top, chartArea.right - chartArea.left, bottom - top);
      if (bottom - top > 16) {
        // A white halo keeps the label readable where a line crosses it.
        ctx.lineWidth = 3;
        ctx.strokeStyle = 'rgba(255, 255, 255, 0.9)';
        ctx.strokeText(band.label, chartArea.right - 6, top + 13);
        // The chart's text colour: at least 4.5:1 on the tinted band.
        ctx.fillStyle = '#4a5568';
        ctx.fillText(band.label, chartArea.right - 6, top + 13);
      }
    }
    ctx.restore();
  },
};

const PLUGINS = [HHI_BANDS_PLUGIN];

/** Top of the HHI axis: always above the "high" line so the bands read, with room over the data. */
export function hhiAxisMax(maxHhi: number, highAbove = 0): number {
  const floor = Math.max(500, Math.ceil((highAbove * 1.2) / 500) * 500);
  return maxHhi > highAbove
    ? Math.min(10000, Math.max(floor, Math.ceil((maxHhi * 1.15) / 500) * 500))
    : floor;
}

interface ConcentrationChartProps {
  labels: string[];
  hhi: (number | null)[];
  effectiveSuppliers: (number | null)[];
  /** Points whose rise against the period before is significant (drawn as red triangles). */
  significantRise?: boolean[];
  /** Drawn once known (the API's answer or GET /api/settings). */
  bands?: BandThresholds;
  label: string;
  height?: number;
  onDrawn?: (version: string) => void;
  version?: string;
}

/** HHI (left axis, over its bands) and the effective number of suppliers (right axis) per period. */
export function ConcentrationChart({
  labels,
  hhi,
  effectiveSuppliers,
  significantRise,
  bands,
  label,
  height,
  onDrawn,
  version,
}: ConcentrationChartProps) {
  const maxHhi = Math.max(0, ...hhi.filter((v): v is number => v !== null));
  const data = useMemo<ChartData<'line'>>(
    () => ({
      labels,
      datasets: [
        {
          label: 'HHI',
          data: hhi,
          yAxisID: 'y',
          borderColor: MEASURE_COLOURS.primary,
          backgroundColor: MEASURE_COLOURS.primary,
          borderWidth: 2,
          pointRadius: hhi.map((_, i) => (significantRise?.[i] ? 6 : labels.length > 40 ? 0 : 2.5)),
          pointStyle: hhi.map((_, i) => (significantRise?.[i] ? 'triangle' : 'circle')),
          pointBackgroundColor: hhi.map((_, i) =>
            significantRise?.[i] ? SIGNIFICANT_RISE_COLOUR : MEASURE_COLOURS.primary,
          ),
          pointBorderColor: hhi.map((_, i) =>
            significantRise?.[i] ? SIGNIFICANT_RISE_COLOUR : MEASURE_COLOURS.primary,
          ),
          pointHoverRadius: 5,
          tension: 0.2,
          spanGaps: false,
        },
        {
          label: 'Effective suppliers',
          data: effectiveSuppliers,
          yAxisID: 'y1',
          borderColor: MEASURE_COLOURS.secondary,
          backgroundColor: MEASURE_COLOURS.secondary,
          borderWidth: 2,
          borderDash: [6, 4],
          pointRadius: labels.length > 40 ? 0 : 2.5,
          pointHoverRadius: 4,
          tension: 0.2,
          spanGaps: false,
        },
      ],
    }),
    [labels, hhi, effectiveSuppliers, significantRise],
  );
  const summary = useMemo(() => {
    const rises = flaggedPeriods(labels, significantRise ?? []);
    return [
      lineSummary('HHI', labels, hhi, (value) => hhiWithBand(value, bands)),
      lineSummary('Effective suppliers', labels, effectiveSuppliers, formatEffectiveSuppliers),
      rises ? `Significant rise (\u25b2) ${rises}` : '',
    ]
      .filter(Boolean)
      .join('. ');
  }, [labels, hhi, effectiveSuppliers, significantRise, bands]);
  const options = useMemo<ChartOptions<'line'>>(
    () => ({
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { grid: { display: false }, ticks: { maxRotation: 0, autoSkip: true, autoSkipPadding: 16 } },
        y: {
          position: 'left',
          min: 0,
          // Show the band above the line too, so its place among the bands is obvious.
          suggestedMax: hhiAxisMax(maxHhi, bands?.highAbove),
          border: { display: false },
          title: { display: true, text: 'HHI' },
          ticks: { maxTicksLimit: 6, callback: (value) => formatHhi(Number(value)) },
        },
        y1: {
          position: 'right',
          min: 0,
          suggestedMax: 6,
          border: { display: false },
          grid: { drawOnChartArea: false },
          title: { display: true, text: 'Effective suppliers' },
          ticks: { maxTicksLimit: 6 },
        },
      },
      plugins: {
        hhiBands: { thresholds: bands },
        tooltip: {
          callbacks: {
            label: (item) =>
              item.raw === null
                ? ` ${item.dataset.label}: no shipments`
                : item.datasetIndex === 0
                  ? ` HHI: ${formatHhi(Number(item.raw))}${significantRise?.[item.dataIndex] ? ' (significant rise)' : ''}`
                  : ` Effective suppliers: ${formatEffectiveSuppliers(Number(item.raw))}`,
          },
        },
      },
    }),
    [maxHhi, bands, significantRise],
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
