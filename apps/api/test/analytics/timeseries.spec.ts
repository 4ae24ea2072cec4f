import { startTestApp, type TestApp } from '../support/test-app';
import { groupsOf, keyOf, matching, monthOf, quarterOf, tonnesOf, yearOf } from './support/expected';
import { flowsFixture } from './support/flows-fixture';
import { postShipments, query } from './support/load';

describe('GET /api/analytics/timeseries', () => {
  let t: TestApp;
  const rows = flowsFixture('TS');

  beforeAll(async () => {
    t = await startTestApp();
    await postShipments(t, rows);
  });
  afterAll(() => t.close());

  const MONTHS_OF_DATA = [
    '2023-05-01',
    '2023-06-01',
    '2023-07-01',
    '2023-08-01',
    '2023-09-01',
    '2023-10-01',
    '2023-11-01',
    '2023-12-01',
    '2024-01-01',
  ];

  it('runs over every month from the first to the last arrival, zero where nothing arrived', async () => {
    const { status, body } = await t.http.get('/api/analytics/timeseries');
    expect(status).toBe(200);
    expect(body).toMatchObject({ granularity: 'month', groupBy: 'origin', metric: 'tonnes' });
    expect(body.buckets).toEqual(MONTHS_OF_DATA);
    expect(body.bucketLabels[0]).toBe('2023-05');
    for (const series of body.series) {
      const members = rows.filter((row) => row.originCountry === series.key);
      expect(series.values).toEqual(
        MONTHS_OF_DATA.map((month) => tonnesOf(members.filter((row) => monthOf(row.arrivalDate) === month))),
      );
    }
    expect(body.series.map((s: { key: string }) => s.key)).toEqual(['SA', 'AE', 'KW', 'RU', 'QA', 'IQ']);
    expect(body.totals).toEqual(
      MONTHS_OF_DATA.map((month) => tonnesOf(rows.filter((row) => monthOf(row.arrivalDate) === month))),
    );
    expect(body.totals[2]).toBe(0); // July 2023
  });

  it.each([
    ['quarter', quarterOf, ['2023-04-01', '2023-07-01', '2023-10-01', '2024-01-01']],
    ['year', yearOf, ['2023-01-01', '2024-01-01']],
  ] as const)('sums by %s', async (granularity, bucketOf, buckets) => {
    const { body } = await t.http.get(
      `/api/analytics/timeseries${query({ granularity, groupBy: 'commodity' })}`,
    );
    expect(body.buckets).toEqual(buckets);
    for (const series of body.series) {
      const members = rows.filter((row) => row.commodity === series.key);
      expect(series.values).toEqual(
        buckets.map((bucket) => tonnesOf(members.filter((row) => bucketOf(row.arrivalDate) === bucket))),
      );
    }
  });

  it('uses from/to for the range, including empty buckets at both ends, and cuts partial months exactly', async () => {
    const range = { from: '2023-04-10', to: '2023-08-31' };
    const { body } = await t.http.get(`/api/analytics/timeseries${query({ ...range, groupBy: 'route' })}`);
    expect(body.buckets).toEqual(['2023-04-01', '2023-05-01', '2023-06-01', '2023-07-01', '2023-08-01']);
    const selected = matching(rows, range);
    for (const series of body.series) {
      const members = selected.filter((row) => keyOf(row, 'route') === series.key);
      expect(series.values).toEqual(
        body.buckets.map((bucket: string) =>
          tonnesOf(members.filter((row) => monthOf(row.arrivalDate) === bucket)),
        ),
      );
    }

    const cut = { from: '2023-05-17', to: '2023-08-30' };
    const partial = (await t.http.get(`/api/analytics/timeseries${query(cut)}`)).body;
    expect(partial.totals).toEqual(
      partial.buckets.map((bucket: string) =>
        tonnesOf(matching(rows, cut).filter((row) => monthOf(row.arrivalDate) === bucket)),
      ),
    );
    expect(partial.totals[0]).toBe(249999.999); // May from the 17th: AE 150,000 + KW 99,999.999
    expect(partial.totals[3]).toBe(0.001); // August to the 30th: the 0.001 t cargo of the 1st only
  });

  it.each([
    [
      'barrels',
      (members: typeof rows) =>
        Math.round(members.reduce((s, r) => s + r.volumeTonnes * 7.33 * 1000, 0)) / 1000,
    ],
    ['shipments', (members: typeof rows) => members.length],
  ] as const)('reports %s', async (metric, expectedOf) => {
    const { body } = await t.http.get(
      `/api/analytics/timeseries${query({ metric, commodity: 'crude_oil', groupBy: 'commodity', granularity: 'year' })}`,
    );
    const crude = rows.filter((row) => row.commodity === 'crude_oil');
    expect(body.series).toHaveLength(1);
    expect(body.series[0].values).toEqual(
      body.buckets.map((bucket: string) =>
        expectedOf(crude.filter((row) => yearOf(row.arrivalDate) === bucket)),
      ),
    );
  });

  it('accepts day, week and fiscal-year buckets (read from the raw table)', async () => {
    const week = (
      await t.http.get(
        `/api/analytics/timeseries${query({ granularity: 'week', from: '2023-05-29', to: '2023-06-11' })}`,
      )
    ).body;
    // Monday 2023-05-29 to Sunday 2023-06-04: KW 99,999.999 (31st) + SA 250,000 (1 June); then RU 45,000 (11th).
    expect(week.buckets).toEqual(['2023-05-29', '2023-06-05']);
    expect(week.bucketLabels).toEqual(['2023-W22', '2023-W23']);
    expect(week.totals).toEqual([349999.999, 45000]);

    const days = (
      await t.http.get(
        `/api/analytics/timeseries${query({ granularity: 'day', from: '2023-05-30', to: '2023-06-01' })}`,
      )
    ).body;
    expect(days.buckets).toEqual(['2023-05-30', '2023-05-31', '2023-06-01']);
    expect(days.totals).toEqual([0, 99999.999, 250000]);

    const fiscal = (await t.http.get(`/api/analytics/timeseries${query({ granularity: 'fiscal_year' })}`))
      .body;
    expect(fiscal.buckets).toEqual(['2022-07-01', '2023-07-01']);
    expect(fiscal.bucketLabels).toEqual(['FY2022-23', 'FY2023-24']);
    const beforeJuly = rows.filter((row) => row.arrivalDate < '2023-07-01');
    const fromJuly = rows.filter((row) => row.arrivalDate >= '2023-07-01');
    expect(fiscal.totals).toEqual([tonnesOf(beforeJuly), tonnesOf(fromJuly)]);

    const april = (
      await t.http.get(
        `/api/analytics/timeseries${query({ granularity: 'fiscal_year', fiscalYearStartMonth: 4 })}`,
      )
    ).body;
    expect(april.buckets).toEqual(['2023-04-01']);
    expect(april.totals).toEqual([tonnesOf(rows)]);
  });

  it('gives no buckets for an empty database range and zeros for an empty range with bounds', async () => {
    const none = (await t.http.get(`/api/analytics/timeseries${query({ origin: 'US' })}`)).body;
    expect(none).toMatchObject({ buckets: [], series: [], totals: [] });
    const bounded = (
      await t.http.get(
        `/api/analytics/timeseries${query({ origin: 'US', from: '2023-01-15', to: '2023-03-01' })}`,
      )
    ).body;
    expect(bounded).toMatchObject({
      buckets: ['2023-01-01', '2023-02-01', '2023-03-01'],
      series: [],
      totals: [0, 0, 0],
    });
  });

  it('sorts series by their total, largest first', async () => {
    const { body } = await t.http.get(`/api/analytics/timeseries${query({ groupBy: 'currency' })}`);
    const expected = [...groupsOf(rows, 'currency')]
      .map(([key, members]) => ({ key, tonnes: tonnesOf(members) }))
      .sort((a, b) => b.tonnes - a.tonnes);
    expect(body.series.map((s: { key: string }) => s.key)).toEqual(expected.map((g) => g.key));
    expect(body.series.find((s: { key: string }) => s.key === 'none').label).toBe('Not recorded');
  });
});
