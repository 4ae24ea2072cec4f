import '@testing-library/jest-dom';
import type { SavedView } from '@tradeflow/domain';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import type { Session } from '../../api/auth';
import { savedViewsQuery } from '../../api/saved-views';
import { SessionContext } from '../../auth/session-context';
import { ToastProvider } from '../../layout/toasts';
import { SavedViewsPage } from './saved-views-page';

const views: SavedView[] = [
  {
    id: 'v2',
    name: 'US crude since October 2025',
    path: '/shipments',
    query: 'from=2025-10-01&origin=US&commodity=crude_oil',
    createdBy: { type: 'user', name: 'analyst' },
    createdAt: '2026-11-30T09:15:00.000Z',
  },
  {
    id: 'v1',
    name: 'Russian crude pilot, June 2023',
    path: '/',
    query: 'from=2023-06-01&to=2023-06-30&commodity=crude_oil',
    createdBy: { type: 'system', name: 'sample data' },
    createdAt: '2026-11-01T06:00:00.000Z',
  },
];

function renderPage(session: Session) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, enabled: false } } });
  client.setQueryData(savedViewsQuery.queryKey, views);
  render(
    <QueryClientProvider client={client}>
      <SessionContext.Provider value={session}>
        <ToastProvider>
          <MemoryRouter initialEntries={['/saved-views']}>
            <SavedViewsPage />
          </MemoryRouter>
        </ToastProvider>
      </SessionContext.Provider>
    </QueryClientProvider>,
  );
}

const card = (name: string) => screen.getByText(name, { selector: 'a' }).closest('li') as HTMLElement;

describe('Saved views page', () => {
  it('lists the views in the order the API gives (newest first) with page, filters, who and when', () => {
    renderPage({ kind: 'signed-in', username: 'analyst', role: 'viewer' });
    const items = within(screen.getByRole('list', { name: 'Saved views' })).getAllByRole('listitem');
    expect(items.map((item) => item.getAttribute('data-saved-view'))).toEqual([
      'US crude since October 2025',
      'Russian crude pilot, June 2023',
    ]);
    const us = card('US crude since October 2025');
    expect(us).toHaveTextContent('Shipments');
    expect(us).toHaveTextContent('United States');
    expect(us).toHaveTextContent('Saved by analyst · 30 Nov 2026, 09:15 UTC');
  });

  it('opens a view, and starts a report or an alert on its filters', () => {
    renderPage({ kind: 'signed-in', username: 'analyst', role: 'viewer' });
    const pilot = within(card('Russian crude pilot, June 2023'));
    expect(pilot.getByRole('link', { name: 'Open' })).toHaveAttribute(
      'href',
      '/?from=2023-06-01&to=2023-06-30&commodity=crude_oil',
    );
    expect(pilot.getByRole('link', { name: 'New report from this view' })).toHaveAttribute(
      'href',
      '/reports?from=2023-06-01&to=2023-06-30&commodity=crude_oil&new=1',
    );
    expect(pilot.getByRole('link', { name: 'New alert from this view' })).toHaveAttribute(
      'href',
      '/alerts/new?from=2023-06-01&to=2023-06-30&commodity=crude_oil',
    );
  });

  it('offers Delete to the owner only, and to an admin on every view', () => {
    renderPage({ kind: 'signed-in', username: 'analyst', role: 'viewer' });
    expect(
      screen.getAllByRole('button', { name: /^Delete / }).map((b) => b.getAttribute('aria-label')),
    ).toEqual(['Delete US crude since October 2025']);
  });

  it('offers Delete on every view to an admin', () => {
    renderPage({ kind: 'signed-in', username: 'admin', role: 'admin' });
    expect(screen.getAllByRole('button', { name: /^Delete / })).toHaveLength(2);
  });
});
