import {
  bucketStart,
  type Granularity,
  nextBucket,
  type Outlook,
  type OutlookComparison,
} from '@tradeflow/domain';
import { colourFor } from '../../charts/palette';
import { roundTo } from '../../charts/series';
import type { TableModel } from '../../charts/table-model';
import type { StackedSeries } from '../../charts/volume-chart';
import { periodLabel } from '../../format/dates';
import { currencyLabel } from '../../format/labels';
import { formatHhi, formatInteger, formatNumber } from '../../format/numbers';

const hhiCell = (value: number | null) => (value === null ? null : roundTo(value, 1));
const percent = (value: number) => `${formatNumber(value, 1)}%`;
const signedHhi = (value: number) => (value > 0 ? `+${formatNumber(value, 1)}` : formatNumber(value, 1));

export interface CurrencyShift {
  key: string;
  label: string;
  colour: string;
  /** Shares 0..1 of tonnes and of USD value, before and after the incoming cargoes land. */
  shareBefore: number;
  shareAfter: number;
  valueShareBefore: number;
  valueShareAfter: number;
}

/** The currency mix before and after, one row per currency, largest after first. */
export function currencyShifts(comparison: OutlookComparison): CurrencyShift[] {
  const before = new Map(comparison.delivered.currencyMix.map((item) => [item.key, item]));
  const after = new Map(comparison.withIncoming.currencyMix.map((item) => [item.key, item]));
  const keys = [...new Set([...after.keys(), ...before.keys()])];
  return keys
    .map((key) => ({
      key,
      label: currencyLabel(key),
      colour: colourFor('currency', key),
      shareBefore: before.get(key)?.share ?? 0,
      shareAfter: after.get(key)?.share ?? 0,
      valueShareBefore: before.get(key)?.valueShare ?? 0,
      valueShareAfter: after.get(key)?.valueShare ?? 0,
    }))
    .sort((a, b) => b.shareAfter - a.shareAfter || a.key.localeCompare(b.key));
}

/** The currency whose share of tonnes grows most when the incoming cargoes land (null: none grows). */
export function growingCurrency(shifts: readonly CurrencyShift[]): CurrencyShift | null {
  const growing = shifts
    .filter((shift) => shift.shareAfter - shift.shareBefore > 1e-9)
    .sort((a, b) => b.shareAfter - b.shareBefore - (a.shareAfter - a.shareBefore));
  return growing[0] ?? null;
}

export interface OutlookModel {
  labels: string[];
  hhiOriginBefore: (number | null)[];
  hhiOriginAfter: (number | null)[];
  hhiCurrencyBefore: (number | null)[];
  hhiCurrencyAfter: (number | null)[];
  /**
   * Per period: nothing was delivered, only incoming cargoes land. Their HHI describes those few
   * cargoes, not the market, so the "with incoming" line leaves them out and they are drawn apart.
   */
  incomingOnly: boolean[];
  hhiOriginIncomingOnly: (number | null)[];
  hhiCurrencyIncomingOnly: (number | null)[];
  periodTable: TableModel;
  shifts: CurrencyShift[];
  /** Two bars (delivered, with incoming), stacked by currency: the mix by tonnes. */
  mixSeries: StackedSeries[];
  mixTable: TableModel;
}

