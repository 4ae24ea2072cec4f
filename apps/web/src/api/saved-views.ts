import type { DataFreshness, SavedView, SavedViewInput, SavedViewList } from '@tradeflow/domain';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from './http';

export const savedViewsQuery = queryOptions({
  queryKey: ['saved-views', 'list'],
  queryFn: async ({ signal }) => (await apiRequest<SavedViewList>('/api/saved-views', { signal })).items,
});

export const createSavedView = (input: SavedViewInput) =>
  apiRequest<SavedView>('/api/saved-views', { method: 'POST', body: input });
export const deleteSavedView = (id: string) =>
  apiRequest<void>(`/api/saved-views/${encodeURIComponent(id)}`, { method: 'DELETE' });

/** The latest delivered arrival and the server's date (for "Data to ..." and incomplete periods). */
export const freshnessQuery = queryOptions({
  queryKey: ['analytics', 'freshness'],
  queryFn: ({ signal }) => apiRequest<DataFreshness>('/api/analytics/freshness', { signal }),
  staleTime: 60_000,
});
