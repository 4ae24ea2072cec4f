import { startTestApp, type TestApp } from '../support/test-app';
import { groupsOf, hhiOf, matching, monthOf, rateOn, tonnesOf } from './support/expected';
import { flowsFixture } from './support/flows-fixture';
import { postShipments, putRates, query } from './support/load';

const GCC = ['SA', 'AE', 'KW', 'QA', 'OM', 'BH'];

interface Amount {
  key: string;
  amount: number;
}

/** The regulator's reading of one period, from plain amounts: no app code. */
function expectedDetail(amounts: Amount[], regionAmount: number) {
  const positive = amounts.filter((a) => a.amount > 0).sort((a, b) => b.amount - a.amount);
  const total = positive.reduce((sum, a) => sum + a.amount, 0);
  const hhi = hhiOf(positive.map((a) => a.amount));
  const n = positive.length;
  return {
    hhi,
    topShare: total ? (positive[0]?.amount ?? 0) / total : null,
    top3Share: total ? positive.slice(0, 3).reduce((sum, a) => sum + a.amount, 0) / total : null,
    suppliers: n,
    normalisedHhi: hhi === null || n <= 1 ? null : (hhi / 10_000 - 1 / n) / (1 - 1 / n),
    regionGroupShare: total ? regionAmount / total : null,
    band: hhi === null ? null : hhi < 1000 ? 'unconcentrated' : hhi > 1800 ? 'high' : 'moderate',
  };
}

