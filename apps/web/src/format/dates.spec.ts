import {
  addDays,
  addMonths,
  daysBetweenInclusive,
  fiscalYearSpan,
  formatBucket,
  formatDate,
  formatRange,
  periodLabels,
} from './dates';

describe('date formatting', () => {
  it('formats calendar dates without time zones', () => {
    expect(formatDate('2023-06-11')).toBe('11 Jun 2023');
    expect(formatDate('2024-01-01')).toBe('1 Jan 2024');
  });

  it('labels buckets by granularity', () => {
    expect(formatBucket('2023-06-01', 'month')).toBe('Jun 2023');
    expect(formatBucket('2023-04-01', 'quarter')).toBe('Q2 2023');
    expect(formatBucket('2023-01-01', 'year')).toBe('2023');
  });

  it("takes the API's labels for fiscal years and ISO weeks, and writes days out", () => {
    expect(periodLabels(['2022-07-01', '2023-07-01'], ['FY2022-23', 'FY2023-24'], 'fiscal_year')).toEqual([
      'FY2022-23',
      'FY2023-24',
    ]);
    expect(periodLabels(['2023-06-05'], ['2023-W23'], 'week')).toEqual(['2023-W23']);
    expect(periodLabels(['2023-06-11'], ['2023-06-11'], 'day')).toEqual(['11 Jun 2023']);
    expect(periodLabels(['2023-04-01'], ['2023-Q2'], 'quarter')).toEqual(['Q2 2023']);
    expect(fiscalYearSpan(7)).toBe('July\u2013June');
    expect(fiscalYearSpan(1)).toBe('January\u2013December');
  });

  it('shows month-aligned ranges as months', () => {
    expect(formatRange('2025-11-01', '2026-10-31')).toBe('Nov 2025 \u2013 Oct 2026');
    expect(formatRange('2024-02-01', '2024-02-29')).toBe('Feb 2024');
    expect(formatRange('2024-02-03', '2024-02-29')).toBe('3 Feb 2024 \u2013 29 Feb 2024');
  });

  it('does month and day arithmetic on calendar dates', () => {
    expect(addMonths('2026-01-15', -12)).toBe('2025-01-01');
    expect(addMonths('2025-11-01', 2)).toBe('2026-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetweenInclusive('2024-01-01', '2024-12-31')).toBe(366);
  });
});
