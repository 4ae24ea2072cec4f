import { useQuery } from '@tanstack/react-query';
import { filtersInWords } from '@tradeflow/domain';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ApiError } from '../../api/http';
import {
  createReport,
  deleteReport,
  type Report,
  type ReportInput,
  reportRunsQuery,
  reportsQuery,
  runFileUrl,
  runReport,
  testReportDelivery,
  updateReport,
  REPORT_WINDOW_OPTIONS,
} from '../../api/reports';
import { useCanWrite } from '../../auth/session-context';
import { useDashboardFilters } from '../../filters/use-dashboard-filters';
import { formatDate } from '../../format/dates';
import { formatInteger } from '../../format/numbers';
import { ConfirmDialog } from '../../layout/confirm-dialog';
import { describeFilters, PageHeader } from '../../layout/page-header';
import { EmptyState, ErrorState, Skeleton } from '../../layout/states';
import { useToast } from '../../layout/toasts';
import { describeCron, formatInZone } from './cron-helper';
import { ReportForm } from './report-form';
import { useWrite } from '../../api/writes';

const STATUS_PILLS: Record<string, string> = {
  queued: 'pill-contracted',
  running: 'pill-in_transit',
  succeeded: 'pill-delivered',
  failed: 'pill-new',
  skipped: 'pill-contracted',
};

const CHANNEL_LABELS = { email: 'E-mail', webhook: 'Webhook' } as const;
const TRIGGER_NOTES: Record<string, string> = { manual: ' · run now', test: ' · test delivery' };

const windowLabel = (value: string) => REPORT_WINDOW_OPTIONS.find((w) => w.value === value)?.label ?? value;