describe('concentration the way regulators read it', () => {
  let t: TestApp;
  const rows = flowsFixture('CD');
  const rates = [
    { currency: 'AED', date: '2023-01-01', usdPerUnit: 0.2723 },
    { currency: 'KWD', date: '2023-01-01', usdPerUnit: 3.25 },
    // No CNY rate before July: the Russian cargo of 11 June has a value but no USD equivalent.
    { currency: 'CNY', date: '2023-07-01', usdPerUnit: 0.1383 },
    { currency: 'SAR', date: '2023-01-01', usdPerUnit: 0.2666 },
    { currency: 'RUB', date: '2023-01-01', usdPerUnit: 0.0112 },
  ];

  beforeAll(async () => {
    t = await startTestApp();
    await postShipments(t, rows);
    await putRates(t, rates);
  });
  afterAll(() => t.close());

  const byOriginTonnes = (selection: typeof rows): Amount[] =>
    [...groupsOf(selection, 'origin')].map(([key, members]) => ({ key, amount: tonnesOf(members) }));

  const usdOf = (row: (typeof rows)[number]): number => {
    if (row.valueAmount === null || row.valueAmount === undefined || !row.paymentCurrency) return 0;
    const rate = rateOn(rates, row.paymentCurrency, row.arrivalDate);
    return rate === undefined ? 0 : Math.round(row.valueAmount * rate * 100) / 100;
  };

  it('names the bands and gives, per period, band, change, top-1/top-3, GCC share, WITS HHI and suppliers', async () => {
    const range = { from: '2023-06-01', to: '2023-08-31' };
    const { status, body } = await t.http.get(`/api/analytics/concentration${query(range)}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      basis: 'volume',
      dimension: 'origin',
      regionGroup: { code: 'GCC', name: 'Gulf Cooperation Council' },
      bands: {
        set: '2023',
        thresholds: { moderateFrom: 1000, highAbove: 1800, significantChange: 100 },
        source: expect.stringMatching(/Merger Guidelines \(2023\)/),
      },
      buckets: ['2023-06-01', '2023-07-01', '2023-08-01'],
      labels: ['2023-06', '2023-07', '2023-08'],
    });

    // The change of June is against May, the bucket before `from`.
    const may = byOriginTonnes(matching(rows, { from: '2023-05-01', to: '2023-05-31' }));
    let previous = hhiOf(may.map((a) => a.amount));
    for (const [index, period] of body.buckets.entries()) {
      const selection = rows.filter((row) => monthOf(row.arrivalDate) === period);
      const amounts = byOriginTonnes(selection);
      const gcc = tonnesOf(selection.filter((row) => GCC.includes(row.originCountry)));
      const expected = expectedDetail(amounts, gcc);
      const point = body.points[index];
      expect(point.totalTonnes).toBe(tonnesOf(selection));
      expect(point.suppliers).toBe(expected.suppliers);
      expect(point.band).toBe(expected.band);
      for (const field of ['hhi', 'topShare', 'top3Share', 'normalisedHhi', 'regionGroupShare'] as const) {
        if (expected[field] === null) expect(point[field]).toBeNull();
        else expect(point[field]).toBeCloseTo(expected[field] as number, 9);
      }
      const change = expected.hhi === null || previous === null ? null : expected.hhi - previous;
      if (change === null) expect(point.hhiChange).toBeNull();
      else expect(point.hhiChange).toBeCloseTo(change, 9);
      expect(point.significantRise).toBe(change === null ? null : change > 100);
      previous = expected.hhi;
    }
    // June: SA 250,000 and RU 46,000.125; July: nothing; August: SA 0.001 t and QA 44,000.25.
    expect(body.points[0]).toMatchObject({ suppliers: 2, topKey: 'SA' });
    expect(body.points[1]).toMatchObject({ hhi: null, hhiChange: null, significantRise: null, suppliers: 0 });
    expect(body.points[2].hhiChange).toBeNull();
    expect(body.points[2].regionGroupShare).toBe(1);
  });

  it('flags a rise of more than 100 points as significant', async () => {
    // May (SA, AE, KW) to June (SA and Russia): HHI from about 4,050 to about 7,400.
    const { body } = await t.http.get(
      `/api/analytics/concentration${query({ from: '2023-06-01', to: '2023-06-30' })}`,
    );
    expect(body.points[0].hhiChange).toBeGreaterThan(100);
    expect(body.points[0].significantRise).toBe(true);
  });

  it('reads the same by USD value, counting the shipments without a rate or a value', async () => {
    const range = { from: '2023-05-01', to: '2023-06-30' };
    const { body } = await t.http.get(`/api/analytics/concentration${query({ ...range, basis: 'value' })}`);
    expect(body.basis).toBe('value');
    for (const [index, period] of body.buckets.entries()) {
      const selection = rows.filter((row) => monthOf(row.arrivalDate) === period);
      const amounts = [...groupsOf(selection, 'origin')].map(([key, members]) => ({
        key,
        amount: members.reduce((sum, row) => sum + usdOf(row), 0),
      }));
      const gcc = selection
        .filter((row) => GCC.includes(row.originCountry))
        .reduce((s, r) => s + usdOf(r), 0);
      const expected = expectedDetail(amounts, gcc);
      const point = body.points[index];
      expect(point.totalValueUsd).toBeCloseTo(
        selection.reduce((sum, row) => sum + usdOf(row), 0),
        2,
      );
      expect(point.hhi).toBeCloseTo(expected.hhi as number, 9);
      expect(point.suppliers).toBe(expected.suppliers);
      expect(point.regionGroupShare).toBeCloseTo(expected.regionGroupShare as number, 9);
    }
    // June: the CNY cargo has no rate yet (value counted as 0), the LPG has no value at all.
    expect(body.points[1]).toMatchObject({
      shipmentsWithoutFxRate: 1,
      shipmentsWithoutValue: 1,
      suppliers: 1,
    });
  });

  it('reports a summary with the same detail, by volume or value, for another region group', async () => {
    const range = { from: '2023-05-01', to: '2023-10-31' };
    const selection = matching(rows, range);
    const volume = (
      await t.http.get(`/api/analytics/summary${query({ ...range, regionGroup: 'RUSSIA_CIS' })}`)
    ).body;
    const russia = tonnesOf(selection.filter((row) => row.originCountry === 'RU'));
    const expected = expectedDetail(byOriginTonnes(selection), russia);
    expect(volume).toMatchObject({
      basis: 'volume',
      regionGroup: { code: 'RUSSIA_CIS', name: 'Russia and CIS' },
      suppliers: expected.suppliers,
      band: expected.band,
    });
    expect(volume.regionGroupShare).toBeCloseTo(expected.regionGroupShare as number, 9);
    expect(volume.top3Share).toBeCloseTo(expected.top3Share as number, 9);
    expect(volume.normalisedHhi).toBeCloseTo(expected.normalisedHhi as number, 9);
    // Over another dimension the region group's share is read by origin all the same.
    for (const groupBy of ['currency', 'region', 'route']) {
      const other = (
        await t.http.get(`/api/analytics/summary${query({ ...range, groupBy, regionGroup: 'RUSSIA_CIS' })}`)
      ).body;
      expect(other.regionGroupShare).toBeCloseTo(expected.regionGroupShare as number, 9);
    }
    const perMonth = (
      await t.http.get(`/api/analytics/concentration${query({ ...range, dimension: 'commodity' })}`)
    ).body;
    const june = matching(rows, { from: '2023-06-01', to: '2023-06-30' });
    expect(perMonth.points[1].regionGroupShare).toBeCloseTo(
      tonnesOf(june.filter((row) => GCC.includes(row.originCountry))) / tonnesOf(june),
      9,
    );

    const value = (
      await t.http.get(`/api/analytics/summary${query({ ...range, basis: 'value', groupBy: 'currency' })}`)
    ).body;
    const byCurrency = [...groupsOf(selection, 'currency')].map(([key, members]) => ({
      key,
      amount: members.reduce((sum, row) => sum + usdOf(row), 0),
    }));
    expect(value.hhi).toBeCloseTo(hhiOf(byCurrency.map((a) => a.amount)) as number, 9);
    expect(value.shipmentsWithoutFxRate).toBe(1);
  });

  it.each([
    [{ basis: 'weight' }, 'basis', 'basis must be one of volume, value'],
    [{ regionGroup: 'OPEC' }, 'regionGroup', /regionGroup must be one of GCC, MIDDLE_EAST_OTHER/],
  ])('refuses %j naming the parameter', async (params, field, message) => {
    for (const path of ['concentration', 'summary']) {
      const { status, body } = await t.http.get(`/api/analytics/${path}${query(params)}`);
      expect(status).toBe(400);
      expect(body.errors).toContainEqual({ field, message: expect.stringMatching(message) });
    }
  });
});
