import { hasAtMostDecimals } from './decimal-places';

describe('decimal places of a number', () => {
  it.each([
    [45000, 0, true],
    [45000.5, 0, false],
    [12.345, 3, true],
    [12.3456, 3, false],
    [0.1 + 0.2, 3, false], // 0.30000000000000004, not 0.3
    [0.3, 1, true],
    [1e-7, 6, false], // String(1e-7) is "1e-7"
    [1e-7, 7, true],
    [1.5e-7, 7, false],
    [1.5e-7, 8, true],
    [1e21, 0, true], // "1e+21"
    [-2.25, 2, true],
    [Number.NaN, 3, false],
    [Number.POSITIVE_INFINITY, 3, false],
  ])('%p has at most %p decimals: %p', (n, places, expected) => {
    expect(hasAtMostDecimals(n, places)).toBe(expected);
  });
});
