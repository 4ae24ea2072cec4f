import { hhiBandsInfo } from '@tradeflow/domain';
import { bandSetName, bandThresholdsText, bandUnder, isSignificantRiseUnder } from './bands';

describe('HHI bands as the API names them', () => {
  const current = hhiBandsInfo('2023');
  const previous = hhiBandsInfo('2010');

  it('names the set and its thresholds', () => {
    expect(bandSetName(current)).toBe('2023 US Merger Guidelines');
    expect(bandSetName(previous)).toBe('2010 US Horizontal Merger Guidelines');
    expect(bandThresholdsText(current)).toBe(
      'below 1,000 unconcentrated, 1,000\u20131,800 moderate, above 1,800 high; a rise of more than 100 is significant',
    );
  });

  it('bands an HHI under the set the answer carries, not a fixed one', () => {
    expect(bandUnder(2000, current)).toBe('high');
    expect(bandUnder(2000, previous)).toBe('moderate');
    expect(bandUnder(1800, current)).toBe('moderate');
    expect(bandUnder(999, current)).toBe('unconcentrated');
  });

  it('flags a rise of more than 100 points as significant', () => {
    expect(isSignificantRiseUnder(100, current)).toBe(false);
    expect(isSignificantRiseUnder(100.5, current)).toBe(true);
    expect(isSignificantRiseUnder(-300, current)).toBe(false);
    expect(isSignificantRiseUnder(null, current)).toBe(false);
  });
});
