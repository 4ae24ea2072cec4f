import { type AnalyticsSummary, regionOf, sharePercent } from '@tradeflow/domain';
import { colourFor } from '../../charts/palette';
import { roundTo } from '../../charts/series';
import type { TableModel } from '../../charts/table-model';
import { countryLabel, regionLabel } from '../../format/labels';
import { baseUnit, type DisplayUnit, inUnit, isRateUnit, UNIT_NAMES, unitDigits } from '../../format/units';
import { shareBy } from './kpi-tiles-model';

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
