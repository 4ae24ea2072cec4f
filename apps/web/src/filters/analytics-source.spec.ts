import { ignoredByOfficial, officialGranularity, sourceParams } from './analytics-source';

describe('the analytics source of the dashboard', () => {
  const params = new URLSearchParams('from=2024-01-01&to=2024-12-31&origin=RU&currency=CNY&mode=sea');

  it('sends cargo-record queries as they are', () => {
    expect(sourceParams(params, 'cargoes').toString()).toBe(params.toString());
  });

  it('asks for official statistics without the filters they cannot answer', () => {
    expect(sourceParams(params, 'official').toString()).toBe(
      'from=2024-01-01&to=2024-12-31&origin=RU&source=official',
    );
    expect(ignoredByOfficial(params)).toEqual(['payment currency', 'transport mode']);
    expect(ignoredByOfficial(new URLSearchParams('origin=RU'))).toEqual([]);
  });

  it('shows official statistics by month when days or weeks are chosen', () => {
    expect(officialGranularity('week', 'official')).toBe('month');
    expect(officialGranularity('quarter', 'official')).toBe('quarter');
    expect(officialGranularity('week', 'cargoes')).toBe('week');
  });
});
