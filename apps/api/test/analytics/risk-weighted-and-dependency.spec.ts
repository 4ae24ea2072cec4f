import { clientWithApiKey } from '../support/credentials';
import { aShipmentInput } from '@tradeflow/domain/testing';
import { startTestApp, type TestApp } from '../support/test-app';
import { postShipments, query } from './support/load';

// June 2023: SA 60,000 t (USD 40M), RU 30,000 t (USD 10M), US 10,000 t (USD 50M); July: SA alone.
const JUNE = [
  aShipmentInput({
    reference: 'RW-SA',
    originCountry: 'SA',
    volumeTonnes: 60_000,
    valueAmount: 40_000_000,
    arrivalDate: '2023-06-10',
  }),
  aShipmentInput({
    reference: 'RW-RU',
    originCountry: 'RU',
    loadPort: 'RUULU',
    volumeTonnes: 30_000,
    valueAmount: 10_000_000,
    arrivalDate: '2023-06-11',
  }),
  aShipmentInput({
    reference: 'RW-US',
    originCountry: 'US',
    loadPort: 'USHOU',
    volumeTonnes: 10_000,
    valueAmount: 50_000_000,
    arrivalDate: '2023-06-20',
  }),
];
const JULY = aShipmentInput({
  reference: 'RW-SA-2',
  originCountry: 'SA',
  volumeTonnes: 20_000,
  arrivalDate: '2023-07-02',
});
const LPG = aShipmentInput({
  reference: 'RW-LPG',
  commodity: 'lpg',
  originCountry: 'QA',
  loadPort: 'QARLF',
  volumeTonnes: 8_000,
  arrivalDate: '2023-06-15',
});
const june = { from: '2023-06-01', to: '2023-06-30' };

