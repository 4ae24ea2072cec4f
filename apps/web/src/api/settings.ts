import type { AnalyticsSettings } from '@tradeflow/domain';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from './http';

/** GET /api/settings: fiscal year start, HHI bands in force, region groups, conversion factors. */
export const settingsQuery = queryOptions({
  queryKey: ['settings'],
  queryFn: ({ signal }) => apiRequest<AnalyticsSettings>('/api/settings', { signal }),
  // Server settings change only with a restart.
  staleTime: Infinity,
});
