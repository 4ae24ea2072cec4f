import {
  activeFilterCount,
  ALL_IMPORTERS,
  apiFilterParams,
  resolveImporter,
  comparableRange,
  DEFAULT_FILTERS,
  parseFilters,
  resolveRange,
  writeFilters,
} from './dashboard-filters';

const parse = (query: string) => parseFilters(new URLSearchParams(query));

describe('dashboard filters in the URL', () => {
  it('reads an empty query as the defaults', () => {
    expect(parse('')).toEqual(DEFAULT_FILTERS);
    expect(writeFilters(DEFAULT_FILTERS).toString()).toBe('');
  });

  it('round-trips every filter through the query string', () => {
    const query =
      'from=2023-01-01&to=2023-12-31&commodity=crude_oil%2Clpg&origin=SA%2CRU&currency=CNY&mode=sea&destination=IN&granularity=quarter&units=bbl';
    const filters = parse(query);
    expect(filters).toEqual({
      range: 'custom',
      from: '2023-01-01',
      to: '2023-12-31',
      commodity: ['crude_oil', 'lpg'],
      origin: ['SA', 'RU'],
      currency: ['CNY'],
      mode: ['sea'],
      destination: 'IN',
      granularity: 'quarter',
      units: 'bbl',
    });
    expect(writeFilters(filters).toString()).toBe(query);
  });

  it('sends the home country as destination when the address names none, none for all importers', () => {
    const none = parse('');
    expect(apiFilterParams(none, null, resolveImporter(none, 'PK')).get('destination')).toBe('PK');
    const india = parse('destination=IN');
    expect(apiFilterParams(india, null, resolveImporter(india, 'PK')).get('destination')).toBe('IN');
    const all = parse('destination=all');
    expect(all.destination).toBe(ALL_IMPORTERS);
    expect(apiFilterParams(all, null, resolveImporter(all, 'PK')).has('destination')).toBe(false);
  });

  it('keeps a relative period in the link and resolves it on the day the page opens', () => {
    const filters = parse('period=last_3_years&origin=RU');
    expect(filters).toMatchObject({ range: 'relative', period: 'last_3_years', from: null, to: null });
    expect(writeFilters(filters).toString()).toBe('period=last_3_years&origin=RU');
    expect(resolveRange(filters, '2026-11-15')).toEqual({ from: '2023-11-01', to: '2026-10-31' });
    // The same link a year later means the 3 years before then.
    expect(resolveRange(filters, '2027-11-15')).toEqual({ from: '2024-11-01', to: '2027-10-31' });
    expect(resolveRange(parse('period=year_to_date'), '2026-11-15')).toEqual({
      from: '2026-01-01',
      to: '2026-11-15',
    });
    expect(apiFilterParams(filters, resolveRange(filters, '2026-11-15')).toString()).toBe(
      'from=2023-11-01&to=2026-10-31&origin=RU',
    );
  });

  it('still opens old links with fixed dates, and ignores an unknown period', () => {
    expect(parse('from=2023-11-01&to=2026-10-31')).toMatchObject({
      range: 'custom',
      from: '2023-11-01',
      to: '2026-10-31',
    });
    expect(parse('period=last_century').range).toBe('default');
  });

  it('ignores malformed and unknown values instead of failing', () => {
    const filters = parse(
      'from=2023-02-30&to=soon&origin=sa,XX,,SA&commodity=coal&granularity=fortnight&units=gal',
    );
    expect(filters).toEqual({ ...DEFAULT_FILTERS, origin: ['SA'] });
  });

  it('reads fiscal years, weeks and days, and the flow-rate units', () => {
    expect(parse('granularity=fiscal_year&units=kbd')).toMatchObject({
      granularity: 'fiscal_year',
      units: 'kbd',
    });
    expect(parse('granularity=week&units=bpd')).toMatchObject({ granularity: 'week', units: 'bpd' });
    expect(parse('granularity=day&units=tpd')).toMatchObject({ granularity: 'day', units: 'tpd' });
    expect(writeFilters(parse('granularity=fiscal_year&units=kbd')).toString()).toBe(
      'granularity=fiscal_year&units=kbd',
    );
  });

  it('swaps dates given the wrong way round', () => {
    expect(parse('from=2024-01-01&to=2023-01-01')).toMatchObject({ from: '2023-01-01', to: '2024-01-01' });
  });

  it('keeps the parameters of the page beside the filters', () => {
    const base = new URLSearchParams('origin=AE&sort=volumeTonnes%3Adesc&q=karachi');
    const written = writeFilters({ ...DEFAULT_FILTERS, origin: ['SA'], range: 'all' }, base);
    expect(written.toString()).toBe('range=all&origin=SA&sort=volumeTonnes%3Adesc&q=karachi');
  });

  it('resolves the default range to the last 12 complete months', () => {
    expect(resolveRange(DEFAULT_FILTERS, '2026-11-29')).toEqual({ from: '2025-11-01', to: '2026-10-31' });
    expect(resolveRange({ ...DEFAULT_FILTERS, range: 'all' }, '2026-11-29')).toBeNull();
  });

  it('compares only bounded ranges', () => {
    const openEnded = parse('from=2023-01-01');
    expect(comparableRange(openEnded, '2026-11-29')).toBeNull();
    expect(comparableRange(parse('from=2023-01-01&to=2023-06-30'), '2026-11-29')).toEqual({
      from: '2023-01-01',
      to: '2023-06-30',
    });
  });

  it('builds the API query from the filters and the resolved range', () => {
    const filters = parse('origin=SA,AE&mode=sea');
    const params = apiFilterParams(filters, resolveRange(filters, '2026-11-29'));
    expect(params.toString()).toBe('from=2025-11-01&to=2026-10-31&origin=SA%2CAE&mode=sea');
    const openEnded = parse('from=2023-01-01');
    expect(apiFilterParams(openEnded, resolveRange(openEnded, '2026-11-29')).toString()).toBe(
      'from=2023-01-01',
    );
  });

  it('counts the filters that differ from the defaults', () => {
    expect(activeFilterCount(DEFAULT_FILTERS)).toBe(0);
    expect(activeFilterCount(parse('range=all&origin=SA&units=bbl'))).toBe(2);
  });
});
