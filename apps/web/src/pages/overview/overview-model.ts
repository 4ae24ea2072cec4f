import {
  type AnalyticsSummary,
  type ConcentrationBasis,
  type ConcentrationSeries,
  daysInBucket,
  type Granularity,
  type HhiBandsInfo,
  NO_CURRENCY_KEY,
  regionOf,
  type Timeseries,
  sharePercent,
} from '@tradeflow/domain';
import { colourFor, type ColourDimension } from '../../charts/palette';
import { foldSmallSeries, roundTo, type Series, toPercentages } from '../../charts/series';
import type { TableModel } from '../../charts/table-model';
import { HHI_BAND_LABELS, isSignificantRiseUnder } from '../../format/bands';
import { periodLabels } from '../../format/dates';
import { countryLabel, currencyLabel, regionLabel, routeLabel } from '../../format/labels';
import { formatHhi, formatInteger, formatNumber, relativeChange } from '../../format/numbers';
import {
  baseUnit,
  type DisplayUnit,
  rateTableFormat,
  inUnit,
  isRateUnit,
  UNIT_NAMES,
  unitDigits,
} from '../../format/units';

export interface ColouredSeries extends Series {
  colour: string;
}

export interface StackedModel {
  labels: string[];
  series: ColouredSeries[];
  table: TableModel;
}

/** 'Monthly volume by origin', 'Fiscal-year flow rate by origin'. */
export const GRANULARITY_WORD: Readonly<Record<Granularity, string>> = {
  day: 'Daily',
  week: 'Weekly',
  month: 'Monthly',
  quarter: 'Quarterly',
  year: 'Yearly',
  fiscal_year: 'Fiscal-year',
};

/**
 * Periods the date range cuts (a fiscal year of which the range holds 8 months): their totals cover
 * only part of the period, so the chart says so. null when every period is whole.
 */
export function cutPeriodsNote(
  timeseries: Timeseries,
  granularity: Granularity,
  fiscalYearStartMonth: number,
): string | null {
  const labels = periodLabels(timeseries.buckets, timeseries.labels, granularity);
  const cut = timeseries.buckets.flatMap((start, i) => {
    const whole = daysInBucket(start, granularity, { fiscalYearStartMonth });
    const days = timeseries.days[i];
    return days !== undefined && days < whole ? [`${labels[i]} ${days} of ${whole} days`] : [];
  });
  return cut.length ? `the period covers ${cut.join(', ')}` : null;
}

/** A summary's total in the unit: tonnes or barrels, as an average per day over `days` for rates. */
export function totalIn(summary: AnalyticsSummary, unit: DisplayUnit, days: number | null): number | null {
  return inUnit(baseUnit(unit) === 't' ? summary.totalTonnes : summary.totalBarrels, unit, days);
}

function labelOf(dimension: ColourDimension, key: string, apiLabel: string): string {
  if (dimension === 'origin') return countryLabel(key);
  if (dimension === 'currency') return currencyLabel(key);
  if (dimension === 'route') return routeLabel(key);
  return apiLabel;
}

/**
 * Stacked volume (or flow rate) per bucket by origin: the 7 largest origins and "Other". Rates come
 * from the API over each bucket's real days, so they stack: the total is the flow of all origins.
 */
/** The suffix of a period that has not ended yet, in charts and their tables. */
export const INCOMPLETE_SUFFIX = ' (incomplete)';

/** Period labels, those flagged in `incomplete` (see incompletePeriods) marked as such. */
export function markIncomplete(labels: string[], incomplete: readonly boolean[]): string[] {
  return labels.map((label, i) => (incomplete[i] ? `${label}${INCOMPLETE_SUFFIX}` : label));
}

