import { startTestApp, type TestApp } from '../support/test-app';
import { query } from './support/load';

describe('analytics parameters', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it.each([
    [
      'summary',
      { groupBy: 'vessel' },
      'groupBy',
      'groupBy must be one of origin, currency, commodity, mode, region, route, destination, chokepoint',
    ],
    [
      'summary',
      { from: '2023-07-01', to: '2023-06-30' },
      'to',
      'from (2023-07-01) must not be after to (2023-06-30)',
    ],
    [
      'summary',
      { from: '2023-02-30' },
      'from',
      'from must be a real calendar date as YYYY-MM-DD, got "2023-02-30"',
    ],
    ['summary', { to: 'yesterday' }, 'to', 'to must be a real calendar date as YYYY-MM-DD, got "yesterday"'],
    ['summary', { origin: 'SA,XX' }, 'origin', 'origin: unknown ISO 3166-1 alpha-2 country code "XX"'],
    ['summary', { currency: 'usd' }, 'currency', 'currency: unknown ISO 4217 currency code "usd"'],
    ['summary', { commodity: 'coal' }, 'commodity', 'commodity: unknown commodity "coal"'],
    ['summary', { mode: 'air' }, 'mode', 'mode: unknown transport mode "air"'],
    ['summary', { status: 'lost' }, 'status', 'status: unknown status "lost"'],
    ['summary', { sort: 'tonnes' }, 'sort', 'unknown field'],
    [
      'timeseries',
      { granularity: 'decade' },
      'granularity',
      'granularity must be one of day, week, month, quarter, year, fiscal_year',
    ],
    [
      'timeseries',
      { metric: 'litres' },
      'metric',
      'metric must be one of tonnes, barrels, shipments, valueUsd, tonnesPerDay, barrelsPerDay, kbd',
    ],
    [
      'timeseries',
      { groupBy: 'port' },
      'groupBy',
      'groupBy must be one of origin, currency, commodity, mode, region, route, destination, chokepoint',
    ],
    [
      'timeseries',
      { fiscalYearStartMonth: '13' },
      'fiscalYearStartMonth',
      'fiscalYearStartMonth must be an integer from 1 to 12',
    ],
    [
      'timeseries',
      { granularity: 'day', from: '1990-01-01', to: '2023-12-31' },
      'granularity',
      'the range holds more than 10000 day buckets; narrow from/to or choose a coarser granularity',
    ],
    [
      'concentration',
      { dimension: 'importer' },
      'dimension',
      'dimension must be one of origin, currency, commodity, mode, region, route, destination',
    ],
    [
      'concentration',
      { granularity: 'hour' },
      'granularity',
      'granularity must be one of day, week, month, quarter, year, fiscal_year',
    ],
    ['scenario', {}, 'exclude', 'exclude must be a list of dimension:key items, e.g. origin:SA'],
    ['scenario', { exclude: '' }, 'exclude', 'exclude: item 1 "": expected dimension:key, e.g. origin:SA'],
    [
      'scenario',
      { exclude: 'SA' },
      'exclude',
      'exclude: item 1 "SA": expected dimension:key, e.g. origin:SA',
    ],
    [
      'scenario',
      { exclude: 'origin:SA,supplier:Aramco' },
      'exclude',
      'exclude: item 2 "supplier:Aramco": unknown dimension "supplier" (one of origin, currency, commodity, mode, region, route, destination, chokepoint)',
    ],
    [
      'scenario',
      { exclude: 'origin:ZZ' },
      'exclude',
      'exclude: item 1 "origin:ZZ": unknown ISO 3166-1 alpha-2 country code',
    ],
    [
      'scenario',
      { exclude: 'route:road via UZ|QQ' },
      'exclude',
      'exclude: item 1 "route:road via UZ|QQ": unknown transit country code QQ',
    ],
    [
      'scenario',
      { exclude: 'origin:SA', dimension: 'vessel' },
      'dimension',
      'dimension must be one of origin, currency, commodity, mode, region, route, destination',
    ],
  ])('%s %j: 400 naming %s', async (endpoint, params, field, message) => {
    const { status, body, text } = await t.http.get(`/api/analytics/${endpoint}${query(params)}`);
    expect(status).toBe(400);
    expect(body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(body.errors).toContainEqual({ field, message });
    expect(text).not.toMatch(/ at .*\.ts:\d+/);
  });

  it.each(['summary', 'timeseries', 'concentration', 'scenario?exclude=origin:SA'])(
    '%s on an empty database: zeros, nulls and no buckets, never NaN',
    async (endpoint) => {
      const { status, text } = await t.http.get(`/api/analytics/${endpoint}`);
      expect(status).toBe(200);
      expect(text).not.toContain('NaN');
      expect(text).not.toContain('Infinity');
    },
  );

  it('answers a URL longer than the server accepts with the JSON error body (431), not a bare status line', async () => {
    const { status, body } = await t.http.get(`/api/analytics/summary?currency=${'x'.repeat(20_000)}`);
    expect(status).toBe(431);
    expect(body).toMatchObject({ statusCode: 431, error: 'Request Header Fields Too Large' });
    expect(body.message).toMatch(/larger than the server accepts/);
    expect((await t.http.get('/api/analytics/summary')).status).toBe(200);
  });

  it('scenario on an empty range with bounds: every period zero and null', async () => {
    const { body } = await t.http.get(
      `/api/analytics/scenario${query({ exclude: 'origin:SA', from: '2023-01-01', to: '2023-02-28' })}`,
    );
    expect(body.periods).toHaveLength(2);
    expect(body.periods[0]).toMatchObject({
      totalTonnes: 0,
      atRiskTonnes: 0,
      atRiskShare: null,
      hhiBefore: null,
      hhiAfter: null,
    });
    expect(body.total).toMatchObject({ totalTonnes: 0, remainingTonnes: 0, atRiskShare: null });
  });

  it('every analytics and fx endpoint is in the OpenAPI document', async () => {
    const { body } = await t.http.get('/api/docs-json');
    for (const path of [
      '/api/analytics/summary',
      '/api/analytics/timeseries',
      '/api/analytics/concentration',
      '/api/analytics/scenario',
      '/api/fx-rates',
    ]) {
      expect(body.paths[path]).toBeDefined();
    }
    expect(body.paths['/api/fx-rates'].put).toBeDefined();
    expect(body.components.schemas.AnalyticsSummaryDto.properties.shipmentsWithoutFxRate).toBeDefined();
    expect(body.components.schemas.ScenarioResultDto).toBeDefined();
  });
});
