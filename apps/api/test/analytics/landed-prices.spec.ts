import { type LandedPrices, type PricePoint, pricePointAt } from '@tradeflow/domain';
import { aShipmentInput } from '@tradeflow/domain/testing';
import { startTestApp, type TestApp } from '../support/test-app';
import { postShipments, putRates, query } from './support/load';

/*
 * Seven crude cargoes (7.33 bbl/t, so 10,000 t = 73,300 bbl) and a Brent series with July missing.
 * The expected figures are worked out by hand in the comments: sum of USD values / sum of barrels
 * of the cargoes that have a USD value, and each cargo against the Brent price of its month.
 */
const cargo = (reference: string, overrides: Record<string, unknown>) =>
  aShipmentInput({ reference, loadPort: null, dischargePort: 'PKKHI', vesselImo: null, ...overrides });

const SHIPMENTS = [
  // 73,300 bbl, 3,665,000 USD: 50 USD/bbl. Loaded in May.
  cargo('P-RU-1', {
    originCountry: 'RU',
    volumeTonnes: 10000,
    valueAmount: 3665000,
    paymentCurrency: 'USD',
    departureDate: '2023-05-10',
    arrivalDate: '2023-06-11',
    priceBasis: 'CIF',
  }),
  // 146,600 bbl, CNY 70,368,000 x 0.125 = 8,796,000 USD: 60 USD/bbl (once the CNY rate is known).
  cargo('P-RU-2', {
    originCountry: 'RU',
    volumeTonnes: 20000,
    valueAmount: 70368000,
    paymentCurrency: 'CNY',
    departureDate: '2023-06-01',
    arrivalDate: '2023-06-20',
    priceBasis: 'FOB',
  }),
  // No value recorded.
  cargo('P-RU-3', {
    originCountry: 'RU',
    volumeTonnes: 10000,
    valueAmount: null,
    paymentCurrency: null,
    departureDate: null,
    arrivalDate: '2023-06-25',
  }),
  // Paid in RUB, and there is no RUB rate: no USD value.
  cargo('P-RU-4', {
    originCountry: 'RU',
    volumeTonnes: 10000,
    valueAmount: 400000000,
    paymentCurrency: 'RUB',
    departureDate: null,
    arrivalDate: '2023-07-05',
  }),
  // 4,398,000 USD: 60 USD/bbl. Loaded in July.
  cargo('P-RU-5', {
    originCountry: 'RU',
    volumeTonnes: 10000,
    valueAmount: 4398000,
    paymentCurrency: 'USD',
    departureDate: '2023-07-20',
    arrivalDate: '2023-08-15',
  }),
  // 5,497,500 USD: 75 USD/bbl. Loaded in June, arrived in July (no Brent price for July).
  cargo('P-US-1', {
    originCountry: 'US',
    volumeTonnes: 10000,
    valueAmount: 5497500,
    paymentCurrency: 'USD',
    departureDate: '2023-06-05',
    arrivalDate: '2023-07-10',
  }),
  // 5,864,000 USD: 80 USD/bbl. No departure date.
  cargo('P-US-2', {
    originCountry: 'US',
    volumeTonnes: 10000,
    valueAmount: 5864000,
    paymentCurrency: 'USD',
    departureDate: null,
    arrivalDate: '2023-08-20',
  }),
];

const BRENT = [
  { date: '2023-05', usdPerBarrel: 75 },
  { date: '2023-06', usdPerBarrel: 74 },
  { date: '2023-08', usdPerBarrel: 86 },
];

const WINDOW = { from: '2023-06-01', to: '2023-08-31', commodity: 'crude_oil' };

