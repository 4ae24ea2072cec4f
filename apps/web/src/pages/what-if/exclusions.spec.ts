import { parseExclusions, writeExclusions } from './exclusions';

describe('what-if exclusions in the URL', () => {
  it('reads origins and routes and writes them back in the same form', () => {
    const text = 'origin:SA,origin:AE,route:road via UZ|AF,chokepoint:hormuz';
    const exclusions = parseExclusions(text);
    expect(exclusions).toEqual({ origin: ['SA', 'AE'], route: ['road via UZ|AF'], chokepoint: ['hormuz'] });
    expect(writeExclusions(exclusions)).toBe(text);
  });

  it('drops malformed, unknown and repeated items', () => {
    expect(
      parseExclusions('origin:XX,origin:sa,origin:SA,route:boat,currency:CNY,chokepoint:gibraltar,nonsense,'),
    ).toEqual({
      origin: ['SA'],
      route: [],
      chokepoint: [],
    });
    expect(parseExclusions(null)).toEqual({ origin: [], route: [], chokepoint: [] });
  });
});
