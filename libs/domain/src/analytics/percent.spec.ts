import { sharePercent } from './percent';

describe('sharePercent: one rounding rule for percentages', () => {
  it('rounds the exact share once: 0.99547 is 99.5, not 99.6 by way of 0.9955', () => {
    expect(sharePercent(0.99547)).toBe(99.5);
    expect(sharePercent(0.9955)).toBe(99.6);
  });

  it('rounds halves away from zero, without binary noise', () => {
    expect(sharePercent(0.995)).toBe(99.5);
    expect(sharePercent(0.00045, 2)).toBe(0.05);
    expect(sharePercent(-0.0125)).toBe(-1.3);
    expect(sharePercent(0.184349, 0)).toBe(18);
  });

  it('never answers a negative zero', () => {
    expect(Object.is(sharePercent(-0.0001), 0)).toBe(true);
  });
});
