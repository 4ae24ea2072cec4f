import type { Granularity } from '@tradeflow/domain';
import { useDashboardFilters } from '../filters/use-dashboard-filters';
import { tooManyPeriods } from './readable-periods';

const BY: Record<Granularity, string> = {
  day: 'day',
  week: 'week',
  month: 'month',
  quarter: 'quarter',
  year: 'year',
  fiscal_year: 'fiscal year',
};

/** Above a chart with more bars than read: why it looks empty, and one click to a granularity that reads. */
export function TooManyPeriodsNote({ granularity, periods }: { granularity: Granularity; periods: number }) {
  const { setFilters } = useDashboardFilters();
  const problem = tooManyPeriods(granularity, periods);
  if (!problem) return null;
  return (
    <p className="chart-note" role="note" data-testid="too-many-periods">
      {problem.reason}.{' '}
      <button
        type="button"
        className="link-button"
        onClick={() => setFilters({ granularity: problem.suggestion })}
      >
        Show by {BY[problem.suggestion]}
      </button>
    </p>
  );
}
