import { SAVED_VIEW_PATHS, type SavedView } from '@tradeflow/domain';
import type { Session } from '../../api/auth';
import { FILTER_PARAMS, parseFilters, resolveRange } from '../../filters/dashboard-filters';
import { describeFilters } from '../../layout/page-header';

const PAGE_LABELS: Record<string, string> = {
  '/': 'Overview',
  '/flows': 'Flows',
  '/what-if': 'What-if',
  '/what-if/incoming': 'What-if: incoming cargoes',
  '/targets': 'Targets',
  '/shipments': 'Shipments',
  '/compare': 'Compare',
  '/reconciliation': 'Reconciliation',
};

/** The page a view opens, as its menu names it. */
export function pageLabel(path: string): string {
  return PAGE_LABELS[path] ?? path;
}

/** True on the pages a view can be saved from. */
export function isSavablePath(path: string): boolean {
  return (SAVED_VIEW_PATHS as readonly string[]).includes(path);
}

const withQuery = (path: string, query: string) => (query ? `${path}?${query}` : path);

/** Where opening the view goes: its page with its query string. */
export function viewHref(view: Pick<SavedView, 'path' | 'query'>): string {
  return withQuery(view.path, view.query);
}

/** The view's shared filters only (what a report or alert can take over). */
function filterQuery(query: string): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of new URLSearchParams(query)) {
    if ((FILTER_PARAMS as readonly string[]).includes(key)) params.append(key, value);
  }
  return params;
}

/** The Reports page with the New report form open on the view's filters. */
export function reportHref(view: Pick<SavedView, 'query'>): string {
  const params = filterQuery(view.query);
  params.set('new', '1');
  return `/reports?${params.toString()}`;
}

/** The New alert page, which takes the dashboard's filters from its address. */
export function alertHref(view: Pick<SavedView, 'query'>): string {
  return withQuery('/alerts/new', filterQuery(view.query).toString());
}

/** "1 Jun – 30 Jun 2023 · Crude oil · all origins" for the view's filters, on `today`. */
export function viewSummary(view: Pick<SavedView, 'query'>, today: string): string {
  const filters = parseFilters(new URLSearchParams(view.query));
  return describeFilters(filters, resolveRange(filters, today));
}

/** Whoever saved it, or an admin (the API refuses anyone else). */
export function canDelete(view: Pick<SavedView, 'createdBy'>, session: Session): boolean {
  if (session.kind === 'disabled') return true;
  if (session.kind !== 'signed-in') return false;
  return (
    session.role === 'admin' || (view.createdBy.type === 'user' && view.createdBy.name === session.username)
  );
}
