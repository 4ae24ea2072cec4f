import { normaliseViewQuery, validateSavedViewInput } from './validate-saved-view';

const fields = (body: Record<string, unknown>) => validateSavedViewInput(body).map((error) => error.field);

describe('validateSavedViewInput', () => {
  it('accepts a dashboard page with known parameters, with or without the ?', () => {
    expect(fields({ name: 'Pilot', path: '/', query: 'from=2023-06-01&origin=RU,SA' })).toEqual([]);
    expect(fields({ name: 'Pilot', path: '/flows', query: '?range=all' })).toEqual([]);
    expect(fields({ name: 'Pilot', path: '/shipments' })).toEqual([]);
  });

  it('names the field of each problem', () => {
    expect(fields({ name: '', path: '/' })).toEqual(['name']);
    expect(fields({ name: 'x'.repeat(81), path: '/' })).toEqual(['name']);
    expect(fields({ name: 'ok', path: '/admin' })).toEqual(['path']);
    expect(fields({ name: 'ok', path: '/', query: 'origin=RU&evil=1' })).toEqual(['query']);
    expect(fields({ name: 'ok', path: '/', query: 'x'.repeat(2001) })).toEqual(['query']);
    expect(fields({ name: 'ok', path: '/', extra: true })).toEqual(['extra']);
  });

  it("takes Compare's two sides, a. and b. before a known parameter", () => {
    expect(
      fields({ name: 'ok', path: '/compare', query: 'a.destination=PK&b.destination=IN&a.from=2025-12-01' }),
    ).toEqual([]);
    expect(fields({ name: 'ok', path: '/compare', query: 'c.destination=PK' })).toEqual(['query']);
    expect(fields({ name: 'ok', path: '/compare', query: 'a.colour=red' })).toEqual(['query']);
  });

  it('reads encoded parameter names as a browser does', () => {
    expect(fields({ name: 'ok', path: '/', query: 'dischargePort=PKKHI&%6Frigin=RU' })).toEqual([]);
    expect(fields({ name: 'ok', path: '/', query: 'or%igin=RU' })).toEqual(['query']);
  });

  it('stores the query without its leading ?', () => {
    expect(normaliseViewQuery('?a=1')).toBe('a=1');
    expect(normaliseViewQuery(undefined)).toBe('');
  });
});
