import {
  parseCompareSelection,
  resolveSides,
  sideApiParams,
  writeCompareSelection,
} from './compare-selection';

const TODAY = '2026-11-29';

describe('the Compare selection in the address', () => {
  it('round-trips two importers and their dates', () => {
    const query = 'a.destination=PK&a.from=2023-01-01&a.to=2023-12-31&b.destination=IN&granularity=quarter';
    const selection = parseCompareSelection(new URLSearchParams(query));
    expect(selection).toEqual({
      a: { destination: 'PK', from: '2023-01-01', to: '2023-12-31' },
      b: { destination: 'IN', from: null, to: null },
      granularity: 'quarter',
    });
    expect(writeCompareSelection(selection).toString()).toBe(query);
  });

  it('ignores unknown codes and malformed dates; reads all importers and lower case', () => {
    const selection = parseCompareSelection(
      new URLSearchParams('a.destination=xx&a.from=2023-13-01&b.destination=in&granularity=week'),
    );
    expect(selection.a).toEqual({ destination: null, from: null, to: null });
    expect(selection.b.destination).toBe('IN');
    expect(selection.granularity).toBe('month');
    expect(parseCompareSelection(new URLSearchParams('a.destination=all')).a.destination).toBe('all');
  });

  it('by default compares the home country over the last 12 complete months with the 12 before', () => {
    const sides = resolveSides(parseCompareSelection(new URLSearchParams()), 'PK', TODAY);
    expect(sides).toEqual({
      a: { importer: 'PK', range: { from: '2024-11-01', to: '2025-10-31' } },
      b: { importer: 'PK', range: { from: '2025-11-01', to: '2026-10-31' } },
    });
  });

  it('compares two importers over the same months when only B names another importer', () => {
    const sides = resolveSides(parseCompareSelection(new URLSearchParams('b.destination=IN')), 'PK', TODAY);
    expect(sides.a.range).toEqual(sides.b.range);
    expect([sides.a.importer, sides.b.importer]).toEqual(['PK', 'IN']);
  });

  it('before and after a date: one date per side covers 12 months', () => {
    const sides = resolveSides(
      parseCompareSelection(new URLSearchParams('a.to=2023-05-31&b.from=2023-06-01')),
      'PK',
      TODAY,
    );
    expect(sides.a.range).toEqual({ from: '2022-06-01', to: '2023-05-31' });
    expect(sides.b.range).toEqual({ from: '2023-06-01', to: '2024-05-31' });
  });

  it('asks the API for one importer, or for all without destination', () => {
    expect(
      sideApiParams({ importer: 'IN', range: { from: '2023-01-01', to: '2023-12-31' } }).toString(),
    ).toBe('from=2023-01-01&to=2023-12-31&destination=IN');
    expect(
      sideApiParams({ importer: 'all', range: { from: '2023-01-01', to: '2023-12-31' } }).has('destination'),
    ).toBe(false);
  });
});
