import {
  type MutationFunctionContext,
  type QueryClient,
  useMutation,
  type UseMutationOptions,
  useQueryClient,
} from '@tanstack/react-query';

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

/**
 * A write as a TanStack Query mutation: once it succeeded, what it made stale is refetched (the
 * policy above) before the caller's onSuccess runs, so a toast never announces a change the screen
 * does not show yet. Pending state and error are the mutation's (`isPending`, `error`; a form shows
 * `formErrorsOf(write.error, ...)`). `record` may depend on the answer: null when the call stored
 * nothing (a dry run), so nothing is refetched.
 */
export function useWrite<TData, TVariables = void>(
  record: WrittenRecord | ((data: TData, variables: TVariables) => WrittenRecord | null),
  write: (variables: TVariables) => Promise<TData>,
  options: Omit<UseMutationOptions<TData, Error, TVariables>, 'mutationFn'> = {},
) {
  const queryClient = useQueryClient();
  return useMutation<TData, Error, TVariables>({
    ...options,
    // Only the variables: TanStack passes its context as a second argument the API functions do not take.
    mutationFn: (variables) => write(variables),
    onSuccess: async (data, variables, onMutateResult, context: MutationFunctionContext) => {
      const written = typeof record === 'function' ? record(data, variables) : record;
      if (written) await refreshAfterWrite(queryClient, written);
      await options.onSuccess?.(data, variables, onMutateResult, context);
    },
  });
}
