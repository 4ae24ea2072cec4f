import { type AnalyticsSummary, type ConcentrationBasis, NO_CURRENCY_KEY } from '@tradeflow/domain';
import { relativeChange } from '../../format/numbers';
import { baseUnit, type DisplayUnit, inUnit } from '../../format/units';

/** A summary's total in the unit: tonnes or barrels, as an average per day over `days` for rates. */
export function totalIn(summary: AnalyticsSummary, unit: DisplayUnit, days: number | null): number | null {
  return inUnit(baseUnit(unit) === 't' ? summary.totalTonnes : summary.totalBarrels, unit, days);
}

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

/** current - previous, null when either is missing. */
export const difference = (current: number | null, previous: number | null | undefined) =>
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
    hhiChange: difference(origins.hhi, prevO?.hhi),
    effectiveSuppliers: shownOrigins.effectiveSuppliers,
    effectiveSuppliersChange: difference(origins.effectiveSuppliers, prevO?.effectiveSuppliers),
    nonUsdShare: nonUsd.share,
    nonUsdShareChange: difference(baseNonUsd.share, prevNonUsd),
    notRecordedShare: nonUsd.notRecorded,
    topSupplier: top ? { key: top.key, share: shareBy(shownOrigins.basis, top) } : null,
  };
}
