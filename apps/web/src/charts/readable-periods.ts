import type { Granularity } from '@tradeflow/domain';

/** More bars than this and a bar is under a pixel wide on a laptop: the chart reads as blank. */
export const MAX_READABLE_PERIODS = 400;

const COARSER: Partial<Record<Granularity, Granularity[]>> = {
  day: ['week', 'month', 'quarter', 'year'],
  week: ['month', 'quarter', 'year'],
  month: ['quarter', 'year'],
};

const PER_YEAR: Record<Granularity, number> = {
  day: 365.25,
  week: 52.18,
  month: 12,
  quarter: 4,
  year: 1,
  fiscal_year: 1,
};

const WORDS: Record<Granularity, string> = {
  day: 'days',
  week: 'weeks',
  month: 'months',
  quarter: 'quarters',
  year: 'years',
  fiscal_year: 'fiscal years',
};

export interface TooManyPeriods {
  /** 'Day by day, these 7.9 years are 2,890 bars: too thin to read.' */
  reason: string;
  /** The finest granularity that draws at most MAX_READABLE_PERIODS bars. */
  suggestion: Granularity;
}

/** Null when `periods` bars of `granularity` read fine; else why not, and what reads better. */
export function tooManyPeriods(granularity: Granularity, periods: number): TooManyPeriods | null {
  if (periods <= MAX_READABLE_PERIODS) return null;
  const years = periods / PER_YEAR[granularity];
  const suggestion =
    COARSER[granularity]?.find((coarser) => years * PER_YEAR[coarser] <= MAX_READABLE_PERIODS) ?? 'year';
  return {
    reason: `${periods.toLocaleString('en-US')} ${WORDS[granularity]} are too many bars to read at this width`,
    suggestion,
  };
}
