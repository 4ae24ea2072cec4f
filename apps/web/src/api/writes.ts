import {
  type MutationFunctionContext,
  type QueryClient,
  useMutation,
  type UseMutationOptions,
  useQueryClient,
} from '@tanstack/react-query';
import { useCallback } from 'react';

/** What a write of the dashboard changes. */
export type WrittenRecord =
  | 'shipments'
  | 'sources'
  | 'fx-rates'
  | 'benchmarks'
  | 'risk-scores'
  | 'production'
  | 'official-stats'
  | 'settings'
  | 'targets'
  | 'alerts'
  | 'reports'
  | 'saved-views'
  | 'users'
  | 'api-keys';

/** The query roots of every answer computed from the data: analytics, reconciliation, target progress, alert values. */
const COMPUTED_FROM_DATA = ['analytics', 'official-stats', 'targets', 'alerts'] as const;

/**
 * The one invalidation policy: a write makes stale the queries of what it wrote and, when that feeds
 * the analytics, every answer computed from the data. Nothing else is refetched, and a write never
 * touches the session.
 */
const STALE_AFTER: Readonly<Record<WrittenRecord, readonly string[]>> = {
  shipments: ['shipments', ...COMPUTED_FROM_DATA],
  // The figure of record is the shipment's volume.
  sources: ['shipments', ...COMPUTED_FROM_DATA],
  // The listing shows USD values converted at these rates.
  'fx-rates': ['fx-rates', 'shipments', ...COMPUTED_FROM_DATA],
  benchmarks: ['benchmarks', ...COMPUTED_FROM_DATA],
  'risk-scores': ['risk-scores', ...COMPUTED_FROM_DATA],
  production: COMPUTED_FROM_DATA,
  'official-stats': COMPUTED_FROM_DATA,
  settings: ['settings', 'shipments', ...COMPUTED_FROM_DATA],
  targets: ['targets', 'alerts'],
  alerts: ['alerts'],
  reports: ['reports'],
  'saved-views': ['saved-views'],
  users: ['admin'],
  'api-keys': ['admin'],
};

/** Refetches what a write of `record` made stale (see STALE_AFTER). */
export async function refreshAfterWrite(queryClient: QueryClient, record: WrittenRecord): Promise<void> {
  await Promise.all(STALE_AFTER[record].map((root) => queryClient.invalidateQueries({ queryKey: [root] })));
}

/** refreshAfterWrite for a component: `const refreshAfter = useRefreshAfterWrite(); await refreshAfter('alerts')`. */
export function useRefreshAfterWrite(): (record: WrittenRecord) => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback((record: WrittenRecord) => refreshAfterWrite(queryClient, record), [queryClient]);
}

/**
 * A write as a TanStack Query mutation: once it succeeded, what it made stale is refetched (the
 * policy above) before the caller's onSuccess runs, so a toast never announces a change the screen
 * does not show yet.
 */
export function useWrite<TData, TVariables = void>(
  record: WrittenRecord,
  write: (variables: TVariables) => Promise<TData>,
  options: Omit<UseMutationOptions<TData, Error, TVariables>, 'mutationFn'> = {},
) {
  const queryClient = useQueryClient();
  return useMutation<TData, Error, TVariables>({
    ...options,
    // Only the variables: TanStack passes its context as a second argument the API functions do not take.
    mutationFn: (variables) => write(variables),
    onSuccess: async (data, variables, onMutateResult, context: MutationFunctionContext) => {
      await refreshAfterWrite(queryClient, record);
      await options.onSuccess?.(data, variables, onMutateResult, context);
    },
  });
}
