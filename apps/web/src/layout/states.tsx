import type { ReactNode } from 'react';
import { ApiError } from '../api/http';
import { Icon } from './icon';

export function Spinner({ label = 'Loading' }: { label?: string }) {
  return (
    <span className="spinner" role="status" aria-live="polite">
      <span className="visually-hidden">{label}</span>
    </span>
  );
}

/** A grey placeholder of the size of what is loading, so the layout does not jump. */
export function Skeleton({ height = 240, label = 'Loading' }: { height?: number; label?: string }) {
  return (
    <div className="skeleton" style={{ height }} role="status" aria-live="polite">
      <span className="visually-hidden">{label}…</span>
    </div>
  );
}

/** Placeholders for a row of KPI tiles while their figures load. */
export function KpiSkeletons({ count, height = 112 }: { count: 4 | 6; height?: number }) {
  return (
    <div className={count === 4 ? 'kpi-grid kpi-grid-4' : 'kpi-grid'}>
      {Array.from({ length: count }, (_, i) => (
        <Skeleton key={i} height={height} label="Loading figures" />
      ))}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state-empty">
      <Icon name="chart" size={28} />
      <p className="state-title">{title}</p>
      {children ? <div className="state-body">{children}</div> : null}
    </div>
  );
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 404) return 'This part of the API is not available on the server yet.';
    if (error.status >= 500) return 'The server had a problem answering. Try again in a moment.';
    return error.message;
  }
  return error instanceof Error ? error.message : 'Something went wrong.';
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <div className="state state-error" role="alert">
      <Icon name="problem" size={28} />
      <p className="state-title">Could not load this</p>
      <p className="state-body">{errorMessage(error)}</p>
      {onRetry ? (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}