export function stackedVolumeModel(
  timeseries: Timeseries,
  granularity: Granularity,
  unit: DisplayUnit,
  dimension: ColourDimension = 'origin',
  incomplete: readonly boolean[] = [],
): StackedModel {
  const labels = markIncomplete(periodLabels(timeseries.buckets, timeseries.labels, granularity), incomplete);
  const digits = unitDigits(unit);
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
  const format = rateTableFormat(
    series.flatMap((s) => s.values),
    unit,
  );
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
  granularity: Granularity,
  dimension: ColourDimension,
  incomplete: readonly boolean[] = [],
): StackedModel {
  const labels = markIncomplete(periodLabels(timeseries.buckets, timeseries.labels, granularity), incomplete);
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
  /** Per point: its HHI rose by more than the bands' significant change against the period before. */
  significantRise: boolean[];
  table: TableModel;
}

const percentCell = (share: number | null) => (share === null ? null : sharePercent(share));
const percentFormat = (value: number) => `${formatNumber(value, 1)}%`;

/** HHI per period over the bands the API names, with everything read beside it. */
export function concentrationModel(
  series: ConcentrationSeries,
  granularity: Granularity,
  incomplete: readonly boolean[] = [],
): ConcentrationModel {
  const labels = markIncomplete(periodLabels(series.buckets, series.labels, granularity), incomplete);
  const hhi = series.points.map((point) => (point.hhi === null ? null : roundTo(point.hhi, 0)));
  const effective = series.points.map((point) =>
    point.effectiveSuppliers === null ? null : roundTo(point.effectiveSuppliers, 2),
  );
  const significantRise = series.points.map(
    (point) => point.significantRise ?? isSignificantRiseUnder(point.hhiChange, series.bands),
  );
  const group = series.regionGroup.code;
  return {
    labels,
    hhi,
    effectiveSuppliers: effective,
    significantRise,
    table: {
      columns: [
        { key: 'period', label: 'Period' },
        { key: 'hhi', label: 'HHI', numeric: true, format: formatHhi },
        { key: 'band', label: 'Band' },
        { key: 'change', label: 'Change against the period before', numeric: true, format: formatSignedHhi },
        { key: 'significant', label: 'Significant rise' },
        { key: 'effective', label: 'Effective suppliers', numeric: true, format: (v) => formatNumber(v, 2) },
        { key: 'top', label: 'Largest supplier' },
        { key: 'topShare', label: 'Largest share (%)', numeric: true, format: percentFormat },
        { key: 'top3Share', label: 'Top 3 share (%)', numeric: true, format: percentFormat },
        { key: 'groupShare', label: `${group} share (%)`, numeric: true, format: percentFormat },
        {
          key: 'normalised',
          label: 'Normalised HHI (0\u20131)',
          numeric: true,
          format: (v) => formatNumber(v, 3),
        },
        { key: 'suppliers', label: 'Suppliers', numeric: true, format: formatInteger },
      ],
      rows: series.points.map((point, i) => [
        labels[i] as string,
        hhi[i] ?? null,
        point.band ? HHI_BAND_LABELS[point.band] : null,
        point.hhiChange === null ? null : roundTo(point.hhiChange, 1),
        point.hhiChange === null ? null : significantRise[i] ? 'yes' : 'no',
        effective[i] ?? null,
        point.topKey ? countryLabel(point.topKey) : null,
        percentCell(point.topShare),
        percentCell(point.top3Share),
        percentCell(point.regionGroupShare),
        point.normalisedHhi === null ? null : roundTo(point.normalisedHhi, 4),
        point.suppliers,
      ]),
    },
  };
}

function formatSignedHhi(value: number): string {
  const text = formatNumber(value, 1);
  return value > 0 && text !== '0.0' ? `+${text}` : text.replace('\u22120.0', '0.0');
}

export interface BarModel {
  bars: { key: string; label: string; value: number; share: number; colour: string }[];
  table: TableModel;
}

/**
 * Horizontal bars of a summary's groups (route/mode mix): volume and share. A flow-rate unit shows
 * each group's average per day over the `days` of the period.
 */
