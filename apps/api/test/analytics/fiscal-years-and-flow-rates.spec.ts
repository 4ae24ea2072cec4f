import { loadConfig } from '../../src/config/app-config';
import { startTestApp, type TestApp } from '../support/test-app';
import { barrelsOf, matching, monthOf, tonnesOf } from './support/expected';
import { flowsFixture } from './support/flows-fixture';
import { postShipments, query } from './support/load';

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

describe('fiscal years, week and day buckets, flow rates', () => {
  let t: TestApp;
  const rows = flowsFixture('FY');

  beforeAll(async () => {
    t = await startTestApp();
    await postShipments(t, rows);
  });
  afterAll(() => t.close());

  it('labels Pakistan fiscal years FY2022-23 and FY2023-24 (July to June), with `labels` next to `buckets`', async () => {
    const { status, body } = await t.http.get(
      `/api/analytics/timeseries${query({ granularity: 'fiscal_year' })}`,
    );
    expect(status).toBe(200);
    expect(body.buckets).toEqual(['2022-07-01', '2023-07-01']);
    expect(body.labels).toEqual(['FY2022-23', 'FY2023-24']);
    expect(body.bucketLabels).toEqual(body.labels);
    expect(body.days).toEqual([365, 366]); // FY2023-24 holds 29 February 2024
    expect(body.totals).toEqual([
      tonnesOf(rows.filter((row) => row.arrivalDate < '2023-07-01')),
      tonnesOf(rows.filter((row) => row.arrivalDate >= '2023-07-01')),
    ]);
  });

  it('reads fiscal years from the monthly rollup with the same answer as the raw table', async () => {
    const params = { granularity: 'fiscal_year', groupBy: 'origin', from: '2023-05-17', to: '2024-01-10' };
    const viaRollup = (await t.http.get(`/api/analytics/timeseries${query(params)}`)).body;
    // A text search (every reference starts with FY-) sends the same question to the raw table.
    const viaRaw = (await t.http.get(`/api/analytics/timeseries${query({ ...params, q: 'FY-' })}`)).body;
    expect(viaRaw.series).toEqual(viaRollup.series);
    expect(viaRaw.totals).toEqual(viaRollup.totals);
    expect(viaRollup.days).toEqual([45, 194]); // 17 May-30 June 2023; 1 July 2023-10 January 2024
  });

  it('buckets concentration by fiscal year and ISO week too', async () => {
    const fiscal = (
      await t.http.get(
        `/api/analytics/concentration${query({ granularity: 'fiscal_year', to: '2023-12-31' })}`,
      )
    ).body;
    expect(fiscal.labels).toEqual(['FY2022-23', 'FY2023-24']);
    expect(fiscal.points.map((p: { label: string }) => p.label)).toEqual(['FY2022-23', 'FY2023-24']);
    const week = (
      await t.http.get(
        `/api/analytics/concentration${query({ granularity: 'week', from: '2023-05-29', to: '2023-06-11' })}`,
      )
    ).body;
    expect(week.labels).toEqual(['2023-W22', '2023-W23']);
    // Week 22: KW 99,999.999 and SA 250,000; week 23: RU 45,000 alone.
    expect(week.points[0].suppliers).toBe(2);
    expect(week.points[1].hhi).toBe(10_000);
  });

  it('gives barrels per day over each month, and only the days inside from/to for cut edge months', async () => {
    const range = { from: '2023-06-11', to: '2023-08-31' };
    const { body } = await t.http.get(
      `/api/analytics/timeseries${query({ ...range, metric: 'barrelsPerDay', groupBy: 'commodity' })}`,
    );
    expect(body.buckets).toEqual(['2023-06-01', '2023-07-01', '2023-08-01']);
    expect(body.days).toEqual([20, 31, 31]);
    const selected = matching(rows, range);
    const expectedTotals = body.buckets.map((bucket: string, index: number) =>
      round(barrelsOf(selected.filter((row) => monthOf(row.arrivalDate) === bucket)) / body.days[index], 3),
    );
    expect(body.totals).toEqual(expectedTotals);
    // June from the 11th: RU crude 45,000 t x 7.33 + RU LPG 1,000.125 t x 11.6 over 20 days.
    expect(body.totals[0]).toBe(round((329_850 + 11_601.45) / 20, 3));
    const crude = body.series.find((series: { key: string }) => series.key === 'crude_oil');
    expect(crude.values[0]).toBe(round(329_850 / 20, 3));
  });

  it('gives thousand barrels per day and tonnes per day', async () => {
    const june = { from: '2023-06-01', to: '2023-06-30', groupBy: 'origin' };
    const kbd = (await t.http.get(`/api/analytics/timeseries${query({ ...june, metric: 'kbd' })}`)).body;
    const bpd = (await t.http.get(`/api/analytics/timeseries${query({ ...june, metric: 'barrelsPerDay' })}`))
      .body;
    const tpd = (await t.http.get(`/api/analytics/timeseries${query({ ...june, metric: 'tonnesPerDay' })}`))
      .body;
    const juneRows = matching(rows, june);
    expect(kbd.days).toEqual([30]);
    expect(kbd.totals).toEqual([round(barrelsOf(juneRows) / 30 / 1000, 6)]);
    expect(bpd.totals).toEqual([round(barrelsOf(juneRows) / 30, 3)]);
    expect(tpd.totals).toEqual([round(tonnesOf(juneRows) / 30, 3)]);
    expect(tpd.conversions).toBeNull();
  });

  it('names the conversion factors behind every barrel figure, with their published source', async () => {
    const crude = (
      await t.http.get(`/api/analytics/timeseries${query({ metric: 'barrels', commodity: 'crude_oil' })}`)
    ).body;
    expect(crude.conversions.factors).toEqual([
      expect.objectContaining({
        commodity: 'crude_oil',
        barrelsPerTonne: 7.33,
        source: expect.stringMatching(/bp/),
      }),
    ]);
    expect(crude.conversions.apiGravityOverrides).toEqual({ shipments: 0, tonnes: 0, barrels: 0 });
    expect(crude.conversions.apiGravityFormula).toMatch(/141\.5 \/ \(131\.5 \+ API\)/);
    const all = (await t.http.get(`/api/analytics/summary`)).body;
    expect(all.conversions.factors.map((f: { commodity: string }) => f.commodity)).toEqual([
      'crude_oil',
      'lpg',
      'diesel',
      'gasoline',
      'fuel_oil',
      'jet_fuel',
    ]);
  });

  it('exposes the server settings to viewers', async () => {
    const { status, body } = await t.http.get('/api/settings');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      fiscalYearStartMonth: 7,
      hhiBands: { set: '2023', thresholds: { highAbove: 1800, significantChange: 100 } },
      defaultRegionGroup: 'GCC',
      apiGravityRange: { min: 5, max: 70 },
    });
    expect(body.hhiBandSets.map((bands: { set: string }) => bands.set)).toEqual(['2023', '2010']);
    expect(body.regionGroups).toContainEqual({
      code: 'GCC',
      name: 'Gulf Cooperation Council',
      countries: ['SA', 'AE', 'KW', 'QA', 'OM', 'BH'],
    });
    expect(body.granularities).toEqual(['day', 'week', 'month', 'quarter', 'year', 'fiscal_year']);
  });
});

