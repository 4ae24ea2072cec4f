import type { FxRate } from '@tradeflow/domain';
import { startTestApp, type TestApp } from '../support/test-app';
import { groupsOf, matching, monthOf, rateOn, type Row } from './support/expected';
import { flowsFixture } from './support/flows-fixture';
import { postShipments, putRates, query } from './support/load';

/** Expected USD value of rows with the given rates: each shipment's value x rate rounded to the cent, summed. */
function valueUsdOf(rows: Row[], rates: FxRate[]): { valueUsd: number; withoutRate: number } {
  return rows.reduce(
    (acc, row) => {
      if (row.valueAmount == null || row.paymentCurrency == null) return acc;
      const rate = rateOn(rates, row.paymentCurrency, row.arrivalDate);
      if (rate === undefined) return { ...acc, withoutRate: acc.withoutRate + 1 };
      return { ...acc, valueUsd: acc.valueUsd + Math.round(row.valueAmount * rate * 100) / 100 };
    },
    { valueUsd: 0, withoutRate: 0 },
  );
}

describe('fx rates and USD values', () => {
  let t: TestApp;
  const rows = flowsFixture('FX');
  // AED pegged; CNY changes on the RU-1 arrival day (2023-06-11: that rate applies); KWD only from
  // after its cargo arrived (2023-06-01 > 2023-05-31: no rate); SAR; no RUB rate at all.
  const rates: FxRate[] = [
    { currency: 'AED', date: '2023-01-01', usdPerUnit: 0.2722940776 },
    { currency: 'CNY', date: '2023-01-02', usdPerUnit: 0.1452 },
    { currency: 'CNY', date: '2023-06-11', usdPerUnit: 0.1401 },
    { currency: 'CNY', date: '2023-06-12', usdPerUnit: 0.1399 },
    { currency: 'KWD', date: '2023-06-01', usdPerUnit: 3.25 },
    { currency: 'SAR', date: '2023-07-31', usdPerUnit: 0.2666666667 },
  ];

  beforeAll(async () => {
    t = await startTestApp();
    await postShipments(t, rows);
  });
  afterAll(() => t.close());

  describe('PUT /api/fx-rates', () => {
    it('stores rates and reports how many were new or replaced', async () => {
      const first = await t.http.put('/api/fx-rates', { rates });
      expect(first.status).toBe(200);
      expect(first.body).toEqual({ inserted: rates.length, updated: 0 });
      const again = await t.http.put('/api/fx-rates', {
        rates: [{ ...rates[0]!, usdPerUnit: 0.2723 }, rates[1]!],
      });
      expect(again.body).toEqual({ inserted: 0, updated: 2 });
      await putRates(t, [rates[0]!]);
    });

    it('audits each upload with the rates it replaced, in the same transaction', async () => {
      const { rows: entries } = await t.db.pool.query(
        "SELECT entity_id, before, after FROM audit_log WHERE action = 'fx-rate.upsert' ORDER BY id",
      );
      expect(entries).toHaveLength(3);
      expect(entries[0]).toMatchObject({ entity_id: 'AED,CNY,KWD,SAR 2023-01-01..2023-07-31', before: [] });
      expect(entries[0].after).toHaveLength(rates.length);
      expect(entries[1].before).toEqual([rates[0], rates[1]]);
      expect(entries[2].before).toEqual([{ ...rates[0], usdPerUnit: 0.2723 }]);
    });

    it('refuses the whole upload when one rate is bad, naming the field with its index', async () => {
      const before = await t.db.pool.query('SELECT count(*)::int AS n FROM fx_rates');
      const { status, body } = await t.http.put('/api/fx-rates', {
        rates: [
          { currency: 'EUR', date: '2023-06-01', usdPerUnit: 1.08 },
          { currency: 'GBP', date: '2023-06-01', usdPerUnit: 1.27 },
          { currency: 'JPY', date: '2023-06-01', usdPerUnit: 0.0071 },
          { currency: 'CHF', date: '2023-06-01', usdPerUnit: -1 },
          { currency: 'XXX1', date: '2023-06-31', usdPerUnit: 1 },
        ],
      });
      expect(status).toBe(400);
      expect(body.errors).toEqual([
        { field: 'rates[3].usdPerUnit', message: 'must be a number greater than 0' },
        { field: 'rates[4].currency', message: 'must be an ISO 4217 currency code, e.g. CNY' },
        { field: 'rates[4].date', message: 'must be a real calendar date as YYYY-MM-DD' },
      ]);
      expect(body.message).toContain('rates[3].usdPerUnit');
      const after = await t.db.pool.query('SELECT count(*)::int AS n FROM fx_rates');
      expect(after.rows[0].n).toBe(before.rows[0].n);
      const audited = await t.db.pool.query(
        "SELECT count(*)::int AS n FROM audit_log WHERE action = 'fx-rate.upsert'",
      );
      expect(audited.rows[0].n).toBe(3);
    });

    it('refuses USD, a repeated rate, more than 10,000 rates and a body that is not JSON', async () => {
      const usd = await t.http.put('/api/fx-rates', {
        rates: [{ currency: 'USD', date: '2023-06-01', usdPerUnit: 1 }],
      });
      expect(usd.status).toBe(400);
      expect(usd.body.errors[0].field).toBe('rates[0].currency');
      const twice = await t.http.put('/api/fx-rates', {
        rates: [
          { currency: 'EUR', date: '2023-06-01', usdPerUnit: 1.08 },
          { currency: 'EUR', date: '2023-06-01', usdPerUnit: 1.09 },
        ],
      });
      expect(twice.body.errors).toEqual([
        { field: 'rates[1]', message: expect.stringContaining('repeats rates[0]') },
      ]);
      const many = Array.from({ length: 10_001 }, (_, i) => ({
        currency: 'EUR',
        date: '2023-06-01',
        usdPerUnit: i + 1,
      }));
      const tooMany = await t.http.put('/api/fx-rates', { rates: many });
      expect(tooMany.status).toBe(400);
      expect(tooMany.body.errors[0]).toEqual({
        field: 'rates',
        message: 'at most 10000 rates per request, got 10001',
      });
      const text = await t.http.put('/api/fx-rates', 'currency,date\nEUR,2023-06-01', {
        'content-type': 'text/csv',
      });
      expect(text.status).toBe(415);
      const { rows: stored } = await t.db.pool.query(
        "SELECT count(*)::int AS n FROM fx_rates WHERE currency IN ('EUR', 'USD')",
      );
      expect(stored[0].n).toBe(0);
    });

    it('accepts 10,000 rates in one request', async () => {
      const many: FxRate[] = Array.from({ length: 10_000 }, (_, i) => ({
        currency: 'EUR',
        date: new Date(Date.UTC(1990, 0, 1 + i)).toISOString().slice(0, 10),
        usdPerUnit: (10_000 + i) / 10_000,
      }));
      const { status, body } = await t.http.put('/api/fx-rates', { rates: many });
      expect(status).toBe(200);
      expect(body).toEqual({ inserted: 10_000, updated: 0 });
    });
  });

  describe('GET /api/fx-rates', () => {
    it('lists rates by currency and date range, sorted', async () => {
      const { status, body } = await t.http.get(
        `/api/fx-rates${query({ currency: 'CNY,KWD', from: '2023-06-01' })}`,
      );
      expect(status).toBe(200);
      expect(body).toEqual({
        items: [
          { currency: 'CNY', date: '2023-06-11', usdPerUnit: 0.1401 },
          { currency: 'CNY', date: '2023-06-12', usdPerUnit: 0.1399 },
          { currency: 'KWD', date: '2023-06-01', usdPerUnit: 3.25 },
        ],
        total: 3,
        limit: 1000,
        offset: 0,
      });
      const page = await t.http.get(`/api/fx-rates${query({ currency: 'CNY', limit: 1, offset: 1 })}`);
      expect(page.body).toMatchObject({ items: [{ date: '2023-06-11' }], total: 3, limit: 1, offset: 1 });
    });

    it.each([
      [{ currency: 'XYZ' }, 'currency'],
      [{ from: '2023-02-30' }, 'from'],
      [{ from: '2023-06-02', to: '2023-06-01' }, 'to'],
      [{ limit: 0 }, 'limit'],
      [{ limit: 1001 }, 'limit'],
      [{ rate: 1 }, 'rate'],
    ])('answers 400 to %j naming %s', async (params, field) => {
      const { status, body } = await t.http.get(`/api/fx-rates${query(params)}`);
      expect(status).toBe(400);
      expect(body.errors.map((e: { field: string }) => e.field)).toContain(field);
    });
  });

  describe('valueUsd', () => {
    it('uses the latest rate on or before each arrival date and counts shipments without one', async () => {
      const { body } = await t.http.get('/api/analytics/summary?groupBy=currency');
      const expected = valueUsdOf(rows, rates);
      expect(body.totalValueUsd).toBeCloseTo(expected.valueUsd, 2);
      // KWD arrived the day before its first rate; RUB has no rate at all.
      expect(body.shipmentsWithoutFxRate).toBe(2);
      expect(body.shipmentsWithoutValue).toBe(1);
      for (const group of body.groups) {
        const members = groupsOf(rows, 'currency').get(group.key)!;
        expect(group.valueUsd).toBeCloseTo(valueUsdOf(members, rates).valueUsd, 2);
        expect(group.valueShare).toBeCloseTo(valueUsdOf(members, rates).valueUsd / expected.valueUsd, 10);
      }
      const cny = body.groups.find((g: { key: string }) => g.key === 'CNY');
      // RU-1 (11 June, rate of that day 0.1401) + IQ-1 (2024, latest 0.1399).
      expect(cny.valueUsd).toBeCloseTo(128_000_000 * 0.1401 + 13_000_000 * 0.1399, 2);
    });

    it('is a timeseries metric', async () => {
      const { body } = await t.http.get('/api/analytics/timeseries?metric=valueUsd&groupBy=currency');
      expect(body.shipmentsWithoutFxRate).toBe(2);
      for (const series of body.series) {
        const members = groupsOf(rows, 'currency').get(series.key)!;
        series.values.forEach((value: number, index: number) => {
          const inMonth = members.filter((row) => monthOf(row.arrivalDate) === body.buckets[index]);
          expect(value).toBeCloseTo(valueUsdOf(inMonth, rates).valueUsd, 2);
        });
      }
    });

    it('follows rate changes at once, in the rollup and in edge months alike', async () => {
      const more: FxRate[] = [
        { currency: 'RUB', date: '2023-01-01', usdPerUnit: 0.0123 },
        { currency: 'KWD', date: '2023-05-31', usdPerUnit: 3.2512 },
        { currency: 'CNY', date: '2023-06-11', usdPerUnit: 0.14 },
      ];
      await putRates(t, more);
      const all = [...rates.filter((r) => !(r.currency === 'CNY' && r.date === '2023-06-11')), ...more];
      const expected = valueUsdOf(rows, all);
      expect(expected.withoutRate).toBe(0);

      const full = (await t.http.get('/api/analytics/summary')).body;
      expect(full.totalValueUsd).toBeCloseTo(expected.valueUsd, 2);
      expect(full.shipmentsWithoutFxRate).toBe(0);

      const cut = { from: '2023-05-31', to: '2023-09-15' };
      const partial = (await t.http.get(`/api/analytics/summary${query(cut)}`)).body;
      expect(partial.totalValueUsd).toBeCloseTo(valueUsdOf(matching(rows, cut), all).valueUsd, 2);
      const raw = (await t.http.get(`/api/analytics/summary${query({ ...cut, q: 'FX-' })}`)).body;
      expect(raw).toEqual(partial);
    });

    it('falls back when rates are deleted or all removed', async () => {
      await t.db.pool.query("DELETE FROM fx_rates WHERE currency = 'RUB'");
      expect((await t.http.get('/api/analytics/summary')).body.shipmentsWithoutFxRate).toBe(1);
      await t.db.pool.query('TRUNCATE fx_rates');
      const { body } = await t.http.get('/api/analytics/summary');
      const usdOnly = valueUsdOf(rows, []);
      expect(body.totalValueUsd).toBeCloseTo(usdOnly.valueUsd, 2);
      expect(body.shipmentsWithoutFxRate).toBe(usdOnly.withoutRate);
    });
  });
});