export function groupBarsModel(
  summary: AnalyticsSummary,
  unit: DisplayUnit,
  dimension: ColourDimension,
  days: number | null = null,
): BarModel {
  const digits = unitDigits(unit);
  const bars = summary.groups.map((group) => ({
    key: group.key,
    label: labelOf(dimension, group.key, group.label),
    value: roundTo(inUnit(baseUnit(unit) === 't' ? group.tonnes : group.barrels, unit, days) ?? 0, digits),
    // Unrounded, so a sliver reads '<0.1%' rather than '0.0%'; the table rounds.
    share: group.share * 100,
    colour: colourFor(dimension, group.key),
  }));
  return {
    bars,
    table: {
      columns: [
        { key: 'group', label: dimension === 'route' ? 'Route' : 'Group' },
        {
          key: 'volume',
          label: `${isRateUnit(unit) ? 'Flow' : 'Volume'} (${UNIT_NAMES[unit]})`,
          numeric: true,
          format: rateTableFormat(
            bars.map((bar) => bar.value),
            unit,
          ),
        },
        { key: 'share', label: 'Share (%)', numeric: true, format: (v) => `${formatNumber(v, 1)}%` },
        { key: 'shipments', label: 'Shipments', numeric: true, format: formatInteger },
      ],
      rows: bars.map((bar, i) => [
        bar.label,
        bar.value,
        sharePercent(bar.share / 100),
        summary.groups[i]?.shipments ?? 0,
      ]),
    },
  };
}

// --- KPIs -----------------------------------------------------------------------------------

/** Share of tonnes paid in a currency other than USD (shipments with no currency recorded excluded). */
export function nonUsdShare(currencies: AnalyticsSummary): { share: number | null; notRecorded: number } {
  if (currencies.totalTonnes === 0) return { share: null, notRecorded: 0 };
  const other = currencies.groups
    .filter((group) => group.key !== 'USD' && group.key !== NO_CURRENCY_KEY)
    .reduce((sum, group) => sum + group.share, 0);
  const notRecorded = currencies.groups.find((group) => group.key === NO_CURRENCY_KEY)?.share ?? 0;
  return { share: other, notRecorded };
}

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
  /** In the page's unit (a flow rate over the period's days for t/d, b/d, kb/d). */
  volume: number | null;
  /** The same in the other family: barrels beside tonnes, tonnes beside barrels. */
  otherUnit: DisplayUnit;
  otherUnitVolume: number | null;
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

const OTHER_UNIT: Record<DisplayUnit, DisplayUnit> = {
  t: 'bbl',
  bbl: 't',
  tpd: 'bpd',
  bpd: 'tpd',
  kbd: 'tpd',
};

const diff = (current: number | null, previous: number | null | undefined) =>
  current === null || previous === null || previous === undefined ? null : current - previous;

/** Share of a group by the basis of the answer: tonnes, or USD value. */
export const shareBy = (basis: ConcentrationBasis, group: { share: number; valueShare: number }) =>
  basis === 'value' ? group.valueShare : group.share;

/** The figures a change is read from when the period runs past its complete days (see completePart). */
export interface ChangeBase {
  origins: AnalyticsSummary;
  currencies: AnalyticsSummary | null;
}

/**
 * The tiles' figures: `previous*` are the same filters over the previous period (or absent); `days`
 * is how many days the period covers (flow-rate units divide by it). Suppliers, HHI and effective
 * suppliers are by the basis of `origins` (volume or USD value). `changeBase`, when given, is what
 * the changes compare with the previous period instead of the figures shown (its complete days).
 */