function RunsTable({ report }: { report: Report }) {
  const runs = useQuery(reportRunsQuery(report.id));
  if (runs.isPending) return <Skeleton height={80} label="Loading runs" />;
  if (runs.isError) return <ErrorState error={runs.error} onRetry={() => void runs.refetch()} />;
  if (runs.data.length === 0) return <p className="muted runs-empty">No runs yet.</p>;
  return (
    <div className="table-scroll">
      <table className="data-table runs-table">
        <caption className="visually-hidden">Runs of {report.name}</caption>
        <thead>
          <tr>
            <th scope="col">Scheduled for ({report.timezone})</th>
            <th scope="col">Status</th>
            <th scope="col" className="hide-phone">
              Arrivals
            </th>
            <th scope="col" className="numeric">
              Rows
            </th>
            <th scope="col" className="hide-phone">
              Delivery
            </th>
            <th scope="col">
              <span className="visually-hidden">File</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {runs.data.map((run) => (
            <tr key={run.id}>
              <td>
                {formatInZone(run.scheduledFor, report.timezone)}
                {TRIGGER_NOTES[run.trigger] ? (
                  <span className="muted">{TRIGGER_NOTES[run.trigger]}</span>
                ) : null}
              </td>
              <td>
                <span className={`pill ${STATUS_PILLS[run.status] ?? ''}`} title={run.error ?? undefined}>
                  {run.status}
                </span>
              </td>
              <td className="hide-phone muted">
                {run.windowFrom && run.windowTo
                  ? `${formatDate(run.windowFrom)} – ${formatDate(run.windowTo)}`
                  : 'all'}
              </td>
              <td className="numeric">{run.rowCount === null ? '–' : formatInteger(run.rowCount)}</td>
              <td className="hide-phone muted">
                {run.deliveries.length === 0
                  ? '–'
                  : run.deliveries.map((delivery) => (
                      <span
                        key={delivery.channel}
                        className="delivery-line"
                        title={delivery.lastError ?? undefined}
                        data-channel={delivery.channel}
                      >
                        {CHANNEL_LABELS[delivery.channel]}: {delivery.status}
                        {delivery.attempts > 1 ? ` after ${delivery.attempts} attempts` : ''}
                        {delivery.lastError && delivery.status !== 'delivered'
                          ? ` (${delivery.lastError})`
                          : ''}
                      </span>
                    ))}
              </td>
              <td>
                {run.status === 'succeeded' ? (
                  <a
                    className="button button-ghost button-small"
                    href={runFileUrl(report.id, run.id)}
                    download
                  >
                    Download {report.format === 'xlsx' ? 'Excel' : 'CSV'}
                  </a>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Scheduled reports: list (filters in words), create and edit with a cron helper, run now, test delivery, download past runs. */
export function ReportsPage() {
  const { filters, range, importer } = useDashboardFilters();
  const reports = useQuery(reportsQuery);
  const toast = useToast();
  const canWrite = useCanWrite();
  const [search] = useSearchParams();
  // `new=1` (a saved view's "New report from this view") opens the form on the address's filters.
  const [creating, setCreating] = useState(() => search.get('new') === '1');
  const [editing, setEditing] = useState<string | null>(null);
  // An e-mailed link to a run (?report=<id>&run=<id>) opens that report's runs.
  const [open, setOpen] = useState<string | null>(search.get('report'));
  const [deleting, setDeleting] = useState<Report | null>(null);
  const notAvailable = reports.error instanceof ApiError && reports.error.status === 404;

  const create = useWrite('reports', createReport);
  const update = useWrite('reports', ({ id, input }: { id: string; input: ReportInput }) =>
    updateReport(id, input),
  );
  // The buttons of a listed report: each says what it did, or why it did not, in a toast.
  const failed = (error: Error) => toast(error.message, 'error');
  const runNow = useWrite('reports', (report: Report) => runReport(report.id), {
    onSuccess: (_, report) => toast(`“${report.name}” queued`),
    onError: failed,
  });
  const testDelivery = useWrite('reports', (report: Report) => testReportDelivery(report.id), {
    onSuccess: (_, report) => toast(`Test delivery of “${report.name}” queued`),
    onError: failed,
  });
  const pauseOrResume = useWrite(
    'reports',
    (report: Report) => updateReport(report.id, { enabled: !report.enabled }),
    {
      onSuccess: (_, report) =>
        toast(report.enabled ? `“${report.name}” paused` : `“${report.name}” resumed`),
      onError: failed,
    },
  );
  const remove = useWrite('reports', (report: Report) => deleteReport(report.id), {
    onSuccess: (_, report) => toast(`“${report.name}” deleted`),
    onError: failed,
  });

  return (
    <div className="page">
      <PageHeader
        title="Scheduled reports"
        subtitle="CSV or Excel files produced on a schedule, in the time zone you choose, e-mailed or posted to a webhook"
        aside={
          canWrite && !notAvailable && !creating ? (
            <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
              New report
            </button>
          ) : null
        }
      />

      {creating ? (
        <section className="card form-card" aria-label="New report">
          <ReportForm
            filters={filters}
            importer={importer}
            filterText={describeFilters(filters, range, importer).split(' · ').slice(1).join(' · ')}
            onCancel={() => setCreating(false)}
            onSubmit={async (input) => {
              const created = await create.mutateAsync(input);
              setCreating(false);
              setOpen(created.id);
              toast(`Report “${created.name}” scheduled`);
            }}
          />
        </section>
      ) : null}

      <section className="card" aria-label="Reports">
        {reports.isPending ? (
          <Skeleton height={200} label="Loading reports" />
        ) : notAvailable ? (
          <EmptyState title="Scheduled reports are not available on this server yet">
            They arrive with the reports API. Meanwhile, every chart on the overview downloads as CSV.
          </EmptyState>
        ) : reports.isError ? (
          <ErrorState error={reports.error} onRetry={() => void reports.refetch()} />
        ) : reports.data.length === 0 ? (
          <EmptyState title="No reports yet">
            {canWrite ? 'Create one with “New report”: it runs on its schedule and keeps every file.' : null}
          </EmptyState>
        ) : (
          <ul className="report-list">
            {reports.data.map((report) => (
              <li key={report.id} className="report-item" data-report={report.name}>
                <div className="report-row">
                  <div className="report-main">
                    <p className="report-name">{report.name}</p>
                    <p className="report-filters">
                      {filtersInWords(report.params.filters)} · {windowLabel(report.params.window)}
                    </p>
                    <p className="muted">
                      {report.kind} · {report.format === 'xlsx' ? 'Excel' : 'CSV'} ·{' '}
                      {describeCron(report.cron)} ({report.timezone})
                      {report.emailTo.length ? ` · e-mailed to ${report.emailTo.join(', ')}` : ''}
                      {report.webhookUrl ? ' · webhook' : ''}
                    </p>
                  </div>
                  <div className="report-next" role="group" aria-labelledby={`next-run-${report.id}`}>
                    <p className="field-label" id={`next-run-${report.id}`}>
                      Next run
                    </p>
                    <p>
                      {report.enabled && report.nextRuns[0]
                        ? formatInZone(report.nextRuns[0], report.timezone)
                        : 'paused'}
                    </p>
                  </div>
                  <div className="report-actions">
                    <button
                      type="button"
                      className="button button-ghost button-small"
                      aria-expanded={open === report.id}
                      onClick={() => setOpen(open === report.id ? null : report.id)}
                    >
                      {open === report.id ? 'Hide runs' : 'Runs'}
                    </button>
                    {canWrite ? (
                      <>
                        <button
                          type="button"
                          className="button button-secondary button-small"
                          onClick={() => {
                            setOpen(report.id);
                            runNow.mutate(report);
                          }}
                        >
                          Run now
                        </button>
                        {report.emailTo.length || report.webhookUrl ? (
                          <button
                            type="button"
                            className="button button-ghost button-small"
                            onClick={() => {
                              setOpen(report.id);
                              testDelivery.mutate(report);
                            }}
                          >
                            Test delivery
                          </button>
                        ) : null}
                        <button
                          type="button"
                          className="button button-ghost button-small"
                          aria-expanded={editing === report.id}
                          onClick={() => setEditing(editing === report.id ? null : report.id)}
                        >
                          Edit
                        </button>
                        <button
                          type="button"
                          className="button button-ghost button-small"
                          onClick={() => pauseOrResume.mutate(report)}
                        >
                          {report.enabled ? 'Pause' : 'Resume'}
                        </button>
                        <button
                          type="button"
                          className="button button-ghost button-small button-ghost-danger"
                          onClick={() => setDeleting(report)}
                          aria-label={`Delete ${report.name}`}
                        >
                          Delete
                        </button>
                      </>
                    ) : null}
                  </div>
                </div>
                {editing === report.id ? (
                  <div className="report-edit" aria-label={`Edit ${report.name}`} role="group">
                    <ReportForm
                      initial={report}
                      filters={filters}
                      filterText={describeFilters(filters, range).split(' · ').slice(1).join(' · ')}
                      onCancel={() => setEditing(null)}
                      onSubmit={async (input) => {
                        const saved = await update.mutateAsync({ id: report.id, input });
                        setEditing(null);
                        toast(`Report “${saved.name}” saved`);
                      }}
                    />
                  </div>
                ) : null}
                {open === report.id ? <RunsTable report={report} /> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      {deleting ? (
        <ConfirmDialog
          title={`Delete the report “${deleting.name}”?`}
          confirmText="Delete report"
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            remove.mutate(deleting);
            setDeleting(null);
          }}
        >
          <p>Its schedule stops and its past files are deleted with it.</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
