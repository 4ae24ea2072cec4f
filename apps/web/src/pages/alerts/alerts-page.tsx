import { type Alert, alertValueText, filtersInWords } from '@tradeflow/domain';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { alertEvaluationsQuery, alertsQuery, deleteAlert, evaluateAlert } from '../../api/alerts';
import { useCanWrite } from '../../auth/session-context';
import { EvaluationsChart } from '../../charts/evaluations-chart';
import { formatDate } from '../../format/dates';
import { ConfirmDialog } from '../../layout/confirm-dialog';
import { PageHeader } from '../../layout/page-header';
import { EmptyState, ErrorState, Skeleton } from '../../layout/states';
import { useToast } from '../../layout/toasts';
import { describeCron, formatInZone } from '../reports/cron-helper';
import { METRIC_LABELS } from './alert-form-model';
import { useWrite } from '../../api/writes';

/** What the alert watches, in words: "share of RU · crude oil". */
export function alertSubject(alert: Pick<Alert, 'metric' | 'params'>): string {
  const what =
    alert.metric === 'share'
      ? `Share of ${alert.params.key ?? '?'} by ${alert.params.dimension ?? 'origin'}`
      : METRIC_LABELS[alert.metric];
  return `${what} · ${filtersInWords(alert.params.filters)}`;
}

function AlertCard({ alert, canWrite, onDelete }: { alert: Alert; canWrite: boolean; onDelete(): void }) {
  const evaluations = useQuery(alertEvaluationsQuery(alert.id));
  const toast = useToast();
  const location = useLocation();
  const format = useMemo(() => (value: number) => alertValueText(alert.metric, value), [alert.metric]);
  const series = useMemo(() => [...(evaluations.data ?? [])].reverse(), [evaluations.data]);
  const threshold = series.at(-1)?.threshold ?? alert.threshold;
  const evaluate = useWrite('alerts', () => evaluateAlert(alert.id), {
    onSuccess: (evaluation) =>
      toast(`“${alert.name}” is ${evaluation.state}: ${alertValueText(alert.metric, evaluation.value)}`),
    onError: (error) => toast(error.message, 'error'),
  });
  return (
    <li className="alert-card card" data-alert={alert.name}>
      <div className="alert-head">
        <div className="report-main">
          <p className="report-name">{alert.name}</p>
          <p className="report-filters">{alertSubject(alert)}</p>
          <p className="muted">
            {describeCron(alert.cron)} ({alert.timezone})
            {alert.enabled && alert.nextRuns[0]
              ? ` · next ${formatInZone(alert.nextRuns[0], alert.timezone)}`
              : ' · paused'}
            {alert.emailTo.length ? ` · e-mails ${alert.emailTo.join(', ')}` : ''}
            {alert.webhookUrl ? ' · webhook' : ''}
          </p>
        </div>
        <div className="alert-state">
          <span
            className={`pill ${alert.state === 'triggered' ? 'pill-new' : 'pill-delivered'}`}
            data-testid="alert-state"
          >
            {alert.state === 'triggered' ? 'Triggered' : 'OK'}
          </span>
          <p className="alert-value">
            {alert.lastEvaluatedAt ? (
              <>
                <strong>{alertValueText(alert.metric, alert.lastValue)}</strong>
                <span className="muted">
                  {' '}
                  {alert.metric === 'target'
                    ? 'against its target'
                    : `${alert.operator} ${threshold === null ? '–' : alertValueText(alert.metric, threshold)} fires`}
                </span>
              </>
            ) : (
              <span className="muted">Not evaluated yet</span>
            )}
          </p>
        </div>
      </div>
      <div className="alert-chart">
        {evaluations.isPending ? (
          <Skeleton height={120} label="Loading evaluations" />
        ) : evaluations.isError ? (
          <ErrorState error={evaluations.error} onRetry={() => void evaluations.refetch()} />
        ) : series.length === 0 ? (
          <p className="muted">
            No evaluations yet{canWrite ? ': “Evaluate now” shows the current value.' : '.'}
          </p>
        ) : (
          <EvaluationsChart
            labels={series.map((e) => formatDate(e.evaluatedAt.slice(0, 10)))}
            values={series.map((e) => e.value)}
            threshold={threshold}
            format={format}
            label={`Evaluations of ${alert.name}: the latest is ${alertValueText(alert.metric, series.at(-1)?.value ?? null)}`}
          />
        )}
      </div>
      {canWrite ? (
        <div className="report-actions">
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => evaluate.mutate()}
          >
            Evaluate now
          </button>
          <Link
            className="button button-ghost button-small"
            to={{ pathname: `/alerts/${alert.id}/edit`, search: location.search }}
          >
            Edit
          </Link>
          <button
            type="button"
            className="button button-ghost button-small button-ghost-danger"
            onClick={onDelete}
            aria-label={`Delete ${alert.name}`}
          >
            Delete
          </button>
        </div>
      ) : null}
    </li>
  );
}

/** Alerts: each one's state, its last value against its threshold, and its evaluations. */
export function AlertsPage() {
  const alerts = useQuery(alertsQuery);
  const canWrite = useCanWrite();
  const toast = useToast();
  const location = useLocation();
  const [deleting, setDeleting] = useState<Alert | null>(null);
  const remove = useWrite('alerts', (alert: Alert) => deleteAlert(alert.id), {
    onSuccess: (_, alert) => toast(`“${alert.name}” deleted`),
    onError: (error) => toast(error.message, 'error'),
  });
  return (
    <div className="page">
      <PageHeader
        title="Alerts"
        subtitle="A message when a figure crosses a line, and once when it clears"
        aside={
          canWrite ? (
            <Link className="button button-primary" to={{ pathname: '/alerts/new', search: location.search }}>
              New alert
            </Link>
          ) : null
        }
      />
      {alerts.isPending ? (
        <Skeleton height={200} label="Loading alerts" />
      ) : alerts.isError ? (
        <ErrorState error={alerts.error} onRetry={() => void alerts.refetch()} />
      ) : alerts.data.length === 0 ? (
        <section className="card">
          <EmptyState title="No alerts yet">
            {canWrite ? 'Create one with “New alert”, e.g. Russia’s share of crude imports above 40%.' : null}
          </EmptyState>
        </section>
      ) : (
        <ul className="alert-list">
          {alerts.data.map((alert) => (
            <AlertCard key={alert.id} alert={alert} canWrite={canWrite} onDelete={() => setDeleting(alert)} />
          ))}
        </ul>
      )}
      {deleting ? (
        <ConfirmDialog
          title={`Delete the alert “${deleting.name}”?`}
          confirmText="Delete alert"
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            remove.mutate(deleting);
            setDeleting(null);
          }}
        >
          <p>It stops being evaluated and its history is deleted with it.</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