export function computeKpis(
  shownOrigins: AnalyticsSummary,
  /** null for official statistics: they have no payment currency. */
  shownCurrencies: AnalyticsSummary | null,
  unit: DisplayUnit,
  previousOrigins?: AnalyticsSummary,
  previousCurrencies?: AnalyticsSummary,
  days: number | null = null,
  changeBase?: ChangeBase,
): Kpis {
  const hasPrevious = previousOrigins !== undefined && previousOrigins.shipmentCount > 0;
  const prevO = hasPrevious ? previousOrigins : undefined;
  const origins = changeBase?.origins ?? shownOrigins;
  const currencies = changeBase ? changeBase.currencies : shownCurrencies;
  const nonUsd = shownCurrencies ? nonUsdShare(shownCurrencies) : { share: null, notRecorded: 0 };
  const baseNonUsd = currencies ? nonUsdShare(currencies) : { share: null, notRecorded: 0 };
  const prevNonUsd = previousCurrencies && hasPrevious ? nonUsdShare(previousCurrencies).share : null;
  const top = shownOrigins.groups.reduce<AnalyticsSummary['groups'][number] | undefined>(
    (best, group) =>
      !best || shareBy(shownOrigins.basis, group) > shareBy(shownOrigins.basis, best) ? group : best,
    undefined,
  );
  const base = baseUnit(unit);
  const totalOf = (s: AnalyticsSummary) => (base === 't' ? s.totalTonnes : s.totalBarrels);
  const otherUnit = OTHER_UNIT[unit];
  return {
    volume: totalIn(shownOrigins, unit, days),
    otherUnit,
    otherUnitVolume: totalIn(shownOrigins, otherUnit, days),
    // Against a period of the same length, so the change of the total is the change of the rate.
    volumeChange: prevO ? relativeChange(totalOf(origins), totalOf(prevO)) : null,
    shipments: shownOrigins.shipmentCount,
    shipmentsChange: prevO ? relativeChange(origins.shipmentCount, prevO.shipmentCount) : null,
    suppliers: shownOrigins.groups.length,
    suppliersChange: prevO ? origins.groups.length - prevO.groups.length : null,
    hhi: shownOrigins.hhi,
    hhiChange: diff(origins.hhi, prevO?.hhi),
    effectiveSuppliers: shownOrigins.effectiveSuppliers,
    effectiveSuppliersChange: diff(origins.effectiveSuppliers, prevO?.effectiveSuppliers),
    nonUsdShare: nonUsd.share,
    nonUsdShareChange: diff(baseNonUsd.share, prevNonUsd),
    notRecordedShare: nonUsd.notRecorded,
    topSupplier: top ? { key: top.key, share: shareBy(shownOrigins.basis, top) } : null,
  };
}

// --- Concentration in detail ----------------------------------------------------------------

export interface ConcentrationFigures {
  bands: HhiBandsInfo;
  basis: ConcentrationBasis;
  hhi: number | null;
  band: AnalyticsSummary['band'];
  /** Against the period of the same length before; null when there is none to compare with. */
  hhiChange: number | null;
  significantRise: boolean;
  topShare: number | null;
  top3Share: number | null;
  regionGroup: { code: string; name: string };
  regionGroupShare: number | null;
  normalisedHhi: number | null;
  suppliers: number;
  shipmentsWithoutFxRate: number;
  shipmentsWithoutValue: number;
  /** sum(r_i x (100 s_i)^2) with the suppliers' risk scores; null when not by origin. */
  riskWeightedHhi: number | null;
  riskWeighting: AnalyticsSummary['riskWeighting'];
}

/** Everything the concentration card reads beside the HHI, from the summary by origin. */
export function concentrationFigures(
  current: AnalyticsSummary,
  previous?: AnalyticsSummary,
  changeBase?: AnalyticsSummary,
): ConcentrationFigures {
  const comparable = previous !== undefined && previous.shipmentCount > 0;
  const hhiChange = comparable ? diff((changeBase ?? current).hhi, previous.hhi) : null;
  return {
    bands: current.bands,
    basis: current.basis,
    hhi: current.hhi,
    band: current.band,
    hhiChange,
    significantRise: isSignificantRiseUnder(hhiChange, current.bands),
    topShare: current.topShare,
    top3Share: current.top3Share,
    regionGroup: current.regionGroup,
    regionGroupShare: current.regionGroupShare,
    normalisedHhi: current.normalisedHhi,
    suppliers: current.suppliers,
    shipmentsWithoutFxRate: current.shipmentsWithoutFxRate,
    shipmentsWithoutValue: current.shipmentsWithoutValue,
    riskWeightedHhi: current.riskWeightedHhi,
    riskWeighting: current.riskWeighting,
  };
}

