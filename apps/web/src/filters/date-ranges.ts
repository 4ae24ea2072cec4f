import { addDays, addMonths, daysBetweenInclusive, lastDayOfMonth } from '../format/dates';

export interface DateRange {
  from: string;
  to: string;
}

export type RangePresetId = '12m' | '3y' | '5y' | 'ytd' | 'all';

export interface RangePreset {
  id: RangePresetId;
  label: string;
}

export const RANGE_PRESETS: readonly RangePreset[] = [
  { id: '12m', label: 'Last 12 months' },
  { id: '3y', label: 'Last 3 years' },
  { id: '5y', label: 'Last 5 years' },
  { id: 'ytd', label: 'Year to date' },
  { id: 'all', label: 'All time' },
];

/**
 * The relative periods a link can name (`period=last_3_years`): the page resolves them on the day it
 * opens, so a shared link keeps meaning "the last 3 years". The default 12 months needs no parameter.
 */
export const RELATIVE_PERIODS = [
  { id: 'last_12_months', preset: '12m' },
  { id: 'last_3_years', preset: '3y' },
  { id: 'last_5_years', preset: '5y' },
  { id: 'year_to_date', preset: 'ytd' },
] as const satisfies readonly { id: string; preset: RangePresetId }[];

export type RelativePeriod = (typeof RELATIVE_PERIODS)[number]['id'];

/** The relative period a preset writes into the link (none for all time). */
export function relativePeriodOf(id: RangePresetId): RelativePeriod | null {
  return RELATIVE_PERIODS.find((period) => period.preset === id)?.id ?? null;
}

/** The last `months` complete calendar months before the month of `today`. */
export function lastCompleteMonths(today: string, months: number): DateRange {
  const firstOfThisMonth = addMonths(today, 0);
  const to = addDays(firstOfThisMonth, -1);
  return { from: addMonths(firstOfThisMonth, -months), to };
}

/** The dates a preset stands for on `today`; null for all time. */
export function presetRange(id: RangePresetId, today: string): DateRange | null {
  switch (id) {
    case '12m':
      return lastCompleteMonths(today, 12);
    case '3y':
      return lastCompleteMonths(today, 36);
    case '5y':
      return lastCompleteMonths(today, 60);
    case 'ytd':
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
    case 'all':
      return null;
  }
}

/** The preset whose dates are exactly `range` on `today`, if any. */
export function matchingPreset(range: DateRange | null, today: string): RangePresetId | null {
  for (const preset of RANGE_PRESETS) {
    const dates = presetRange(preset.id, today);
    if (
      dates === null ? range === null : range !== null && dates.from === range.from && dates.to === range.to
    )
      return preset.id;
  }
  return null;
}

function isMonthAligned({ from, to }: DateRange): boolean {
  return from.endsWith('-01') && to === lastDayOfMonth(Number(to.slice(0, 4)), Number(to.slice(5, 7)));
}

/**
 * The period of the same length just before `range`, to compare against. Whole months shift by
 * whole months (Nov 2025 – Oct 2026 compares with Nov 2024 – Oct 2025); other ranges by days.
 */
export function previousPeriod(range: DateRange): DateRange {
  if (isMonthAligned(range)) {
    const months =
      (Number(range.to.slice(0, 4)) - Number(range.from.slice(0, 4))) * 12 +
      (Number(range.to.slice(5, 7)) - Number(range.from.slice(5, 7))) +
      1;
    return { from: addMonths(range.from, -months), to: addDays(range.from, -1) };
  }
  const days = daysBetweenInclusive(range.from, range.to);
  return { from: addDays(range.from, -days), to: addDays(range.from, -1) };
}
