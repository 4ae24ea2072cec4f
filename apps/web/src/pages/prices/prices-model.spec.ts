import { type LandedPrices, type PricePoint, toPriceSeries } from '@tradeflow/domain';
import { discountTable, priceLines, pricesParams, readPricesState, writePricesState } from './prices-model';

const point = (overrides: Partial<PricePoint>): PricePoint => ({
  shipments: 1,
  shipmentsWithoutValue: 0,
  valuedTonnes: 10000,
  valuedBarrels: 73300,
  valueUsd: 3665000,
  usdPerBarrel: 50,
  usdPerTonne: 366.5,
  benchmarkUsdPerBarrel: null,
  discountUsdPerBarrel: null,
  discountPercent: null,
  unmatchedShipments: 0,
  ...overrides,
});

const answer: LandedPrices = {
  granularity: 'month',
  buckets: ['2023-06-01', '2023-07-01'],
  labels: ['Jun 2023', 'Jul 2023'],
  match: 'arrival',
  priceBasis: null,
  benchmark: { code: 'BRENT', name: 'Brent', frequency: 'monthly', note: null },
  benchmarkPrices: [74, null],
  origins: [
    {
      origin: 'RU',
      label: 'Russia',
      periods: toPriceSeries([
        point({ benchmarkUsdPerBarrel: 74, discountUsdPerBarrel: -24, discountPercent: -32.43 }),
        point({ shipments: 0, usdPerBarrel: null }),
      ]),
      total: point({}),
    },
  ],
  all: { periods: toPriceSeries([point({}), point({})]), total: point({}) },
};

describe('prices view model', () => {
  it('keeps the benchmark and the match in the address, leaving the defaults out', () => {
    const written = writePricesState(new URLSearchParams('from=2023-01-01'), {
      benchmark: 'DUBAI',
      match: 'loading',
    });
    expect(written.toString()).toBe('from=2023-01-01&benchmark=DUBAI&match=loading');
    expect(readPricesState(written)).toEqual({ benchmark: 'DUBAI', match: 'loading' });
    expect(writePricesState(written, { benchmark: 'BRENT', match: 'arrival' }).toString()).toBe(
      'from=2023-01-01',
    );
    expect(readPricesState(new URLSearchParams('match=departure'))).toEqual({
      benchmark: 'BRENT',
      match: 'arrival',
    });
  });

  it('asks for crude oil when no commodity is chosen, and for the chosen ones otherwise', () => {
    const state = { benchmark: 'BRENT', match: 'arrival' } as const;
    expect(pricesParams(new URLSearchParams('from=2023-01-01'), 'month', state).get('commodity')).toBe(
      'crude_oil',
    );
    expect(pricesParams(new URLSearchParams('commodity=lpg'), 'quarter', state).toString()).toBe(
      'commodity=lpg&granularity=quarter&benchmark=BRENT',
    );
  });

  it('draws the benchmark as a dashed line after the origins, with its gaps', () => {
    const lines = priceLines(answer);
    expect(lines.map((line) => [line.label, line.values, line.dashed ?? false])).toEqual([
      ['Russia', [50, null], false],
      ['Brent', [74, null], true],
    ]);
  });

  it('lists every origin and period with a cargo in the discount table, a missing benchmark as empty', () => {
    const table = discountTable(answer, answer.labels);
    expect(table.rows).toEqual([['Jun 2023', 'Russia', 50, 366.5, 74, -24, -32.43, 1, 0, 0]]);
    expect(table.columns[4]?.label).toBe('Brent (USD/bbl)');
  });
});
