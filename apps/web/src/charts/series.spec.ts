import { foldSmallSeries, roundTo, toPercentages } from './series';
import { OTHER_KEY } from './palette';

const s = (key: string, values: number[]) => ({ key, label: key, values });

describe('series shaping', () => {
  it('folds the smallest series into Other', () => {
    const folded = foldSmallSeries([s('a', [1, 1]), s('b', [10, 10]), s('c', [2, 0]), s('d', [0, 3])], 2);
    expect(folded.map((x) => x.key)).toEqual(['b', 'd', OTHER_KEY]);
    expect(folded[2]?.values).toEqual([3, 1]);
  });

  it('does not fold a single series into Other', () => {
    expect(foldSmallSeries([s('a', [1]), s('b', [2]), s('c', [3])], 2).map((x) => x.key)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('turns each bucket into percentages and leaves empty buckets at 0', () => {
    const percent = toPercentages([s('USD', [3, 0]), s('CNY', [1, 0])]);
    expect(percent.map((x) => x.values)).toEqual([
      [75, 0],
      [25, 0],
    ]);
  });

  it('rounds without negative zero', () => {
    expect(roundTo(12.3456, 2)).toBe(12.35);
    expect(Object.is(roundTo(-0.0001, 2), 0)).toBe(true);
  });
});