export function outlookModel(outlook: Outlook, granularity: Granularity): OutlookModel {
  const labels = outlook.periods.map((period) => periodLabel(period.period, period.label, granularity));
  const pick = (get: (period: Outlook['periods'][number]) => number | null) =>
    outlook.periods.map((period) => hhiCell(get(period)));
  const shifts = currencyShifts(outlook.total);
  const incomingOnly = outlook.periods.map((p) => p.delivered.tonnes === 0 && p.incomingTonnes > 0);
  const onlyWhere = (values: (number | null)[], keep: boolean) =>
    values.map((value, i) => (incomingOnly[i] === keep ? value : null));
  const originAfter = pick((p) => p.withIncoming.hhiByOrigin);
  const currencyAfter = pick((p) => p.withIncoming.hhiByCurrency);
  return {
    labels,
    hhiOriginBefore: pick((p) => p.delivered.hhiByOrigin),
    hhiOriginAfter: onlyWhere(originAfter, false),
    hhiCurrencyBefore: pick((p) => p.delivered.hhiByCurrency),
    hhiCurrencyAfter: onlyWhere(currencyAfter, false),
    incomingOnly,
    hhiOriginIncomingOnly: onlyWhere(originAfter, true),
    hhiCurrencyIncomingOnly: onlyWhere(currencyAfter, true),
    periodTable: {
      columns: [
        { key: 'period', label: 'Period' },
        { key: 'delivered', label: 'Delivered (tonnes)', numeric: true, format: formatInteger },
        { key: 'incoming', label: 'Incoming (tonnes)', numeric: true, format: formatInteger },
        { key: 'incomingShipments', label: 'Incoming shipments', numeric: true, format: formatInteger },
        { key: 'originBefore', label: 'HHI by origin, delivered', numeric: true, format: formatHhi },
        { key: 'originAfter', label: 'HHI by origin, with incoming', numeric: true, format: formatHhi },
        { key: 'originChange', label: 'Change (origin)', numeric: true, format: signedHhi },
        { key: 'currencyBefore', label: 'HHI by currency, delivered', numeric: true, format: formatHhi },
        { key: 'currencyAfter', label: 'HHI by currency, with incoming', numeric: true, format: formatHhi },
        { key: 'currencyChange', label: 'Change (currency)', numeric: true, format: signedHhi },
        { key: 'holds', label: 'The period holds' },
      ],
      rows: outlook.periods.map((period, i) => [
        labels[i] as string,
        roundTo(period.delivered.tonnes, 3),
        roundTo(period.incomingTonnes, 3),
        period.incomingShipments,
        hhiCell(period.delivered.hhiByOrigin),
        hhiCell(period.withIncoming.hhiByOrigin),
        hhiCell(period.hhiByOriginChange),
        hhiCell(period.delivered.hhiByCurrency),
        hhiCell(period.withIncoming.hhiByCurrency),
        hhiCell(period.hhiByCurrencyChange),
        incomingOnly[i] ? 'incoming cargoes only: not the whole market' : 'delivered and incoming',
      ]),
    },
    shifts,
    mixSeries: shifts.map((shift) => ({
      key: shift.key,
      label: shift.label,
      colour: shift.colour,
      values: [roundTo(shift.shareBefore * 100, 2), roundTo(shift.shareAfter * 100, 2)],
    })),
    mixTable: {
      columns: [
        { key: 'currency', label: 'Currency' },
        { key: 'before', label: 'Share of tonnes, delivered (%)', numeric: true, format: percent },
        { key: 'after', label: 'Share of tonnes, with incoming (%)', numeric: true, format: percent },
        {
          key: 'change',
          label: 'Change (percentage points)',
          numeric: true,
          format: (v) => formatNumber(v, 2),
        },
        { key: 'valueBefore', label: 'Share of USD value, delivered (%)', numeric: true, format: percent },
        { key: 'valueAfter', label: 'Share of USD value, with incoming (%)', numeric: true, format: percent },
      ],
      rows: shifts.map((shift) => [
        currencyLabel(shift.key),
        roundTo(shift.shareBefore * 100, 2),
        roundTo(shift.shareAfter * 100, 2),
        roundTo((shift.shareAfter - shift.shareBefore) * 100, 2),
        roundTo(shift.valueShareBefore * 100, 2),
        roundTo(shift.valueShareAfter * 100, 2),
      ]),
    },
  };
}

/**
 * The whole fiscal years in which the incoming cargoes are expected, as a date range (the default
 * period, the last complete months, usually ends before they land).
 */
export function incomingRange(
  earliest: string,
  latest: string,
  fiscalYearStartMonth: number,
): { from: string; to: string; years: number } {
  const options = { fiscalYearStartMonth };
  const from = bucketStart(earliest, 'fiscal_year', options);
  const after = nextBucket(latest, 'fiscal_year', options);
  const years = Number(after.slice(0, 4)) - Number(from.slice(0, 4));
  return { from, to: dayBefore(after), years };
}

function dayBefore(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day) - 86_400_000).toISOString().slice(0, 10);
}
