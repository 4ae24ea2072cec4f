// Dates are YYYY-MM-DD strings (UTC calendar dates) everywhere: never through Date's local time.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export type ChartGranularity = 'month' | 'quarter' | 'year';

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
