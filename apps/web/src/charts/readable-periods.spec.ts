import { tooManyPeriods } from './readable-periods';

describe('readable periods', () => {
  it('says why daily bars over all time do not read, and picks the finest granularity that does', () => {
    expect(tooManyPeriods('day', 2891)).toEqual({
      reason: '2,891 days are too many bars to read at this width',
      suggestion: 'month',
    });
    expect(tooManyPeriods('day', 700)).toMatchObject({ suggestion: 'week' });
    expect(tooManyPeriods('week', 420)).toMatchObject({ suggestion: 'month' });
  });

  it('leaves a chart alone that reads', () => {
    expect(tooManyPeriods('day', 365)).toBeNull();
    expect(tooManyPeriods('month', 96)).toBeNull();
  });
});
