import { reportWindow } from './report-window';
import { canonicalTimeZone, localDateIn } from './time-zone';

const at = (iso: string) => new Date(iso);

describe('report windows', () => {
  describe('at a month end', () => {
    it('previous_month on 1 May covers April (30 days)', () => {
      expect(reportWindow('previous_month', at('2024-05-01T06:00:00Z'), 'UTC')).toEqual({
        from: '2024-04-01',
        to: '2024-04-30',
      });
    });
    it('previous_month on 31 May (still May) covers April, not May', () => {
      expect(reportWindow('previous_month', at('2024-05-31T23:59:00Z'), 'UTC')).toEqual({
        from: '2024-04-01',
        to: '2024-04-30',
      });
    });
    it('month_to_date on the last day of a 31-day month covers the whole month', () => {
      expect(reportWindow('month_to_date', at('2023-08-31T12:00:00Z'), 'UTC')).toEqual({
        from: '2023-08-01',
        to: '2023-08-31',
      });
    });
    it('month_to_date on the 1st is that one day', () => {
      expect(reportWindow('month_to_date', at('2023-09-01T00:00:00Z'), 'UTC')).toEqual({
        from: '2023-09-01',
        to: '2023-09-01',
      });
    });
  });

  describe('at a year end', () => {
    it('previous_month on 1 January covers December of the year before', () => {
      expect(reportWindow('previous_month', at('2024-01-01T01:00:00Z'), 'UTC')).toEqual({
        from: '2023-12-01',
        to: '2023-12-31',
      });
    });
    it('previous_year on 1 January covers the year that just ended', () => {
      expect(reportWindow('previous_year', at('2025-01-01T00:00:00Z'), 'UTC')).toEqual({
        from: '2024-01-01',
        to: '2024-12-31',
      });
    });
    it('year_to_date on 31 December covers the whole year', () => {
      expect(reportWindow('year_to_date', at('2023-12-31T20:00:00Z'), 'UTC')).toEqual({
        from: '2023-01-01',
        to: '2023-12-31',
      });
    });
    it('last_30_days on 10 January reaches back into December', () => {
      expect(reportWindow('last_30_days', at('2024-01-10T06:00:00Z'), 'UTC')).toEqual({
        from: '2023-12-11',
        to: '2024-01-09',
      });
    });
  });

  describe('around a leap day', () => {
    it('previous_month on 1 March 2024 covers 29 days of February', () => {
      expect(reportWindow('previous_month', at('2024-03-01T00:00:00Z'), 'UTC')).toEqual({
        from: '2024-02-01',
        to: '2024-02-29',
      });
    });
    it('previous_month on 1 March 2023 covers 28 days of February', () => {
      expect(reportWindow('previous_month', at('2023-03-01T00:00:00Z'), 'UTC')).toEqual({
        from: '2023-02-01',
        to: '2023-02-28',
      });
    });
    it('last_30_days on 1 March 2024 starts on 31 January', () => {
      expect(reportWindow('last_30_days', at('2024-03-01T00:00:00Z'), 'UTC')).toEqual({
        from: '2024-01-31',
        to: '2024-02-29',
      });
    });
    it('month_to_date and year_to_date on the leap day itself', () => {
      expect(reportWindow('month_to_date', at('2024-02-29T12:00:00Z'), 'UTC')).toEqual({
        from: '2024-02-01',
        to: '2024-02-29',
      });
      expect(reportWindow('year_to_date', at('2024-02-29T12:00:00Z'), 'UTC')).toEqual({
        from: '2024-01-01',
        to: '2024-02-29',
      });
    });
    it('previous_year on 1 March 2025 covers the leap year 2024', () => {
      expect(reportWindow('previous_year', at('2025-03-01T00:00:00Z'), 'UTC')).toEqual({
        from: '2024-01-01',
        to: '2024-12-31',
      });
    });
  });

  describe("in the report's time zone", () => {
    // 19:30 UTC on 29 February 2024 is 00:30 on 1 March in Karachi (UTC+5).
    const karachiFirstOfMarch = at('2024-02-29T19:30:00Z');

    it('a run just after midnight in Karachi is already in March there', () => {
      expect(reportWindow('previous_month', karachiFirstOfMarch, 'Asia/Karachi')).toEqual({
        from: '2024-02-01',
        to: '2024-02-29',
      });
      expect(reportWindow('previous_month', karachiFirstOfMarch, 'UTC')).toEqual({
        from: '2024-01-01',
        to: '2024-01-31',
      });
    });

    it('a run late on 31 December in New York is already 2025 in UTC', () => {
      const newYorkNewYearsEve = at('2025-01-01T03:00:00Z'); // 22:00 on 31 Dec in New York
      expect(reportWindow('year_to_date', newYorkNewYearsEve, 'America/New_York')).toEqual({
        from: '2024-01-01',
        to: '2024-12-31',
      });
      expect(reportWindow('previous_year', newYorkNewYearsEve, 'UTC')).toEqual({
        from: '2024-01-01',
        to: '2024-12-31',
      });
    });

    it('all has no bounds', () => {
      expect(reportWindow('all', karachiFirstOfMarch, 'Asia/Karachi')).toEqual({});
    });
  });

  describe('time zones', () => {
    it('reads the local calendar date of an instant', () => {
      expect(localDateIn(at('2024-02-29T19:30:00Z'), 'Asia/Karachi')).toBe('2024-03-01');
      expect(localDateIn(at('2024-02-29T19:30:00Z'), 'America/Los_Angeles')).toBe('2024-02-29');
      expect(localDateIn(at('2024-01-01T00:00:00Z'), 'Pacific/Kiritimati')).toBe('2024-01-01');
    });
    it('knows IANA names in any case and refuses unknown ones', () => {
      expect(canonicalTimeZone('asia/karachi')).toBe('Asia/Karachi');
      expect(canonicalTimeZone('UTC')).toBe('UTC');
      expect(canonicalTimeZone('Mars/Olympus_Mons')).toBeUndefined();
      expect(canonicalTimeZone('')).toBeUndefined();
    });
  });
});