/** Which suppliers still count the default risk score, in words ('all 6 at the default 0.5'). */
export function riskDefaultsText(weighting: NonNullable<AnalyticsSummary['riskWeighting']>): string {
  const defaulted = weighting.defaultedSuppliers.length;
  const all = weighting.scores.length;
  if (all === 0) return 'no supplier';
  if (defaulted === 0) return 'every supplier scored by an admin';
  if (defaulted === all)
    return `all ${all} supplier${all === 1 ? '' : 's'} at the default ${weighting.defaultScore} (not set yet)`;
  return `${defaulted} of ${all} suppliers at the default ${weighting.defaultScore} (${weighting.defaultedSuppliers.join(', ')})`;
}

// --- Top suppliers --------------------------------------------------------------------------

export interface SupplierRow {
  rank: number;
  key: string;
  name: string;
  region: string;
  colour: string;
  volume: number | null;
  share: number;
  shipments: number;
  previousShare: number | null;
  shareChange: number | null;
}

/**
 * The largest origins by the basis of `origins` (tonnes or USD value), their volume in the page's unit
 * (an average per day over `days` for flow rates) and how their share moved against `previous`.
 */
export function topSuppliers(
  origins: AnalyticsSummary,
  unit: DisplayUnit,
  previous?: AnalyticsSummary,
  limit = 10,
  days: number | null = null,
  changeBase?: AnalyticsSummary,
): { rows: SupplierRow[]; table: TableModel } {
  const basis = origins.basis;
  const previousShare = new Map(previous?.groups.map((group) => [group.key, shareBy(basis, group)]));
  const baseShare = changeBase
    ? new Map(changeBase.groups.map((group) => [group.key, shareBy(basis, group)]))
    : null;
  const comparable = previous !== undefined && previous.shipmentCount > 0;
  // The API ranks by tonnes; by USD value the ranking may differ (a stable sort keeps its ties).
  const ranked =
    basis === 'value' ? [...origins.groups].sort((a, b) => b.valueShare - a.valueShare) : origins.groups;
  const rows = ranked.slice(0, limit).map((group, i) => {
    const share = shareBy(basis, group);
    const before = comparable ? (previousShare.get(group.key) ?? 0) : null;
    return {
      rank: i + 1,
      key: group.key,
      name: countryLabel(group.key),
      region: regionLabel(regionOf(group.key)),
      colour: colourFor('origin', group.key),
      volume: inUnit(baseUnit(unit) === 't' ? group.tonnes : group.barrels, unit, days),
      share,
      shipments: group.shipments,
      previousShare: before,
      shareChange: before === null ? null : (baseShare ? (baseShare.get(group.key) ?? 0) : share) - before,
    };
  });
  const unitName = UNIT_NAMES[unit];
  const shareWord = basis === 'value' ? 'Share of USD value' : 'Share';
  return {
    rows,
    table: {
      columns: [
        { key: 'rank', label: 'Rank' },
        { key: 'origin', label: 'Origin' },
        { key: 'code', label: 'ISO code' },
        { key: 'region', label: 'Region' },
        { key: 'volume', label: `${isRateUnit(unit) ? 'Flow' : 'Volume'} (${unitName})`, numeric: true },
        { key: 'share', label: `${shareWord} (%)`, numeric: true },
        { key: 'shipments', label: 'Shipments', numeric: true },
        { key: 'previous', label: `${shareWord} in previous period (%)`, numeric: true },
        { key: 'change', label: 'Change (percentage points)', numeric: true },
      ],
      rows: rows.map((row) => [
        String(row.rank),
        row.name,
        row.key,
        row.region,
        row.volume === null ? null : roundTo(row.volume, unitDigits(unit)),
        sharePercent(row.share),
        row.shipments,
        row.previousShare === null ? null : sharePercent(row.previousShare),
        row.shareChange === null ? null : sharePercent(row.shareChange),
      ]),
    },
  };
}
