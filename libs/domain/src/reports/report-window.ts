import {
  dayNumberToIsoDate,
  isoDateToDayNumber,
  parseIsoDate,
  formatIsoDate,
  daysInMonth,
} from '../dates/iso-date';
import { localDateIn } from './time-zone';

/** The period a scheduled report covers, relative to the time it is scheduled for. */
export const REPORT_WINDOWS = [
  'previous_month',
  'last_30_days',
  'month_to_date',
  'year_to_date',
  'previous_year',
  'all',
] as const;
export type ReportWindow = (typeof REPORT_WINDOWS)[number];

/** Inclusive arrival-date bounds (YYYY-MM-DD); absent means unbounded. */
export interface DateRange {
  from?: string;
  to?: string;
}

/**
 * The arrival dates a report run covers. "Today" is the calendar date in the report's time zone at
 * the moment the run is scheduled for, so a run at 00:30 in Karachi on 1 March covers February even
 * though it is still 29 February in UTC.
 * - previous_month: the whole calendar month before today's;
 * - last_30_days: the 30 whole days before today (today excluded);
 * - month_to_date / year_to_date: from the 1st of the month / 1 January up to and including today;
 * - previous_year: 1 January to 31 December of last year;
 * - all: no bounds.
 */
export function reportWindow(window: ReportWindow, scheduledFor: Date, timeZone: string): DateRange {
  const today = localDateIn(scheduledFor, timeZone);
  const { year, month } = parseIsoDate(today);
  switch (window) {
    case 'previous_month': {
      const previous = month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
      return {
        from: formatIsoDate({ ...previous, day: 1 }),
        to: formatIsoDate({ ...previous, day: daysInMonth(previous.year, previous.month) }),
      };
    }
    case 'last_30_days': {
      const day = isoDateToDayNumber(today);
      return { from: dayNumberToIsoDate(day - 30), to: dayNumberToIsoDate(day - 1) };
    }
    case 'month_to_date':
      return { from: formatIsoDate({ year, month, day: 1 }), to: today };
    case 'year_to_date':
      return { from: formatIsoDate({ year, month: 1, day: 1 }), to: today };
    case 'previous_year':
      return {
        from: formatIsoDate({ year: year - 1, month: 1, day: 1 }),
        to: formatIsoDate({ year: year - 1, month: 12, day: 31 }),
      };
    case 'all':
      return {};
  }
}
