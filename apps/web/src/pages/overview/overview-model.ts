import {
  type AnalyticsSummary,
  type ConcentrationSeries,
  hhiBand,
  type HhiBand,
  NO_CURRENCY_KEY,
  regionOf,
  type Timeseries,
} from '@tradeflow/domain';
import { colourFor, type ColourDimension } from '../../charts/palette';
import { foldSmallSeries, roundTo, type Series, toPercentages } from '../../charts/series';
import type { TableModel } from '../../charts/table-model';
import { type ChartGranularity, formatBucket } from '../../format/dates';
import { countryLabel, currencyLabel, regionLabel, routeLabel } from '../../format/labels';
import {
  formatHhi,
  formatInteger,
  formatNumber,
  relativeChange,
  type VolumeUnit,
} from '../../format/numbers';

export interface ColouredSeries extends Series {
  colour: string;
}

export interface StackedModel {
  labels: string[];
  series: ColouredSeries[];
  table: TableModel;
}

const UNIT_NAMES: Record<VolumeUnit, string> = { t: 'tonnes', bbl: 'barrels' };

function labelOf(dimension: ColourDimension, key: string, apiLabel: string): string {
  if (dimension === 'origin') return countryLabel(key);
  if (dimension === 'currency') return currencyLabel(key);
  if (dimension === 'route') return routeLabel(key);
  return apiLabel;
}

/** Stacked volume per bucket by origin: the 7 largest origins and "Other". */
export function stackedVolumeModel(
  timeseries: Timeseries,
  granularity: ChartGranularity,
  unit: VolumeUnit,
  dimension: ColourDimension = 'origin',
): StackedModel {
  const labels = timeseries.buckets.map((bucket) => formatBucket(bucket, granularity));
  const digits = unit === 't' ? 3 : 1;
  const series = foldSmallSeries(
    timeseries.series.map((s) => ({
      key: s.key,
      label: labelOf(dimension, s.key, s.label),
      values: s.values,
    })),
    7,
  ).map((s) => ({
    ...s,
    values: s.values.map((v) => roundTo(v, digits)),
    colour: colourFor(dimension, s.key),
  }));
  const format = (value: number) => formatInteger(value);
  return {
    labels,
    series,
    table: {
      columns: [
        { key: 'period', label: 'Period' },
        ...series.map((s) => ({
          key: s.key,
          label: `${s.label} (${UNIT_NAMES[unit]})`,
          numeric: true,
          format,
        })),
        { key: 'total', label: `Total (${UNIT_NAMES[unit]})`, numeric: true, format },
      ],
      rows: labels.map((label, i) => {
        const values = series.map((s) => s.values[i] ?? 0);
        return [
          label,
          ...values,
          roundTo(
            values.reduce((a, b) => a + b, 0),
            digits,
          ),
        ];
      }),
    },
  };
}

/** The mix per bucket as percentages (100% stacked), largest 5 and "Other". */
export function shareMixModel(
  timeseries: Timeseries,
  granularity: ChartGranularity,
  dimension: ColourDimension,
): StackedModel {
  const labels = timeseries.buckets.map((bucket) => formatBucket(bucket, granularity));
  const series = toPercentages(
    foldSmallSeries(
      timeseries.series.map((s) => ({
        key: s.key,
        label: labelOf(dimension, s.key, s.label),
        values: s.values,
      })),
      5,
    ),
  ).map((s) => ({ ...s, values: s.values.map((v) => roundTo(v, 1)), colour: colourFor(dimension, s.key) }));
  const format = (value: number) => `${formatNumber(value, 1)}%`;
  return {
    labels,
    series,
    table: {
      columns: [
        { key: 'period', label: 'Period' },
        ...series.map((s) => ({ key: s.key, label: `${s.label} (%)`, numeric: true, format })),
      ],
      rows: labels.map((label, i) => [label, ...series.map((s) => s.values[i] ?? 0)]),
    },
  };
}

export interface ConcentrationModel {
  labels: string[];
  hhi: (number | null)[];
  effectiveSuppliers: (number | null)[];
  table: TableModel;
}

