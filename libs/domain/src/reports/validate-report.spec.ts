import { validateReportInput } from './validate-report';

const monthly = {
  name: 'Monthly crude imports',
  kind: 'shipments',
  params: { window: 'previous_month', filters: { commodity: ['crude_oil'], origin: ['RU', 'SA'] } },
  cron: '0 6 1 * *',
  timezone: 'Asia/Karachi',
  enabled: true,
  webhookUrl: 'https://reports.example.com/tradeflow',
};

const errorsFor = (patch: Record<string, unknown>) => validateReportInput({ ...monthly, ...patch });

describe('validating a report definition', () => {
  it('accepts a monthly shipments report for Karachi', () => {
    expect(validateReportInput(monthly)).toEqual([]);
  });

  it('accepts a timeseries report of barrels by route, monthly', () => {
    expect(
      errorsFor({
        kind: 'timeseries',
        params: { window: 'last_30_days', groupBy: 'route', granularity: 'day', metric: 'barrels' },
      }),
    ).toEqual([]);
  });

  it('accepts a concentration report by currency, quarterly', () => {
    expect(
      errorsFor({
        kind: 'concentration',
        params: { window: 'year_to_date', groupBy: 'currency', granularity: 'quarter' },
      }),
    ).toEqual([]);
  });

  it('accepts a concentration report of one importer, and groupBy=destination', () => {
    expect(
      errorsFor({
        kind: 'concentration',
        params: { window: 'year_to_date', groupBy: 'destination', filters: { destination: ['PK'] } },
      }),
    ).toEqual([]);
  });

  it('names params.filters.destination when a code is unknown', () => {
    expect(
      errorsFor({ params: { window: 'previous_month', filters: { destination: ['PK', 'XX'] } } }),
    ).toEqual([
      { field: 'params.filters.destination', message: 'must be a list of known codes; not known: "XX"' },
    ]);
  });

  it('names a single known code given instead of a list as a single code, not as unknown', () => {
    expect(errorsFor({ params: { window: 'previous_month', filters: { commodity: 'crude_oil' } } })).toEqual([
      {
        field: 'params.filters.commodity',
        message: 'must be a list of codes, not a single code: write ["crude_oil"]',
      },
    ]);
  });

  it('names a single unknown value, a number and a list of 101 codes for what each is', () => {
    const filters = { commodity: 'gold', origin: 7, destination: Array.from({ length: 101 }, () => 'PK') };
    expect(errorsFor({ params: { window: 'previous_month', filters } })).toEqual([
      {
        field: 'params.filters.commodity',
        message: 'must be a list of known codes, not the single value "gold"',
      },
      { field: 'params.filters.origin', message: 'must be a list of known codes, not a number' },
      { field: 'params.filters.destination', message: 'must list at most 100 codes, got 101' },
    ]);
  });

  it('names each missing required field', () => {
    expect(validateReportInput({}).map((e) => e.field)).toEqual([
      'name',
      'kind',
      'params',
      'cron',
      'timezone',
    ]);
  });

  it.each([
    ['six cron fields', { cron: '0 0 6 * * *' }, 'cron', /five fields/],
    ['four cron fields', { cron: '0 6 * *' }, 'cron', /five fields/],
    ['a cron that is not a string', { cron: 6 }, 'cron', /five fields/],
    ['an unknown time zone', { timezone: 'Asia/Lahore' }, 'timezone', /unknown time zone "Asia\/Lahore"/],
    ['a UTC offset instead of a zone', { timezone: '+05:00' }, 'timezone', /IANA name/],
    ['an unknown kind', { kind: 'pdf' }, 'kind', /shipments, timeseries, concentration/],
    ['an empty name', { name: ' ' }, 'name', /non-empty/],
    ['a webhook that is not http', { webhookUrl: 'ftp://example.com/x' }, 'webhookUrl', /http/],
    ['enabled as a string', { enabled: 'yes' }, 'enabled', /true or false/],
    ['an unknown window', { params: { window: 'last_week' } }, 'params.window', /previous_month/],
    ['no window', { params: {} }, 'params.window', /is required/],
    [
      'from/to in the filters',
      { params: { window: 'all', filters: { from: '2023-01-01' } } },
      'params.filters.from',
      /params.window/,
    ],
    [
      'an unknown origin',
      { params: { window: 'all', filters: { origin: ['ZZ'] } } },
      'params.filters.origin',
      /"ZZ"/,
    ],
    [
      'an unknown filter',
      { params: { window: 'all', filters: { colour: ['red'] } } },
      'params.filters.colour',
      /unknown filter/,
    ],
    [
      'groupBy on a shipments report',
      { params: { window: 'all', groupBy: 'origin' } },
      'params.groupBy',
      /timeseries and concentration/,
    ],
    [
      'an unknown groupBy',
      { kind: 'timeseries', params: { window: 'all', groupBy: 'vessel' } },
      'params.groupBy',
      /origin, currency/,
    ],
    [
      'an unknown granularity',
      { kind: 'timeseries', params: { window: 'all', granularity: 'hour' } },
      'params.granularity',
      /month/,
    ],
    [
      'a metric on a concentration report',
      { kind: 'concentration', params: { window: 'all', metric: 'tonnes' } },
      'params.metric',
      /timeseries reports only/,
    ],
    [
      'an unknown metric',
      { kind: 'timeseries', params: { window: 'all', metric: 'litres' } },
      'params.metric',
      /tonnes, barrels/,
    ],
    ['an unknown param', { params: { window: 'all', format: 'xlsx' } }, 'params.format', /unknown field/],
    ['an unknown field', { colour: 'red' }, 'colour', /unknown field/],
  ])('rejects %s', (_label, patch, field, message) => {
    expect(errorsFor(patch)).toEqual([{ field, message: expect.stringMatching(message) }]);
  });

  it('in a patch, checks only what is there, params against the stored kind', () => {
    expect(validateReportInput({ enabled: false }, { partial: true })).toEqual([]);
    expect(
      validateReportInput(
        { params: { window: 'all', groupBy: 'region' } },
        { partial: true, storedKind: 'shipments' },
      ),
    ).toEqual([{ field: 'params.groupBy', message: 'applies to timeseries and concentration reports only' }]);
  });
});
