import {
  exportCsvUrl,
  listApiQuery,
  nextSort,
  parseListParams,
  writeListParams,
} from './shipment-list-params';

describe('shipment table parameters', () => {
  it('defaults to the newest arrivals, 50 a page', () => {
    expect(parseListParams(new URLSearchParams(''))).toEqual({
      q: '',
      status: [],
      route: [],
      dischargePort: [],
      sort: { column: 'arrivalDate', direction: 'desc' },
      offset: 0,
      limit: 50,
    });
  });

  it('round-trips through the URL and keeps the global filters', () => {
    const base = new URLSearchParams('origin=RU');
    const list = parseListParams(
      new URLSearchParams('q=karachi&status=delivered&sort=volumeTonnes:asc&offset=50&limit=25'),
    );
    expect(writeListParams(list, base).toString()).toBe(
      'origin=RU&q=karachi&status=delivered&sort=volumeTonnes%3Aasc&offset=50&limit=25',
    );
  });

  it('ignores what the API would reject', () => {
    const list = parseListParams(new URLSearchParams('sort=vesselName:up&offset=-5&limit=7&status=lost'));
    expect(list).toMatchObject({
      sort: { column: 'arrivalDate', direction: 'desc' },
      offset: 0,
      limit: 50,
      status: [],
    });
  });

  it("carries a flow's drill-down (route, discharge port) to the API and drops malformed ones", () => {
    const list = parseListParams(
      new URLSearchParams('route=road via UZ|AF,boat&dischargePort=PKKHI,none,karachi'),
    );
    expect(list).toMatchObject({ route: ['road via UZ|AF'], dischargePort: ['PKKHI', 'none'] });
    expect(listApiQuery(new URLSearchParams('origin=RU'), list).toString()).toBe(
      'origin=RU&route=road+via+UZ%7CAF&dischargePort=PKKHI%2Cnone&sort=arrivalDate%3Adesc&limit=50&offset=0',
    );
  });

  it('builds the API query with sort and page', () => {
    const list = parseListParams(new URLSearchParams('q=%20PK-RU%20'));
    expect(listApiQuery(new URLSearchParams('from=2023-01-01'), list).toString()).toBe(
      'from=2023-01-01&q=PK-RU&sort=arrivalDate%3Adesc&limit=50&offset=0',
    );
  });

  it('exports every shipment of the filters, search and sort shown, without the page', () => {
    const list = parseListParams(
      new URLSearchParams('q=pure&status=delivered&sort=volumeTonnes:desc&offset=50'),
    );
    expect(exportCsvUrl(new URLSearchParams('from=2023-01-01&origin=RU'), list)).toBe(
      '/api/exports/shipments.csv?from=2023-01-01&origin=RU&q=pure&status=delivered&sort=volumeTonnes%3Adesc',
    );
  });

  it('flips the direction of the sorted column and starts others sensibly', () => {
    expect(nextSort({ column: 'reference', direction: 'asc' }, 'reference')).toEqual({
      column: 'reference',
      direction: 'desc',
    });
    expect(nextSort({ column: 'reference', direction: 'asc' }, 'volumeTonnes')).toEqual({
      column: 'volumeTonnes',
      direction: 'desc',
    });
    expect(nextSort({ column: 'volumeTonnes', direction: 'desc' }, 'originCountry')).toEqual({
      column: 'originCountry',
      direction: 'asc',
    });
  });
});
