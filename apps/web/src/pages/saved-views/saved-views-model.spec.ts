import type { SavedView } from '@tradeflow/domain';
import {
  alertHref,
  canDelete,
  isSavablePath,
  pageLabel,
  reportHref,
  viewHref,
  viewSummary,
} from './saved-views-model';

const view = (overrides: Partial<SavedView> = {}): SavedView => ({
  id: 'v1',
  name: 'Russian crude pilot, June 2023',
  path: '/',
  query: 'from=2023-06-01&to=2023-06-30&commodity=crude_oil&basis=value',
  createdBy: { type: 'user', name: 'analyst' },
  createdAt: '2026-11-30T10:00:00.000Z',
  ...overrides,
});

describe('saved views model', () => {
  it('opens the view on its page with its query string', () => {
    expect(viewHref(view())).toBe('/?from=2023-06-01&to=2023-06-30&commodity=crude_oil&basis=value');
    expect(viewHref(view({ path: '/flows', query: '' }))).toBe('/flows');
  });

  it('starts a report with the view’s shared filters and the form open, page parameters left out', () => {
    expect(reportHref(view())).toBe('/reports?from=2023-06-01&to=2023-06-30&commodity=crude_oil&new=1');
  });

  it('starts an alert on /alerts/new with the view’s shared filters', () => {
    expect(alertHref(view())).toBe('/alerts/new?from=2023-06-01&to=2023-06-30&commodity=crude_oil');
    expect(alertHref(view({ query: 'basis=value' }))).toBe('/alerts/new');
  });

  it('describes the filters as the page header does', () => {
    expect(viewSummary(view(), '2026-12-01')).toContain('2023');
    expect(viewSummary(view(), '2026-12-01')).toContain('Crude oil');
    expect(viewSummary(view({ query: 'range=all' }), '2026-12-01')).toMatch(/^All time/);
  });

  it('names the pages and knows which can be saved', () => {
    expect(pageLabel('/')).toBe('Overview');
    expect(pageLabel('/what-if/incoming')).toBe('What-if: incoming cargoes');
    expect(isSavablePath('/shipments')).toBe(true);
    expect(isSavablePath('/reports')).toBe(false);
    expect(isSavablePath('/shipments/new')).toBe(false);
  });

  it('lets the owner, an admin or a server without sign-in delete, nobody else', () => {
    expect(canDelete(view(), { kind: 'signed-in', username: 'analyst', role: 'viewer' })).toBe(true);
    expect(canDelete(view(), { kind: 'signed-in', username: 'other', role: 'editor' })).toBe(false);
    expect(canDelete(view(), { kind: 'signed-in', username: 'other', role: 'admin' })).toBe(true);
    expect(
      canDelete(view({ createdBy: { type: 'api-key', name: 'analyst' } }), {
        kind: 'signed-in',
        username: 'analyst',
        role: 'viewer',
      }),
    ).toBe(false);
    expect(canDelete(view(), { kind: 'disabled' })).toBe(true);
  });
});
