import { QueryClient } from '@tanstack/react-query';
import { refreshAfterWrite } from './writes';

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
