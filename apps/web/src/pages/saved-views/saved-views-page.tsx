import type { SavedView } from '@tradeflow/domain';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { deleteSavedView, savedViewsQuery } from '../../api/saved-views';
import { useSession } from '../../auth/session-context';
import { formatDateTime, todayIso } from '../../format/dates';
import { ConfirmDialog } from '../../layout/confirm-dialog';
import { PageHeader } from '../../layout/page-header';
import { EmptyState, ErrorState, errorMessage, Skeleton } from '../../layout/states';
import { useToast } from '../../layout/toasts';
import { alertHref, canDelete, pageLabel, reportHref, viewHref, viewSummary } from './saved-views-model';
import { useWrite } from '../../api/writes';

const OWNER_WORDS = { user: '', 'api-key': 'API key ', system: '' } as const;

/** The team's saved views, newest first: open one, or start a report or an alert from it. */
export function SavedViewsPage() {
  const views = useQuery(savedViewsQuery);
  const session = useSession();
  const toast = useToast();
  const [deleting, setDeleting] = useState<SavedView | null>(null);
  const removeView = useWrite('saved-views', (view: SavedView) => deleteSavedView(view.id), {
    onSuccess: (_, view) => {
      toast(`View “${view.name}” deleted`);
      setDeleting(null);
    },
  });
  const today = todayIso();

  return (
    <div className="page">
      <PageHeader
        title="Saved views"
        subtitle="Pages with their filters, saved under a name for the whole team; newest first. Save one with “Save view” in the filter bar."
      />
      {views.isPending ? (
        <Skeleton height={200} label="Loading saved views" />
      ) : views.isError ? (
        <div className="card">
          <ErrorState error={views.error} onRetry={() => void views.refetch()} />
        </div>
      ) : views.data.length === 0 ? (
        <div className="card">
          <EmptyState title="No saved views yet">
            Choose a page and its filters, then <strong>Save view</strong> in the filter bar.
          </EmptyState>
        </div>
      ) : (
        <ul className="saved-views" aria-label="Saved views">
          {views.data.map((view) => (
            <li key={view.id} className="card saved-view" data-saved-view={view.name}>
              <div className="saved-view-head">
                <Link to={viewHref(view)} className="saved-view-name">
                  {view.name}
                </Link>
                <span className="saved-view-page">{pageLabel(view.path)}</span>
              </div>
              <p className="saved-view-summary">{viewSummary(view, today)}</p>
              <p className="muted saved-view-meta">
                Saved by {OWNER_WORDS[view.createdBy.type]}
                {view.createdBy.name} · {formatDateTime(view.createdAt)}
              </p>
              <div className="saved-view-actions">
                <Link to={viewHref(view)} className="button button-primary">
                  Open
                </Link>
                <Link to={reportHref(view)} className="button button-secondary">
                  New report from this view
                </Link>
                <Link to={alertHref(view)} className="button button-secondary">
                  New alert from this view
                </Link>
                {canDelete(view, session) ? (
                  <button
                    type="button"
                    className="button button-ghost"
                    aria-label={`Delete ${view.name}`}
                    onClick={() => {
                      removeView.reset();
                      setDeleting(view);
                    }}
                  >
                    Delete
                  </button>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
      {deleting ? (
        <ConfirmDialog
          title={`Delete “${deleting.name}”?`}
          confirmText="Delete view"
          busy={removeView.isPending}
          error={removeView.error ? errorMessage(removeView.error) : null}
          onConfirm={() => removeView.mutate(deleting)}
          onCancel={() => setDeleting(null)}
        >
          The view goes for everyone in the team. Reports and alerts started from it keep their own filters.
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
