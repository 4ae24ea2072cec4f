import { lastCompleteMonths, matchingPreset, presetRange, previousPeriod } from './date-ranges';

describe('date ranges', () => {
  const today = '2026-11-29';

  it('takes the last complete months before today', () => {
    expect(lastCompleteMonths(today, 12)).toEqual({ from: '2025-11-01', to: '2026-10-31' });
    expect(lastCompleteMonths('2026-01-01', 1)).toEqual({ from: '2025-12-01', to: '2025-12-31' });
  });

  it('resolves presets and recognises them back from their dates', () => {
    expect(presetRange('3y', today)).toEqual({ from: '2023-11-01', to: '2026-10-31' });
    expect(presetRange('ytd', today)).toEqual({ from: '2026-01-01', to: today });
    expect(presetRange('all', today)).toBeNull();
    expect(matchingPreset({ from: '2021-11-01', to: '2026-10-31' }, today)).toBe('5y');
    expect(matchingPreset(null, today)).toBe('all');
    expect(matchingPreset({ from: '2021-11-02', to: '2026-10-31' }, today)).toBeNull();
  });

  it('compares whole months with the same number of months before', () => {
    expect(previousPeriod({ from: '2025-11-01', to: '2026-10-31' })).toEqual({
      from: '2024-11-01',
      to: '2025-10-31',
    });
    expect(previousPeriod({ from: '2024-03-01', to: '2024-03-31' })).toEqual({
      from: '2024-02-01',
      to: '2024-02-29',
    });
  });

  it('compares other ranges with the same number of days before', () => {
    expect(previousPeriod({ from: '2024-03-10', to: '2024-03-19' })).toEqual({
      from: '2024-02-29',
      to: '2024-03-09',
    });
  });
});
