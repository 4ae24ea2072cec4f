import type { OfficialStatsStatus, Reconciliation } from '@tradeflow/domain';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest, withQuery } from './http';

/** GET /api/official-stats/reconciliation: cargo records against official statistics. */
export function reconciliationQuery(params: URLSearchParams) {
  const query = new URLSearchParams(params);
  query.sort();
  return queryOptions({
    queryKey: ['official-stats', 'reconciliation', query.toString()],
    queryFn: ({ signal }) =>
      apiRequest<Reconciliation>(withQuery('/api/official-stats/reconciliation', query), { signal }),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/official-stats: what official statistics are stored. */
export const officialStatusQuery = queryOptions({
  queryKey: ['official-stats', 'status'],
  queryFn: ({ signal }) => apiRequest<OfficialStatsStatus>('/api/official-stats', { signal }),
});
