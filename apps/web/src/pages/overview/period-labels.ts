import { daysInBucket, type Granularity, type Timeseries } from '@tradeflow/domain';
import { type ColourDimension } from '../../charts/palette';
import { periodLabels } from '../../format/dates';
import { countryLabel, currencyLabel, routeLabel } from '../../format/labels';

/** 'Monthly volume by origin', 'Fiscal-year flow rate by origin'. */
export const GRANULARITY_WORD: Readonly<Record<Granularity, string>> = {
  day: 'Daily',
  week: 'Weekly',
  month: 'Monthly',
  quarter: 'Quarterly',
  year: 'Yearly',
  fiscal_year: 'Fiscal-year',
};

/**
 * Periods the date range cuts (a fiscal year of which the range holds 8 months): their totals cover
 * only part of the period, so the chart says so. null when every period is whole.
 */
export function cutPeriodsNote(
  timeseries: Timeseries,
  granularity: Granularity,
  fiscalYearStartMonth: number,
): string | null {
  const labels = periodLabels(timeseries.buckets, timeseries.labels, granularity);
  const cut = timeseries.buckets.flatMap((start, i) => {
    const whole = daysInBucket(start, granularity, { fiscalYearStartMonth });
    const days = timeseries.days[i];
    return days !== undefined && days < whole ? [`${labels[i]} ${days} of ${whole} days`] : [];
  });
  return cut.length ? `the period covers ${cut.join(', ')}` : null;
}

/** The suffix of a period that has not ended yet, in charts and their tables. */
export const INCOMPLETE_SUFFIX = ' (incomplete)';

/** Period labels, those flagged in `incomplete` (see incompletePeriods) marked as such. */
export function markIncomplete(labels: string[], incomplete: readonly boolean[]): string[] {
  return labels.map((label, i) => (incomplete[i] ? `${label}${INCOMPLETE_SUFFIX}` : label));
}

/** A group's label in the charts: countries, currencies and routes by name; the rest as the API words it. */
export function groupLabelOf(dimension: ColourDimension, key: string, apiLabel: string): string {
  if (dimension === 'origin') return countryLabel(key);
  if (dimension === 'currency') return currencyLabel(key);
  if (dimension === 'route') return routeLabel(key);
  return apiLabel;
}
