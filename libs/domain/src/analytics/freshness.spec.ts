import { completePart, incompletePeriods, isPeriodComplete, lastCompleteDay } from './freshness';

describe('isPeriodComplete', () => {
  it('calls the current month incomplete, even on its last day', () => {
    expect(isPeriodComplete('2026-11-01', 'month', '2026-11-30')).toBe(false);
    expect(isPeriodComplete('2026-12-01', 'month', '2026-12-01')).toBe(false);
  });

  it('calls a month complete from the first day of the next', () => {
    expect(isPeriodComplete('2026-11-01', 'month', '2026-12-01')).toBe(true);
  });

  it('calls the quarter incomplete until the quarter after it starts', () => {
    expect(isPeriodComplete('2026-10-01', 'quarter', '2026-12-01')).toBe(false);
    expect(isPeriodComplete('2026-07-01', 'quarter', '2026-12-01')).toBe(true);
    expect(isPeriodComplete('2026-10-01', 'quarter', '2027-01-01')).toBe(true);
  });

  it('follows the fiscal year start month', () => {
    expect(isPeriodComplete('2025-07-01', 'fiscal_year', '2026-06-30')).toBe(false);
    expect(isPeriodComplete('2025-07-01', 'fiscal_year', '2026-07-01')).toBe(true);
    expect(isPeriodComplete('2026-04-01', 'fiscal_year', '2027-03-31', { fiscalYearStartMonth: 4 })).toBe(
      false,
    );
  });

  it('counts ISO weeks from Monday and days by the day', () => {
    // 2026-11-30 is a Monday: the week before is over, this one is not.
    expect(isPeriodComplete('2026-11-23', 'week', '2026-11-30')).toBe(true);
    expect(isPeriodComplete('2026-11-30', 'week', '2026-12-01')).toBe(false);
    expect(isPeriodComplete('2026-11-30', 'day', '2026-12-01')).toBe(true);
    expect(isPeriodComplete('2026-12-01', 'day', '2026-12-01')).toBe(false);
  });
});

describe('incompletePeriods', () => {
  it('marks only the periods that have not ended, future ones included', () => {
    expect(
      incompletePeriods(['2026-10-01', '2026-11-01', '2026-12-01', '2027-01-01'], 'month', '2026-12-01'),
    ).toEqual([false, false, true, true]);
  });
});

describe('lastCompleteDay', () => {
  it('is the day before today, across month and leap-year ends', () => {
    expect(lastCompleteDay('2026-12-01')).toBe('2026-11-30');
    expect(lastCompleteDay('2024-03-01')).toBe('2024-02-29');
    expect(lastCompleteDay('2027-01-01')).toBe('2026-12-31');
  });
});

describe('completePart', () => {
  it('keeps a span that ended before today as it is', () => {
    expect(completePart({ from: '2025-12-01', to: '2026-11-30' }, '2026-12-01')).toEqual({
      from: '2025-12-01',
      to: '2026-11-30',
      clipped: false,
    });
  });

  it('cuts a span that runs into today or later at the last complete day', () => {
    expect(completePart({ from: '2026-01-01', to: '2026-12-01' }, '2026-12-01')).toEqual({
      from: '2026-01-01',
      to: '2026-11-30',
      clipped: true,
    });
    expect(completePart({ from: '2026-01-01', to: '2026-12-31' }, '2026-12-15')).toEqual({
      from: '2026-01-01',
      to: '2026-12-14',
      clipped: true,
    });
  });

  it('has nothing to compare when no day of the span is over', () => {
    expect(completePart({ from: '2026-12-01', to: '2026-12-31' }, '2026-12-01')).toBeNull();
  });
});