export function concentrationModel(
  series: ConcentrationSeries,
  granularity: ChartGranularity,
): ConcentrationModel {
  const labels = series.points.map((point) => formatBucket(point.period, granularity));
  const hhi = series.points.map((point) => (point.hhi === null ? null : roundTo(point.hhi, 0)));
  const effective = series.points.map((point) =>
    point.effectiveSuppliers === null ? null : roundTo(point.effectiveSuppliers, 2),
  );
  return {
    labels,
    hhi,
    effectiveSuppliers: effective,
    table: {
      columns: [
        { key: 'period', label: 'Period' },
        { key: 'hhi', label: 'HHI', numeric: true, format: formatHhi },
        { key: 'band', label: 'Band' },
        { key: 'effective', label: 'Effective suppliers', numeric: true, format: (v) => formatNumber(v, 2) },
        { key: 'top', label: 'Largest supplier' },
        {
          key: 'topShare',
          label: 'Largest share (%)',
          numeric: true,
          format: (v) => `${formatNumber(v, 1)}%`,
        },
      ],
      rows: series.points.map((point, i) => [
        labels[i] as string,
        hhi[i] ?? null,
        point.hhi === null ? null : HHI_BAND_LABELS[bandOf(point.hhi)],
        effective[i] ?? null,
        point.topKey ? countryLabel(point.topKey) : null,
        point.topShare === null ? null : roundTo(point.topShare * 100, 1),
      ]),
    },
  };
}

export interface BarModel {
  bars: { key: string; label: string; value: number; share: number; colour: string }[];
  table: TableModel;
}

/** Horizontal bars of a summary's groups (route/mode mix): volume and share. */
export function groupBarsModel(
  summary: AnalyticsSummary,
  unit: VolumeUnit,
  dimension: ColourDimension,
): BarModel {
  const digits = unit === 't' ? 3 : 1;
  const bars = summary.groups.map((group) => ({
    key: group.key,
    label: labelOf(dimension, group.key, group.label),
    value: roundTo(unit === 't' ? group.tonnes : group.barrels, digits),
    // Unrounded, so a sliver reads '<0.1%' rather than '0.0%'; the table rounds.
    share: group.share * 100,
    colour: colourFor(dimension, group.key),
  }));
  return {
    bars,
    table: {
      columns: [
        { key: 'group', label: dimension === 'route' ? 'Route' : 'Group' },
        { key: 'volume', label: `Volume (${UNIT_NAMES[unit]})`, numeric: true, format: formatInteger },
        { key: 'share', label: 'Share (%)', numeric: true, format: (v) => `${formatNumber(v, 1)}%` },
        { key: 'shipments', label: 'Shipments', numeric: true, format: formatInteger },
      ],
      rows: bars.map((bar, i) => [
        bar.label,
        bar.value,
        roundTo(bar.share, 1),
        summary.groups[i]?.shipments ?? 0,
      ]),
    },
  };
}

// --- KPIs -----------------------------------------------------------------------------------

/** The bands (US DOJ/FTC 2010): below 1,500 unconcentrated, 1,500-2,500 moderate, above high. */
export function bandOf(hhi: number): HhiBand {
  return hhiBand(hhi, '2010');
}

export const HHI_BAND_LABELS: Record<HhiBand, string> = {
  unconcentrated: 'Unconcentrated',
  moderate: 'Moderately concentrated',
  high: 'Highly concentrated',
};

/** Share of tonnes paid in a currency other than USD (shipments with no currency recorded excluded). */
export function nonUsdShare(currencies: AnalyticsSummary): { share: number | null; notRecorded: number } {
  if (currencies.totalTonnes === 0) return { share: null, notRecorded: 0 };
  const other = currencies.groups
    .filter((group) => group.key !== 'USD' && group.key !== NO_CURRENCY_KEY)
    .reduce((sum, group) => sum + group.share, 0);
  const notRecorded = currencies.groups.find((group) => group.key === NO_CURRENCY_KEY)?.share ?? 0;
  return { share: other, notRecorded };
}

export const HHI_BAND_SHORT: Record<HhiBand, string> = {
  unconcentrated: 'Low',
  moderate: 'Moderate',
  high: 'High',
};

export type Tone = 'good' | 'bad' | 'neutral';

export interface Change {
  text: string;
  direction: 'up' | 'down' | 'flat';
  tone: Tone;
}

export function describeChange(
  delta: number | null,
  text: string,
  higherIsBetter: boolean | null,
): Change | null {
  if (delta === null || !Number.isFinite(delta)) return null;
  const direction = text.replace(/[^1-9]/g, '') === '' ? 'flat' : delta > 0 ? 'up' : 'down';
  const tone: Tone =
    direction === 'flat' || higherIsBetter === null
      ? 'neutral'
      : (direction === 'up') === higherIsBetter
        ? 'good'
        : 'bad';
  return { text, direction, tone };
}

