import {
  type CivilDate,
  dayNumberToIsoDate,
  formatIsoDate,
  fromDayNumber,
  isoDateToDayNumber,
  parseIsoDate,
  toDayNumber,
} from '../dates/iso-date';

export const GRANULARITIES = ['day', 'week', 'month', 'quarter', 'year', 'fiscal_year'] as const;

export type Granularity = (typeof GRANULARITIES)[number];

export interface BucketOptions {
  /** Month (1-12) a fiscal year starts on; 7 (July, as in Pakistan) by default. */
  fiscalYearStartMonth?: number;
}

const DEFAULT_FISCAL_YEAR_START_MONTH = 7;

function fiscalStartMonth(options: BucketOptions | undefined): number {
  const month = options?.fiscalYearStartMonth ?? DEFAULT_FISCAL_YEAR_START_MONTH;
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`fiscalYearStartMonth must be an integer from 1 to 12, got ${month}`);
  }
  return month;
}

// Day numbers count from Thursday 1970-01-01, so Monday-based weekday = (n + 3) mod 7.
function mondayOnOrBefore(dayNumber: number): number {
  return dayNumber - ((((dayNumber + 3) % 7) + 7) % 7);
}

function startOf(d: CivilDate, granularity: Granularity, options: BucketOptions | undefined): CivilDate {
  switch (granularity) {
    case 'day':
      return d;
    case 'week':
      return fromDayNumber(mondayOnOrBefore(toDayNumber(d)));
    case 'month':
      return { year: d.year, month: d.month, day: 1 };
    case 'quarter':
      return { year: d.year, month: d.month - ((d.month - 1) % 3), day: 1 };
    case 'year':
      return { year: d.year, month: 1, day: 1 };
    case 'fiscal_year': {
      const startMonth = fiscalStartMonth(options);
      return { year: d.month >= startMonth ? d.year : d.year - 1, month: startMonth, day: 1 };
    }
  }
}

function addMonths({ year, month }: CivilDate, months: number): CivilDate {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 };
}

/** First day (YYYY-MM-DD) of the bucket that contains `date`. ISO weeks start on Monday. */
export function bucketStart(date: string, granularity: Granularity, options?: BucketOptions): string {
  return formatIsoDate(startOf(parseIsoDate(date), granularity, options));
}

/** First day of the bucket after the one that contains `start`. */
export function nextBucket(start: string, granularity: Granularity, options?: BucketOptions): string {
  const first = startOf(parseIsoDate(start), granularity, options);
  switch (granularity) {
    case 'day':
      return dayNumberToIsoDate(toDayNumber(first) + 1);
    case 'week':
      return dayNumberToIsoDate(toDayNumber(first) + 7);
    case 'month':
      return formatIsoDate(addMonths(first, 1));
    case 'quarter':
      return formatIsoDate(addMonths(first, 3));
    case 'year':
    case 'fiscal_year':
      return formatIsoDate(addMonths(first, 12));
  }
}

/** Start of every bucket from the one containing `from` to the one containing `to`, inclusive. */
export function bucketsBetween(
  from: string,
  to: string,
  granularity: Granularity,
  options?: BucketOptions,
): string[] {
  const last = bucketStart(to, granularity, options);
  const starts: string[] = [];
  // YYYY-MM-DD strings compare like the dates they name.
  for (
    let start = bucketStart(from, granularity, options);
    start <= last;
    start = nextBucket(start, granularity, options)
  ) {
    starts.push(start);
  }
  return starts;
}

/** Number of calendar days in the bucket that contains `start`. */
export function daysInBucket(start: string, granularity: Granularity, options?: BucketOptions): number {
  const first = bucketStart(start, granularity, options);
  return isoDateToDayNumber(nextBucket(first, granularity, options)) - isoDateToDayNumber(first);
}

/**
 * Display label of the bucket that contains `start`: '2023-06-12' (day), '2023-W24' (ISO week),
 * '2023-06', '2023-Q2', '2023', and 'FY2023-24' for a fiscal year starting 2023-07-01
 * ('FY2023' when fiscal years start in January).
 */
export function bucketLabel(start: string, granularity: Granularity, options?: BucketOptions): string {
  const first = startOf(parseIsoDate(start), granularity, options);
  const year = String(first.year).padStart(4, '0');
  switch (granularity) {
    case 'day':
      return formatIsoDate(first);
    case 'week':
      return isoWeekLabel(first);
    case 'month':
      return `${year}-${String(first.month).padStart(2, '0')}`;
    case 'quarter':
      return `${year}-Q${(first.month + 2) / 3}`;
    case 'year':
      return year;
    case 'fiscal_year':
      return first.month === 1 ? `FY${year}` : `FY${year}-${String((first.year + 1) % 100).padStart(2, '0')}`;
  }
}

// An ISO week belongs to the year its Thursday falls in; week 1 holds that year's first Thursday.
function isoWeekLabel(monday: CivilDate): string {
  const thursday = toDayNumber(monday) + 3;
  const isoYear = fromDayNumber(thursday).year;
  const week = Math.floor((thursday - toDayNumber({ year: isoYear, month: 1, day: 1 })) / 7) + 1;
  return `${String(isoYear).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
}

/**
 * Days of the bucket starting at `start` that lie inside the inclusive range `from`..`to` (an absent
 * bound does not cut): a month cut by from=2023-06-11 has 20 days. 0 when the bucket is outside.
 */
export function bucketDaysInRange(
  start: string,
  granularity: Granularity,
  range: { from?: string; to?: string },
  options?: BucketOptions,
): number {
  const first = isoDateToDayNumber(bucketStart(start, granularity, options));
  const afterLast = isoDateToDayNumber(nextBucket(start, granularity, options));
  const from = range.from === undefined ? first : Math.max(first, isoDateToDayNumber(range.from));
  const end = range.to === undefined ? afterLast : Math.min(afterLast, isoDateToDayNumber(range.to) + 1);
  return Math.max(0, end - from);
}

/** The whole bucket before the one that contains `date`, as an inclusive date range. */
export function previousBucket(
  date: string,
  granularity: Granularity,
  options?: BucketOptions,
): { from: string; to: string } {
  const dayBefore = dayNumberToIsoDate(isoDateToDayNumber(bucketStart(date, granularity, options)) - 1);
  return { from: bucketStart(dayBefore, granularity, options), to: dayBefore };
}
