import fc from 'fast-check';
import { bucketLabel, bucketsBetween, bucketStart, daysInBucket, GRANULARITIES, nextBucket } from './buckets';

describe('time buckets', () => {
  describe('for a cargo arriving on Wednesday 2023-06-14', () => {
    it.each([
      ['day', '2023-06-14', '2023-06-14'],
      ['week', '2023-06-12', '2023-W24'],
      ['month', '2023-06-01', '2023-06'],
      ['quarter', '2023-04-01', '2023-Q2'],
      ['year', '2023-01-01', '2023'],
      ['fiscal_year', '2022-07-01', 'FY2022-23'],
    ] as const)('the %s bucket starts %s, labelled %s', (granularity, start, label) => {
      expect(bucketStart('2023-06-14', granularity)).toBe(start);
      expect(bucketLabel('2023-06-14', granularity)).toBe(label);
    });
  });

  describe('ISO weeks', () => {
    it('start on Monday, also for a Sunday', () => {
      expect(bucketStart('2023-06-18', 'week')).toBe('2023-06-12');
      expect(bucketStart('2023-06-19', 'week')).toBe('2023-06-19');
      expect(bucketLabel('2023-06-19', 'week')).toBe('2023-W25');
    });

    it('belong to the year of their Thursday across the new year', () => {
      expect(bucketStart('2021-01-01', 'week')).toBe('2020-12-28');
      expect(bucketLabel('2021-01-01', 'week')).toBe('2020-W53');
      expect(bucketLabel('2024-12-30', 'week')).toBe('2025-W01');
      expect(bucketLabel('2023-01-01', 'week')).toBe('2022-W52');
      expect(bucketLabel('2023-01-02', 'week')).toBe('2023-W01');
    });
  });

  describe('fiscal years', () => {
    it('start in July by default (Pakistan): July 2023 opens FY2023-24', () => {
      expect(bucketStart('2023-07-01', 'fiscal_year')).toBe('2023-07-01');
      expect(bucketStart('2024-06-30', 'fiscal_year')).toBe('2023-07-01');
      expect(bucketLabel('2023-07-01', 'fiscal_year')).toBe('FY2023-24');
      expect(bucketLabel('1999-07-01', 'fiscal_year')).toBe('FY1999-00');
    });

    it('can start in April, or in January where the label is one year', () => {
      const april = { fiscalYearStartMonth: 4 };
      expect(bucketStart('2024-03-31', 'fiscal_year', april)).toBe('2023-04-01');
      expect(bucketLabel('2024-03-31', 'fiscal_year', april)).toBe('FY2023-24');
      expect(bucketLabel('2023-06-14', 'fiscal_year', { fiscalYearStartMonth: 1 })).toBe('FY2023');
    });

    it('refuse a start month outside 1-12', () => {
      expect(() => bucketStart('2023-06-14', 'fiscal_year', { fiscalYearStartMonth: 13 })).toThrow(
        RangeError,
      );
      expect(() => bucketStart('2023-06-14', 'fiscal_year', { fiscalYearStartMonth: 0 })).toThrow(RangeError);
    });
  });

  it('refuse a date that is not YYYY-MM-DD', () => {
    expect(() => bucketStart('2023-02-30', 'month')).toThrow(RangeError);
    expect(() => bucketStart('2023-06-14T00:00:00Z', 'day')).toThrow(RangeError);
  });

  describe('between two dates', () => {
    it('run from the bucket holding `from` to the bucket holding `to`, inclusive', () => {
      expect(bucketsBetween('2023-05-20', '2023-08-03', 'month')).toEqual([
        '2023-05-01',
        '2023-06-01',
        '2023-07-01',
        '2023-08-01',
      ]);
      expect(bucketsBetween('2022-12-31', '2023-04-01', 'quarter')).toEqual([
        '2022-10-01',
        '2023-01-01',
        '2023-04-01',
      ]);
      expect(bucketsBetween('2023-06-14', '2023-06-14', 'year')).toEqual(['2023-01-01']);
    });

    it('are none when `from` is after `to`', () => {
      expect(bucketsBetween('2023-06-02', '2023-06-01', 'day')).toEqual([]);
    });

    it('cross month ends and leap days day by day', () => {
      expect(bucketsBetween('2024-02-28', '2024-03-01', 'day')).toEqual([
        '2024-02-28',
        '2024-02-29',
        '2024-03-01',
      ]);
    });
  });

  describe('the next bucket', () => {
    it('follows month, quarter and year ends', () => {
      expect(nextBucket('2023-12-01', 'month')).toBe('2024-01-01');
      expect(nextBucket('2023-10-01', 'quarter')).toBe('2024-01-01');
      expect(nextBucket('2023-07-01', 'fiscal_year')).toBe('2024-07-01');
      expect(nextBucket('2023-12-25', 'week')).toBe('2024-01-01');
      expect(nextBucket('2023-12-31', 'day')).toBe('2024-01-01');
    });

    it('is the next bucket of any date inside a bucket, not just of its start', () => {
      expect(nextBucket('2023-06-14', 'month')).toBe('2023-07-01');
    });
  });

  describe('days in a bucket', () => {
    it.each([
      ['2023-06-14', 'day', 1],
      ['2023-06-14', 'week', 7],
      ['2023-02-10', 'month', 28],
      ['2024-02-10', 'month', 29],
      ['2023-06-14', 'month', 30],
      ['2023-01-01', 'quarter', 90],
      ['2024-01-01', 'quarter', 91],
      ['2023-07-01', 'quarter', 92],
      ['2023-06-14', 'year', 365],
      ['2024-06-14', 'year', 366],
      ['2023-07-01', 'fiscal_year', 366], // FY2023-24 holds 29 February 2024
    ] as const)('%s: the %s has %d days', (date, granularity, days) => {
      expect(daysInBucket(date, granularity)).toBe(days);
    });
  });

  it('always contain their date, and tile the calendar without gaps', () => {
    const date = fc
      .date({
        min: new Date('1900-01-01T00:00:00Z'),
        max: new Date('2100-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        date,
        fc.constantFrom(...GRANULARITIES),
        fc.integer({ min: 1, max: 12 }),
        (d, g, startMonth) => {
          const options = { fiscalYearStartMonth: startMonth };
          const start = bucketStart(d, g, options);
          const next = nextBucket(start, g, options);
          expect(start <= d && d < next).toBe(true);
          expect(bucketStart(next, g, options)).toBe(next);
        },
      ),
    );
  });
});