export interface Kpis {
  volume: number;
  otherUnitVolume: number;
  volumeChange: number | null;
  shipments: number;
  shipmentsChange: number | null;
  suppliers: number;
  suppliersChange: number | null;
  hhi: number | null;
  hhiChange: number | null;
  effectiveSuppliers: number | null;
  effectiveSuppliersChange: number | null;
  nonUsdShare: number | null;
  nonUsdShareChange: number | null;
  notRecordedShare: number;
  topSupplier: { key: string; share: number } | null;
}

const diff = (current: number | null, previous: number | null | undefined) =>
  current === null || previous === null || previous === undefined ? null : current - previous;

/** The tiles' figures: `previous*` are the same filters over the previous period (or absent). */
export function computeKpis(
  origins: AnalyticsSummary,
  currencies: AnalyticsSummary,
  unit: VolumeUnit,
  previousOrigins?: AnalyticsSummary,
  previousCurrencies?: AnalyticsSummary,
): Kpis {
  const volumeOf = (s: AnalyticsSummary) => (unit === 't' ? s.totalTonnes : s.totalBarrels);
  const hasPrevious = previousOrigins !== undefined && previousOrigins.shipmentCount > 0;
  const prevO = hasPrevious ? previousOrigins : undefined;
  const nonUsd = nonUsdShare(currencies);
  const prevNonUsd = previousCurrencies && hasPrevious ? nonUsdShare(previousCurrencies).share : null;
  const top = origins.groups[0];
  return {
    volume: volumeOf(origins),
    otherUnitVolume: unit === 't' ? origins.totalBarrels : origins.totalTonnes,
    volumeChange: prevO ? relativeChange(volumeOf(origins), volumeOf(prevO)) : null,
    shipments: origins.shipmentCount,
    shipmentsChange: prevO ? relativeChange(origins.shipmentCount, prevO.shipmentCount) : null,
    suppliers: origins.groups.length,
    suppliersChange: prevO ? origins.groups.length - prevO.groups.length : null,
    hhi: origins.hhi,
    hhiChange: diff(origins.hhi, prevO?.hhi),
    effectiveSuppliers: origins.effectiveSuppliers,
    effectiveSuppliersChange: diff(origins.effectiveSuppliers, prevO?.effectiveSuppliers),
    nonUsdShare: nonUsd.share,
    nonUsdShareChange: diff(nonUsd.share, prevNonUsd),
    notRecordedShare: nonUsd.notRecorded,
    topSupplier: top ? { key: top.key, share: top.share } : null,
  };
}

// --- Top suppliers --------------------------------------------------------------------------

export interface SupplierRow {
  rank: number;
  key: string;
  name: string;
  region: string;
  colour: string;
  volume: number;
  share: number;
  shipments: number;
  previousShare: number | null;
  shareChange: number | null;
}

export function topSuppliers(
  origins: AnalyticsSummary,
  unit: VolumeUnit,
  previous?: AnalyticsSummary,
  limit = 10,
): { rows: SupplierRow[]; table: TableModel } {
  const previousShare = new Map(previous?.groups.map((group) => [group.key, group.share]));
  const comparable = previous !== undefined && previous.shipmentCount > 0;
  const rows = origins.groups.slice(0, limit).map((group, i) => {
    const before = comparable ? (previousShare.get(group.key) ?? 0) : null;
    return {
      rank: i + 1,
      key: group.key,
      name: countryLabel(group.key),
      region: regionLabel(regionOf(group.key)),
      colour: colourFor('origin', group.key),
      volume: unit === 't' ? group.tonnes : group.barrels,
      share: group.share,
      shipments: group.shipments,
      previousShare: before,
      shareChange: before === null ? null : group.share - before,
    };
  });
  const unitName = UNIT_NAMES[unit];
  return {
    rows,
    table: {
      columns: [
        { key: 'rank', label: 'Rank' },
        { key: 'origin', label: 'Origin' },
        { key: 'code', label: 'ISO code' },
        { key: 'region', label: 'Region' },
        { key: 'volume', label: `Volume (${unitName})`, numeric: true },
        { key: 'share', label: 'Share (%)', numeric: true },
        { key: 'shipments', label: 'Shipments', numeric: true },
        { key: 'previous', label: 'Share in previous period (%)', numeric: true },
        { key: 'change', label: 'Change (percentage points)', numeric: true },
      ],
      rows: rows.map((row) => [
        String(row.rank),
        row.name,
        row.key,
        row.region,
        roundTo(row.volume, unit === 't' ? 3 : 1),
        roundTo(row.share * 100, 1),
        row.shipments,
        row.previousShare === null ? null : roundTo(row.previousShare * 100, 1),
        row.shareChange === null ? null : roundTo(row.shareChange * 100, 1),
      ]),
    },
  };
}
