import { groupKeyProblem, groupLabel } from './group-keys';

describe('group labels', () => {
  it.each([
    ['origin', 'RU', 'Russia'],
    ['currency', 'CNY', 'Yuan Renminbi'],
    ['currency', 'none', 'Not recorded'],
    ['commodity', 'lpg', 'Liquefied petroleum gas'],
    ['mode', 'pipeline', 'Pipeline'],
    ['region', 'GCC', 'Gulf Cooperation Council'],
    ['route', 'road via UZ|AF', 'Road via Uzbekistan → Afghanistan'],
    ['route', 'sea', 'Sea'],
  ] as const)('%s %s reads "%s"', (groupBy, key, label) => {
    expect(groupLabel(groupBy, key)).toBe(label);
  });

  it('leave an unknown key as it is', () => {
    expect(groupLabel('origin', 'ZZ')).toBe('ZZ');
    expect(groupLabel('region', 'MARS')).toBe('MARS');
  });
});

describe('group keys', () => {
  it.each([
    ['origin', 'SA'],
    ['currency', 'CNY'],
    ['currency', 'none'],
    ['commodity', 'crude_oil'],
    ['mode', 'road'],
    ['region', 'RUSSIA_CIS'],
    ['route', 'sea'],
    ['route', 'road via UZ|AF'],
  ] as const)('%s %s is known', (groupBy, key) => {
    expect(groupKeyProblem(groupBy, key)).toBeNull();
  });

  it.each([
    ['origin', 'XX', /country code/],
    ['origin', 'sa', /country code/],
    ['currency', 'ABC', /currency code/],
    ['commodity', 'coal', /unknown commodity/],
    ['mode', 'air', /transport mode/],
    ['region', 'gcc', /region/],
    ['route', 'air', /a route is a transport mode/],
    ['route', 'road via', /a route is a transport mode/],
    ['route', 'road via UZ,AF', /a route is a transport mode/],
    ['route', 'road via UZ|XX', /unknown transit country code XX/],
  ] as const)('%s %s is refused', (groupBy, key, message) => {
    expect(groupKeyProblem(groupBy, key)).toMatch(message);
  });
});
