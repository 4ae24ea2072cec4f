import { routeKey, routeLabel } from './route';

describe('routes', () => {
  it('are keyed by mode alone when nothing is transited', () => {
    expect(routeKey('sea', [])).toBe('sea');
    expect(routeLabel('sea')).toBe('Sea');
  });

  it('keep transit countries in travel order', () => {
    expect(routeKey('road', ['AF'])).toBe('road via AF');
    expect(routeKey('road', ['UZ', 'AF'])).toBe('road via UZ|AF');
    expect(routeKey('road', ['AF', 'UZ'])).not.toBe(routeKey('road', ['UZ', 'AF']));
  });

  it('read as a journey', () => {
    expect(routeLabel('road via AF')).toBe('Road via Afghanistan');
    expect(routeLabel('road via UZ|AF')).toBe('Road via Uzbekistan → Afghanistan');
    expect(routeLabel(routeKey('rail', ['KZ', 'UZ', 'AF']))).toBe(
      'Rail via Kazakhstan → Uzbekistan → Afghanistan',
    );
  });

  it('show an unknown country code as it is', () => {
    expect(routeLabel('road via ZZ')).toBe('Road via ZZ');
  });
});
