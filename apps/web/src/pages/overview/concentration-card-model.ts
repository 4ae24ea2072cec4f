import {
  type AnalyticsSummary,
  type ConcentrationBasis,
  type ConcentrationSeries,
  type Granularity,
  type HhiBandsInfo,
  sharePercent,
} from '@tradeflow/domain';
import { roundTo } from '../../charts/series';
import type { TableModel } from '../../charts/table-model';
import { HHI_BAND_LABELS, isSignificantRiseUnder } from '../../format/bands';
import { periodLabels } from '../../format/dates';
import { countryLabel } from '../../format/labels';
import { formatHhi, formatInteger, formatNumber } from '../../format/numbers';
import { difference } from './kpi-tiles-model';
import { markIncomplete } from './period-labels';

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
  const hhiChange = comparable ? difference((changeBase ?? current).hhi, previous.hhi) : null;
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
