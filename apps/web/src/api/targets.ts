import type { Target, TargetInput, TargetList, TargetProgress } from '@tradeflow/domain';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest, withQuery } from './http';

export const targetsQuery = queryOptions({
  queryKey: ['targets', 'list'],
  queryFn: async ({ signal }) => (await apiRequest<TargetList>('/api/targets', { signal })).items,
});

/** Progress per period; `range` holds from/to and the importer (the page sets the granularity). */
export function targetProgressQuery(id: string, granularity: string, range: URLSearchParams) {
  const query = new URLSearchParams();
  for (const name of ['from', 'to', 'destination']) {
    const value = range.get(name);
    if (value) query.set(name, value);
  }
  query.set('granularity', granularity);
  return queryOptions({
    queryKey: ['targets', 'progress', id, query.toString()],
    queryFn: ({ signal }) =>
      apiRequest<TargetProgress>(withQuery(`/api/targets/${encodeURIComponent(id)}/progress`, query), {
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export const createTarget = (input: TargetInput) =>
  apiRequest<Target>('/api/targets', { method: 'POST', body: input });
export const updateTarget = (id: string, patch: Partial<TargetInput>) =>
  apiRequest<Target>(`/api/targets/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch });
export const deleteTarget = (id: string) =>
  apiRequest<void>(`/api/targets/${encodeURIComponent(id)}`, { method: 'DELETE' });
