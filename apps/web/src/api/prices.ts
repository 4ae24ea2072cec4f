import type { Benchmark, LandedPrices } from '@tradeflow/domain';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest, withQuery } from './http';

/** GET /api/analytics/prices: landed prices by origin and period, and the discount against a benchmark. */
export function pricesQuery(params: URLSearchParams) {
  const query = new URLSearchParams(params);
  query.sort();
  return queryOptions({
    queryKey: ['analytics', 'prices', query.toString()],
    queryFn: ({ signal }) => apiRequest<LandedPrices>(withQuery('/api/analytics/prices', query), { signal }),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/benchmarks: the benchmark series and their spans. */
export const benchmarksQuery = queryOptions({
  queryKey: ['benchmarks'],
  queryFn: ({ signal }) => apiRequest<Benchmark[]>('/api/benchmarks', { signal }),
});
