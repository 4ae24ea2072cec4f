import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { refreshAfterWrite, useWrite } from './writes';

const KEYS = {
  analytics: ['analytics', 'summary', 'groupBy=origin'],
  reconciliation: ['official-stats', 'reconciliation', ''],
  targetProgress: ['targets', 'progress', 't1', ''],
  alerts: ['alerts', 'list'],
  shipments: ['shipments', 'list', ''],
  savedViews: ['saved-views', 'list'],
  reports: ['reports', 'list'],
  session: ['auth', 'session'],
} as const;

function clientWithEveryQuery(): QueryClient {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  for (const key of Object.values(KEYS)) client.setQueryData([...key], { cached: true });
  return client;
}

const stale = (client: QueryClient) =>
  Object.entries(KEYS)
    .filter(([, key]) => client.getQueryState([...key])?.isInvalidated)
    .map(([name]) => name)
    .sort();

describe('refreshAfterWrite: what a write makes stale', () => {
  it('a shipment write makes every answer computed from the data stale, and neither saved views, reports nor the session', async () => {
    const client = clientWithEveryQuery();
    await refreshAfterWrite(client, 'shipments');
    expect(stale(client)).toEqual(['alerts', 'analytics', 'reconciliation', 'shipments', 'targetProgress']);
  });

  it('a source write refreshes the shipments too: the figure of record is the volume', async () => {
    const client = clientWithEveryQuery();
    await refreshAfterWrite(client, 'sources');
    expect(stale(client)).toContain('shipments');
    expect(stale(client)).toContain('analytics');
  });

  it('a saved view or a report refreshes only its own list', async () => {
    const views = clientWithEveryQuery();
    await refreshAfterWrite(views, 'saved-views');
    expect(stale(views)).toEqual(['savedViews']);
    const reports = clientWithEveryQuery();
    await refreshAfterWrite(reports, 'reports');
    expect(stale(reports)).toEqual(['reports']);
  });

  it('a target refreshes targets and the alerts that follow them, not the analytics', async () => {
    const client = clientWithEveryQuery();
    await refreshAfterWrite(client, 'targets');
    expect(stale(client)).toEqual(['alerts', 'targetProgress']);
  });
});

describe('useWrite: one hook for every write', () => {
  const wrapperOf =
    (client: QueryClient) =>
    ({ children }: { children: ReactNode }) =>
      createElement(QueryClientProvider, { client }, children);

  it('refetches what the write made stale before the caller hears of the success', async () => {
    const client = clientWithEveryQuery();
    const staleWhenDone: string[][] = [];
    const { result } = renderHook(
      () =>
        useWrite('alerts', (name: string) => Promise.resolve({ name }), {
          onSuccess: () => {
            staleWhenDone.push(stale(client));
          },
        }),
      { wrapper: wrapperOf(client) },
    );
    await act(() => result.current.mutateAsync('Russian crude share'));
    expect(staleWhenDone).toEqual([['alerts']]);
    await waitFor(() => expect(result.current.data).toEqual({ name: 'Russian crude share' }));
  });

  it('refetches nothing when the answer says nothing was stored (a dry run)', async () => {
    const client = clientWithEveryQuery();
    const { result } = renderHook(
      () =>
        useWrite(
          (answer: { dryRun: boolean }) => (answer.dryRun ? null : 'shipments'),
          (dryRun: boolean) => Promise.resolve({ dryRun }),
        ),
      { wrapper: wrapperOf(client) },
    );
    await act(() => result.current.mutateAsync(true));
    expect(stale(client)).toEqual([]);
    await act(() => result.current.mutateAsync(false));
    expect(stale(client)).toContain('shipments');
  });

  it('keeps a refused write as the mutation error, and refetches nothing', async () => {
    const client = clientWithEveryQuery();
    const { result } = renderHook(
      () => useWrite('reports', () => Promise.reject(new Error('name: must not be empty'))),
      { wrapper: wrapperOf(client) },
    );
    await act(async () => {
      result.current.mutate();
    });
    await waitFor(() => expect(result.current.error?.message).toBe('name: must not be empty'));
    expect(result.current.isPending).toBe(false);
    expect(stale(client)).toEqual([]);
  });
});