describe('FISCAL_YEAR_START_MONTH and HHI_BANDS', () => {
  let t: TestApp;
  const rows = flowsFixture('FYS');

  beforeAll(async () => {
    t = await startTestApp({}, { FISCAL_YEAR_START_MONTH: '4', HHI_BANDS: '2010' });
    await postShipments(t, rows);
  });
  afterAll(() => t.close());

  it('start fiscal years in the configured month unless a query says otherwise', async () => {
    expect((await t.http.get('/api/settings')).body.fiscalYearStartMonth).toBe(4);
    const april = (await t.http.get(`/api/analytics/timeseries${query({ granularity: 'fiscal_year' })}`))
      .body;
    expect(april.buckets).toEqual(['2023-04-01']);
    expect(april.labels).toEqual(['FY2023-24']);
    const july = (
      await t.http.get(
        `/api/analytics/timeseries${query({ granularity: 'fiscal_year', fiscalYearStartMonth: 7 })}`,
      )
    ).body;
    expect(july.labels).toEqual(['FY2022-23', 'FY2023-24']);
  });

  it('read concentration against the 2010 bands and name them', async () => {
    const { body } = await t.http.get(
      `/api/analytics/concentration${query({ from: '2023-05-01', to: '2023-05-31' })}`,
    );
    expect(body.bands).toEqual({
      set: '2010',
      thresholds: { moderateFrom: 1500, highAbove: 2500, significantChange: 100 },
      source: expect.stringMatching(/2010/),
    });
    // May: SA 300,000.001, AE 150,000, KW 99,999.999 of 550,000: HHI about 4,050, high under 2010 too.
    expect(body.points[0].band).toBe('high');
    const summary = (await t.http.get(`/api/analytics/summary${query({ groupBy: 'currency' })}`)).body;
    expect(summary.bands.set).toBe('2010');
  });

  it.each([
    [{ FISCAL_YEAR_START_MONTH: '13' }, /FISCAL_YEAR_START_MONTH must be an integer from 1 to 12/],
    [{ FISCAL_YEAR_START_MONTH: 'July' }, /FISCAL_YEAR_START_MONTH/],
    [{ HHI_BANDS: '1997' }, /HHI_BANDS must be one of 2023, 2010/],
  ])('stop start-up on a bad value, naming the variable (%j)', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