describe('GET /api/analytics/prices: landed prices by origin and period, and the discount against a benchmark', () => {
  let t: TestApp;
  const prices = async (params: Record<string, string | undefined>): Promise<LandedPrices> => {
    const response = await t.http.get<LandedPrices>(
      `/api/analytics/prices${query({ ...WINDOW, ...params })}`,
    );
    expect(response.status).toBe(200);
    return response.body;
  };
  const originOf = (answer: LandedPrices, origin: string) => answer.origins.find((o) => o.origin === origin)!;
  const figures = (point: PricePoint) => ({
    usdPerBarrel: point.usdPerBarrel,
    benchmarkUsdPerBarrel: point.benchmarkUsdPerBarrel,
    discountUsdPerBarrel: point.discountUsdPerBarrel,
    discountPercent: point.discountPercent,
    unmatchedShipments: point.unmatchedShipments,
  });

  beforeAll(async () => {
    t = await startTestApp();
    await postShipments(t, SHIPMENTS);
    const stored = await t.http.put('/api/benchmarks/BRENT/prices', { prices: BRENT });
    expect(stored.status).toBe(200);
  });
  afterAll(() => t.close());

  it('leaves shipments without a USD value out of the price and counts them (before the CNY rate is known)', async () => {
    const june = pricePointAt(originOf(await prices({}), 'RU').periods, 0);
    // Only P-RU-1 has a value: 50 USD/bbl; P-RU-2 (no CNY rate yet) and P-RU-3 (no value) are counted.
    expect(june).toMatchObject({
      shipments: 3,
      shipmentsWithoutValue: 2,
      valuedTonnes: 10000,
      valuedBarrels: 73300,
    });
    expect(june.usdPerBarrel).toBe(50);
    expect(june.usdPerTonne).toBe(366.5);
  });

  describe('with the CNY rate', () => {
    beforeAll(() => putRates(t, [{ currency: 'CNY', date: '2023-01-01', usdPerUnit: 0.125 }]));

    it('weights prices by volume: June RU = (3,665,000 + 8,796,000) / 219,900 bbl', async () => {
      const answer = await prices({});
      expect(answer.buckets).toEqual(['2023-06-01', '2023-07-01', '2023-08-01']);
      const ru = originOf(answer, 'RU');
      expect(pricePointAt(ru.periods, 0)).toMatchObject({
        shipments: 3,
        shipmentsWithoutValue: 1,
        valuedTonnes: 30000,
        valuedBarrels: 219900,
        valueUsd: 12461000,
        usdPerBarrel: 56.6667, // 12,461,000 / 219,900 = 56.66666...
        usdPerTonne: 415.37, // 12,461,000 / 30,000 = 415.3666...
      });
      // July RU: only P-RU-4, without a value: no price, not zero.
      expect(pricePointAt(ru.periods, 1)).toMatchObject({
        shipments: 1,
        shipmentsWithoutValue: 1,
        usdPerBarrel: null,
      });
      // Over the range: (3,665,000 + 8,796,000 + 4,398,000) / 293,200 = 57.5.
      expect(ru.total).toMatchObject({ usdPerBarrel: 57.5, shipments: 5, shipmentsWithoutValue: 2 });
      // Every origin: (16,859,000 + 5,497,500 + 5,864,000) / (293,200 + 146,600) = 64.16666...
      expect(answer.all.total.usdPerBarrel).toBe(64.1667);
    });

    it('against Brent by arrival month: discounts per period, July missing (not zero), weighted over the range', async () => {
      const answer = await prices({ benchmark: 'BRENT' });
      expect(answer.benchmark).toMatchObject({ code: 'BRENT', name: 'Brent' });
      expect(answer.match).toBe('arrival');
      expect(answer.benchmarkPrices).toEqual([74, null, 86]);
      const ru = originOf(answer, 'RU');
      const us = originOf(answer, 'US');
      // June: 56.6667 - 74 = -17.3333; (12,461,000 - 219,900 x 74) / (219,900 x 74) = -23.42 %.
      expect(figures(pricePointAt(ru.periods, 0))).toEqual({
        usdPerBarrel: 56.6667,
        benchmarkUsdPerBarrel: 74,
        discountUsdPerBarrel: -17.3333,
        discountPercent: -23.42,
        unmatchedShipments: 0,
      });
      // July: RU has no valued cargo; the US cargo has a price but Brent has none that month.
      expect(figures(pricePointAt(ru.periods, 1))).toEqual({
        usdPerBarrel: null,
        benchmarkUsdPerBarrel: null,
        discountUsdPerBarrel: null,
        discountPercent: null,
        unmatchedShipments: 0,
      });
      expect(figures(pricePointAt(us.periods, 1))).toEqual({
        usdPerBarrel: 75,
        benchmarkUsdPerBarrel: null,
        discountUsdPerBarrel: null,
        discountPercent: null,
        unmatchedShipments: 1,
      });
      // August: RU 60 - 86 = -26 (-30.23 %), US 80 - 86 = -6 (-6.98 %).
      expect(figures(pricePointAt(ru.periods, 2))).toMatchObject({
        discountUsdPerBarrel: -26,
        discountPercent: -30.23,
      });
      expect(figures(pricePointAt(us.periods, 2))).toMatchObject({
        discountUsdPerBarrel: -6,
        discountPercent: -6.98,
      });
      // Range, RU: benchmark over the same barrels (219,900 x 74 + 73,300 x 86) / 293,200 = 77; 57.5 - 77 = -19.5;
      // (16,859,000 - 22,576,400) / 22,576,400 = -25.32 %.
      expect(figures(ru.total)).toEqual({
        usdPerBarrel: 57.5,
        benchmarkUsdPerBarrel: 77,
        discountUsdPerBarrel: -19.5,
        discountPercent: -25.32,
        unmatchedShipments: 0,
      });
      // Range, US: the price is 77.5 over both cargoes, but only the August one has a Brent month: 80 - 86.
      expect(figures(us.total)).toEqual({
        usdPerBarrel: 77.5,
        benchmarkUsdPerBarrel: 86,
        discountUsdPerBarrel: -6,
        discountPercent: -6.98,
        unmatchedShipments: 1,
      });
    });

    it('against Brent by loading month: each cargo meets the price of the month it was loaded', async () => {
      const answer = await prices({ benchmark: 'BRENT', match: 'loading' });
      const ru = originOf(answer, 'RU');
      const us = originOf(answer, 'US');
      // June arrivals: P-RU-1 loaded in May (75), P-RU-2 in June (74): (73,300 x 75 + 146,600 x 74) / 219,900
      // = 74.3333; (12,461,000 - 16,345,900) / 219,900 = -17.6667; / 16,345,900 = -23.77 %.
      expect(figures(pricePointAt(ru.periods, 0))).toEqual({
        usdPerBarrel: 56.6667,
        benchmarkUsdPerBarrel: 74.3333,
        discountUsdPerBarrel: -17.6667,
        discountPercent: -23.77,
        unmatchedShipments: 0,
      });
      // August RU: P-RU-5 was loaded in July, which has no Brent price.
      expect(figures(pricePointAt(ru.periods, 2))).toMatchObject({
        discountUsdPerBarrel: null,
        unmatchedShipments: 1,
      });
      // July US: P-US-1 loaded in June: 75 - 74 = 1 (+1.35 %). August US: no departure date, unmatched.
      expect(figures(pricePointAt(us.periods, 1))).toMatchObject({
        discountUsdPerBarrel: 1,
        discountPercent: 1.35,
      });
      expect(figures(pricePointAt(us.periods, 2))).toMatchObject({
        discountUsdPerBarrel: null,
        unmatchedShipments: 1,
      });
    });

    it('reads a month cut by from/to from the shipments and gives the same rule', async () => {
      // 15-30 June: P-RU-2 (60 USD/bbl) and P-RU-3 (no value).
      const ru = originOf(await prices({ from: '2023-06-15', to: '2023-06-30', benchmark: 'BRENT' }), 'RU');
      expect(pricePointAt(ru.periods, 0)).toMatchObject({
        shipments: 2,
        shipmentsWithoutValue: 1,
        usdPerBarrel: 60,
      });
      expect(pricePointAt(ru.periods, 0).discountUsdPerBarrel).toBe(-14);
    });

    it('limits the answer to a price basis', async () => {
      const answer = await prices({ priceBasis: 'CIF' });
      expect(answer.priceBasis).toEqual(['CIF']);
      expect(answer.origins.map((o) => o.origin)).toEqual(['RU']);
      expect(answer.origins[0]!.total).toMatchObject({ shipments: 1, usdPerBarrel: 50 });
    });

    it('buckets by quarter with the benchmark weighted by the barrels of each month', async () => {
      const answer = await prices({
        benchmark: 'BRENT',
        granularity: 'quarter',
        from: '2023-07-01',
        to: '2023-09-30',
      });
      // Q3: Brent has July missing and August 86: the line is the mean of the months with a price.
      expect(answer.benchmarkPrices).toEqual([86]);
      expect(figures(pricePointAt(originOf(answer, 'US').periods, 0))).toMatchObject({
        usdPerBarrel: 77.5,
        benchmarkUsdPerBarrel: 86,
        discountUsdPerBarrel: -6,
        unmatchedShipments: 1,
      });
    });

    it('answers at once with a benchmark price that was missing (July)', async () => {
      await t.http.put('/api/benchmarks/BRENT/prices', { prices: [{ date: '2023-07', usdPerBarrel: 80 }] });
      const us = originOf(await prices({ benchmark: 'BRENT' }), 'US');
      expect(figures(pricePointAt(us.periods, 1))).toMatchObject({
        benchmarkUsdPerBarrel: 80,
        discountUsdPerBarrel: -5,
      });
    });
  });

  it('refuses an unknown benchmark, a bad match and a day granularity, naming the parameter', async () => {
    const unknown = await t.http.get('/api/analytics/prices?benchmark=MURBAN');
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0]).toMatchObject({ field: 'benchmark' });
    expect(unknown.body.errors[0].message).toMatch(/unknown benchmark "MURBAN"/);
    const match = await t.http.get('/api/analytics/prices?match=departure');
    expect(match.status).toBe(400);
    expect(match.body.errors[0].field).toBe('match');
    const day = await t.http.get('/api/analytics/prices?granularity=day');
    expect(day.status).toBe(400);
    expect(day.body.errors[0].field).toBe('granularity');
    const basis = await t.http.get('/api/analytics/prices?priceBasis=EXW');
    expect(basis.status).toBe(400);
    expect(basis.body.errors[0].field).toBe('priceBasis');
  });
});
