import { dayNumberToIsoDate, isoDateToDayNumber } from '../dates/iso-date';
import { type BucketOptions, type Granularity, nextBucket } from './buckets';

/** A span of arrival dates, both ends inclusive (YYYY-MM-DD). */
export interface DateSpan {
  from: string;
  to: string;
}

/**
 * A period is complete once it has ended: its last day is before `today` (today is still going
 * on, so a period that ends today is not complete yet). The current month or quarter never is.
 */
export function isPeriodComplete(
  start: string,
  granularity: Granularity,
  today: string,
  options?: BucketOptions,
): boolean {
  return nextBucket(start, granularity, options) <= today;
}

/** For each period start: true when the period has not ended by `today`. */
export function incompletePeriods(
  starts: readonly string[],
  granularity: Granularity,
  today: string,
  options?: BucketOptions,
): boolean[] {
  return starts.map((start) => !isPeriodComplete(start, granularity, today, options));
}

/** The last complete day: the day before `today`. */
export function lastCompleteDay(today: string): string {
  return dayNumberToIsoDate(isoDateToDayNumber(today) - 1);
}

/**
 * The part of `span` a change against an earlier period may be read from: its days up to the last
 * complete day. `clipped` says the span ran into today or later; null when no day of it is over.
 */
export function completePart(span: DateSpan, today: string): (DateSpan & { clipped: boolean }) | null {
  const last = lastCompleteDay(today);
  if (span.from > last) return null;
  return span.to > last ? { from: span.from, to: last, clipped: true } : { ...span, clipped: false };
}
