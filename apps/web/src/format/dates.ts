import type { Granularity } from '@tradeflow/domain';

// Dates are YYYY-MM-DD strings (UTC calendar dates) everywhere: never through Date's local time.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export type ChartGranularity = 'month' | 'quarter' | 'year';

/** 7 -> 'July'. */
export function monthName(month: number): string {
  return MONTH_NAMES[(month - 1 + 12) % 12] as string;
}

/** A fiscal year starting in July runs 'July–June'. */
export function fiscalYearSpan(startMonth: number): string {
  return `${monthName(startMonth)}\u2013${monthName(startMonth === 1 ? 12 : startMonth - 1)}`;
}

/**
 * The label of a period on charts and tables: 'Jun 2023', 'Q2 2023' and '2023' for calendar buckets,
 * '11 Jun 2023' for days, and the API's own label for ISO weeks ('2023-W24') and fiscal years
 * ('FY2023-24', which depends on the server's fiscal year start).
 */
export function periodLabel(start: string, apiLabel: string | undefined, granularity: Granularity): string {
  switch (granularity) {
    case 'month':
    case 'quarter':
    case 'year':
      return formatBucket(start, granularity);
    case 'day':
      return formatDate(start);
    case 'week':
    case 'fiscal_year':
      return apiLabel ?? start;
  }
}

/** periodLabel of every bucket of an answer (`labels` run beside `buckets`). */
export function periodLabels(
  buckets: readonly string[],
  labels: readonly string[] | undefined,
  granularity: Granularity,
): string[] {
  return buckets.map((start, i) => periodLabel(start, labels?.[i], granularity));
}

function parts(date: string): [number, number, number] {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return [year, month, day];
}

/** '2023-06-11' -> '11 Jun 2023'. */
export function formatDate(date: string): string {
  const [year, month, day] = parts(date);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** Label of the bucket starting on `start`: 'Jun 2023', 'Q2 2023', '2023'. */
export function formatBucket(start: string, granularity: ChartGranularity): string {
  const [year, month] = parts(start);
  switch (granularity) {
    case 'month':
      return `${MONTHS[month - 1]} ${year}`;
    case 'quarter':
      return `Q${Math.floor((month - 1) / 3) + 1} ${year}`;
    case 'year':
      return String(year);
  }
}

/** '2025-11-01' .. '2026-10-31' -> 'Nov 2025 – Oct 2026' when month-aligned, else the two dates. */
export function formatRange(from: string, to: string): string {
  const [fromYear, fromMonth, fromDay] = parts(from);
  const [toYear, toMonth] = parts(to);
  if (fromDay === 1 && to === lastDayOfMonth(toYear, toMonth)) {
    if (fromYear === toYear && fromMonth === toMonth) return `${MONTHS[fromMonth - 1]} ${fromYear}`;
    return `${MONTHS[fromMonth - 1]} ${fromYear} \u2013 ${MONTHS[toMonth - 1]} ${toYear}`;
  }
  return `${formatDate(from)} \u2013 ${formatDate(to)}`;
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function lastDayOfMonth(year: number, month: number): string {
  return isoDate(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
}

/** The first day of the month `months` after (or before, when negative) the month of `date`. */
export function addMonths(date: string, months: number): string {
  const [year, month] = parts(date);
  const index = year * 12 + (month - 1) + months;
  return isoDate(Math.floor(index / 12), (index % 12) + 1, 1);
}

export function addDays(date: string, days: number): string {
  const [year, month, day] = parts(date);
  return new Date(Date.UTC(year, month - 1, day) + days * 86_400_000).toISOString().slice(0, 10);
}

export function daysBetweenInclusive(from: string, to: string): number {
  const [fy, fm, fd] = parts(from);
  const [ty, tm, td] = parts(to);
  return Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(fy, fm - 1, fd)) / 86_400_000) + 1;
}

export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** '2026-11-29T08:06:06.559Z' -> '29 Nov 2026, 08:06 UTC' (the audit trail's times, in UTC). */
export function formatDateTime(iso: string): string {
  const date = iso.slice(0, 10);
  const time = iso.slice(11, 16);
  return `${formatDate(date)}, ${time} UTC`;
}