describe('risk-weighted HHI and import dependency', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await postShipments(t, [...JUNE, JULY, LPG]);
  });
  afterAll(() => t.close());

  const crude = { commodity: 'crude_oil' };

  describe('risk-weighted HHI', () => {
    it('with no score set every supplier counts 0.5: half the plain HHI, and the answer names the defaults', async () => {
      const { body } = await t.http.get(`/api/analytics/summary${query({ ...june, ...crude })}`);
      expect(body.hhi).toBeCloseTo(3600 + 900 + 100, 8);
      expect(body.riskWeightedHhi).toBeCloseTo(0.5 * 4600, 8);
      expect(body.riskWeighting).toMatchObject({ defaultScore: 0.5, defaultedSuppliers: ['SA', 'RU', 'US'] });
      expect(body.riskWeighting.formula).toMatch(/r_i x \(100 x s_i\)\^2/);
      expect(body.riskWeighting.source).toMatch(/IEA/);
    });

    it('weights each share by the scores an admin set, by volume and by USD value, per period', async () => {
      const put = await t.http.put('/api/risk-scores', {
        scores: [
          { country: 'SA', score: 0.2, rationale: 'test' },
          { country: 'RU', score: 0.9 },
        ],
      });
      expect(put.status).toBe(200);
      // Volume shares 0.6, 0.3, 0.1: 0.2 x 3600 + 0.9 x 900 + 0.5 x 100.
      const volume = await t.http.get(`/api/analytics/summary${query({ ...june, ...crude })}`);
      expect(volume.body.riskWeightedHhi).toBeCloseTo(720 + 810 + 50, 8);
      expect(volume.body.riskWeighting.defaultedSuppliers).toEqual(['US']);
      // Value shares 0.4, 0.1, 0.5: 0.2 x 1600 + 0.9 x 100 + 0.5 x 2500.
      const value = await t.http.get(`/api/analytics/summary${query({ ...june, ...crude, basis: 'value' })}`);
      expect(value.body.riskWeightedHhi).toBeCloseTo(320 + 90 + 1250, 8);
      const series = await t.http.get(
        `/api/analytics/concentration${query({ from: '2023-06-01', to: '2023-07-31', ...crude })}`,
      );
      expect(series.body.points.map((p: { riskWeightedHhi: number }) => p.riskWeightedHhi)).toEqual([
        expect.closeTo(1580, 8),
        expect.closeTo(0.2 * 10_000, 8),
      ]);
      expect(
        series.body.riskWeighting.scores.map((s: { country: string; score: number }) => [s.country, s.score]),
      ).toEqual([
        ['SA', 0.2],
        ['RU', 0.9],
        ['US', 0.5],
      ]);
    });

    it('is only given over suppliers: other dimensions answer null', async () => {
      const { body } = await t.http.get(`/api/analytics/summary${query({ ...june, groupBy: 'currency' })}`);
      expect(body).toMatchObject({ riskWeightedHhi: null, riskWeighting: null });
    });

    it('records each change in the audit log and a removed score is the default again', async () => {
      const audit = await t.http.get(`/api/audit${query({ entityType: 'risk-score' })}`);
      expect(audit.body.items[0]).toMatchObject({ action: 'risk-score.upsert' });
      expect((await t.http.delete('/api/risk-scores/RU')).status).toBe(204);
      const { body } = await t.http.get('/api/risk-scores');
      expect(body.items.map((s: { country: string }) => s.country)).toEqual(['SA']);
    });

    it.each([
      ['a score above 1', { country: 'AE', score: 1.5 }, 'scores[0].score', /from 0 to 1/],
      ['a negative score', { country: 'AE', score: -0.1 }, 'scores[0].score', /from 0 to 1/],
      ['an unknown country', { country: 'XX', score: 0.4 }, 'scores[0].country', /ISO 3166-1/],
    ])('%s is a 400 naming the field, and nothing is written', async (_, item, field, message) => {
      const before = (await t.http.get('/api/risk-scores')).body;
      const { status, body } = await t.http.put('/api/risk-scores', {
        scores: [{ country: 'KW', score: 0.3 }, item].reverse(),
      });
      expect(status).toBe(400);
      expect(body.errors).toEqual([{ field, message: expect.stringMatching(message) }]);
      expect((await t.http.get('/api/risk-scores')).body).toEqual(before);
    });

    it('only an admin may set scores', async () => {
      const editor = await clientWithApiKey(t, 'editor');
      const { status } = await editor.put('/api/risk-scores', { scores: [{ country: 'AE', score: 0.4 }] });
      expect(status).toBe(403);
    });
  });

  describe('import dependency', () => {
    it('says there is no dependency without production data', async () => {
      const { status, body } = await t.http.get(`/api/analytics/import-dependency${query(june)}`);
      expect(status).toBe(200);
      expect(body.destinations).toEqual(['PK']);
      expect(
        body.series.map((s: { commodity: string; hasProductionData: boolean }) => [
          s.commodity,
          s.hasProductionData,
        ]),
      ).toEqual([
        ['crude_oil', false],
        ['lpg', false],
      ]);
      expect(body.series[0].points[0]).toMatchObject({
        importsTonnes: 100_000,
        productionTonnes: null,
        dependency: null,
      });
      expect(body.note).toMatch(/No domestic production recorded for Crude oil, Liquefied petroleum gas/);
    });

    it('imports / (imports + production) where production is recorded, by commodity', async () => {
      const put = await t.http.put('/api/domestic-production', {
        items: [
          {
            destinationCountry: 'PK',
            commodity: 'crude_oil',
            month: '2023-06',
            productionTonnes: 40_000,
            consumptionTonnes: 150_000,
          },
          { destinationCountry: 'PK', commodity: 'crude_oil', month: '2023-07', productionTonnes: 5_000 },
        ],
      });
      expect(put.body).toEqual({ inserted: 2, updated: 0 });
      const { body } = await t.http.get(
        `/api/analytics/import-dependency${query({ from: '2023-06-01', to: '2023-07-31' })}`,
      );
      const crudeSeries = body.series.find((s: { commodity: string }) => s.commodity === 'crude_oil');
      expect(crudeSeries.hasProductionData).toBe(true);
      expect(crudeSeries.points[0]).toMatchObject({
        importsTonnes: 100_000,
        productionTonnes: 40_000,
        consumptionTonnes: 150_000,
      });
      expect(crudeSeries.points[0].dependency).toBeCloseTo(100_000 / 140_000, 12);
      expect(crudeSeries.points[1].dependency).toBeCloseTo(20_000 / 25_000, 12);
      expect(body.note).toMatch(/Liquefied petroleum gas/);
      expect(body.note).not.toMatch(/Crude/);
    });

    it('gives no dependency for a quarter with production for only some of its months', async () => {
      const { body } = await t.http.get(
        `/api/analytics/import-dependency${query({ from: '2023-04-01', to: '2023-06-30', granularity: 'quarter', ...crude })}`,
      );
      expect(body.series[0].points[0]).toMatchObject({
        monthsWithProduction: 1,
        months: 3,
        dependency: null,
        productionTonnes: 40_000,
      });
    });

    it.each([
      [
        'a negative production',
        { productionTonnes: -1 },
        'items[0].productionTonnes',
        /must not be negative/,
      ],
      ['a month that does not exist', { month: '2023-13' }, 'items[0].month', /YYYY-MM/],
      ['an unknown commodity', { commodity: 'coal' }, 'items[0].commodity', /must be one of/],
    ])('%s is a 400 naming the field, and nothing is written', async (_, change, field, message) => {
      const before = (await t.http.get('/api/domestic-production')).body;
      const item = {
        destinationCountry: 'PK',
        commodity: 'lpg',
        month: '2023-08',
        productionTonnes: 1_000,
        ...change,
      };
      const { status, body } = await t.http.put('/api/domestic-production', { items: [item] });
      expect(status).toBe(400);
      expect(body.errors).toEqual([{ field, message: expect.stringMatching(message) }]);
      expect((await t.http.get('/api/domestic-production')).body).toEqual(before);
    });
  });
});
