import type { Outlook, OutlookComparison, OutlookFigures } from '@tradeflow/domain';
import { hhiBandsInfo } from '@tradeflow/domain';
import { currencyShifts, growingCurrency, incomingRange, outlookModel } from './outlook-model';

function figures(
  tonnes: number,
  hhiByOrigin: number,
  hhiByCurrency: number,
  mix: [string, number][],
): OutlookFigures {
  return {
    tonnes,
    shipments: 1,
    valueUsd: 0,
    hhiByOrigin,
    effectiveSuppliersByOrigin: 10000 / hhiByOrigin,
    bandByOrigin: 'high',
    topOriginKey: 'SA',
    topOriginShare: 0.38,
    hhiByCurrency,
    bandByCurrency: 'high',
    currencyMix: mix.map(([key, share]) => ({
      key,
      label: key,
      tonnes: share * tonnes,
      share,
      valueUsd: 0,
      valueShare: 0,
    })),
  };
}

// FY2026-27 of the sample data: two Russian cargoes paid in yuan still to land.
const total: OutlookComparison = {
  delivered: figures(3715880.004, 2952.297, 8449.435, [
    ['USD', 0.917],
    ['AED', 0.0583],
    ['SAR', 0.0247],
  ]),
  withIncoming: figures(3915880.004, 2684.513, 7634.467, [
    ['USD', 0.8702],
    ['AED', 0.0553],
    ['CNY', 0.0511],
    ['SAR', 0.0234],
  ]),
  incomingTonnes: 200000,
  incomingShipments: 2,
  hhiByOriginChange: -267.785,
  hhiByCurrencyChange: -814.968,
};

describe('incoming what-if', () => {
  it('puts the currency mix before and after side by side, and finds the currency that gains', () => {
    const shifts = currencyShifts(total);
    expect(shifts.map((shift) => [shift.key, shift.shareBefore, shift.shareAfter])).toEqual([
      ['USD', 0.917, 0.8702],
      ['AED', 0.0583, 0.0553],
      ['CNY', 0, 0.0511],
      ['SAR', 0.0247, 0.0234],
    ]);
    expect(growingCurrency(shifts)?.key).toBe('CNY');
    expect(growingCurrency(currencyShifts({ ...total, withIncoming: total.delivered }))).toBeNull();
  });

  it('tables HHI by origin and by currency per period, before and after', () => {
    const outlook: Outlook = {
      granularity: 'fiscal_year',
      bands: hhiBandsInfo('2023'),
      incomingStatuses: ['contracted', 'in_transit'],
      periods: [{ period: '2026-07-01', label: 'FY2026-27', ...total }],
      total,
      shipmentsWithoutFxRate: 0,
    };
    const model = outlookModel(outlook, 'fiscal_year');
    expect(model.labels).toEqual(['FY2026-27']);
    expect(model.periodTable.rows[0]).toEqual([
      'FY2026-27',
      3715880.004,
      200000,
      2,
      2952.3,
      2684.5,
      -267.8,
      8449.4,
      7634.5,
      -815,
      'delivered and incoming',
    ]);
    expect(model.mixSeries.find((series) => series.key === 'CNY')?.values).toEqual([0, 5.11]);
  });

  it('draws a quarter where only incoming cargoes land apart, not as the whole market', () => {
    const onlyIncoming: OutlookComparison = {
      delivered: {
        ...figures(0, 1, 1, []),
        hhiByOrigin: null,
        hhiByCurrency: null,
      } as unknown as OutlookFigures,
      withIncoming: figures(100000, 10000, 10000, [['CNY', 1]]),
      incomingTonnes: 100000,
      incomingShipments: 1,
      hhiByOriginChange: null,
      hhiByCurrencyChange: null,
    };
    const outlook: Outlook = {
      granularity: 'quarter',
      bands: hhiBandsInfo('2023'),
      incomingStatuses: ['contracted', 'in_transit'],
      periods: [
        { period: '2026-10-01', label: '2026-Q4', ...total },
        { period: '2027-01-01', label: '2027-Q1', ...onlyIncoming },
      ],
      total,
      shipmentsWithoutFxRate: 0,
    };
    const model = outlookModel(outlook, 'quarter');
    expect(model.incomingOnly).toEqual([false, true]);
    expect(model.hhiOriginAfter).toEqual([2684.5, null]);
    expect(model.hhiOriginIncomingOnly).toEqual([null, 10000]);
    expect(model.hhiCurrencyAfter).toEqual([7634.5, null]);
    expect(model.periodTable.rows[1]?.at(-1)).toBe('incoming cargoes only: not the whole market');
  });

  it('shows the whole fiscal years the incoming cargoes land in', () => {
    expect(incomingRange('2026-12-14', '2027-01-20', 7)).toEqual({
      from: '2026-07-01',
      to: '2027-06-30',
      years: 1,
    });
    expect(incomingRange('2026-06-14', '2027-01-20', 7)).toEqual({
      from: '2025-07-01',
      to: '2027-06-30',
      years: 2,
    });
  });
});
