import { type FormEvent, useId, useMemo, useState } from 'react';
import { filtersInWords } from '@tradeflow/domain';
import {
  type Report,
  REPORT_KINDS,
  REPORT_WINDOW_OPTIONS,
  type ReportInput,
  type ReportKind,
  type ReportWindow,
} from '../../api/reports';
import { ALL_IMPORTERS, type DashboardFilters } from '../../filters/dashboard-filters';
import { Segmented } from '../../filters/segmented';
import {
  cronOf,
  DEFAULT_SCHEDULE,
  describeCron,
  formatInZone,
  nextRunTimes,
  type Schedule,
  type ScheduleKind,
  timeZones,
  WEEKDAYS,
} from './cron-helper';
import { formErrorsOf, topLevelFieldOf } from '../../forms/form-errors';
import { fieldControlProps } from '../../forms/form-field';

/** The fields that show the API's errors; 'params.window' and the rest of params show under Arrivals covered. */
const REPORT_FORM_FIELDS = [
  'name',
  'params',
  'format',
  'cron',
  'timezone',
  'webhookUrl',
  'emailTo',
  'emailSubject',
] as const;
type ReportFormField = (typeof REPORT_FORM_FIELDS)[number];
const reportFieldOf = topLevelFieldOf<ReportFormField>(REPORT_FORM_FIELDS);

const KIND_LABELS: Record<ReportKind, string> = {
  shipments: 'Shipments (one line each)',
  timeseries: 'Volume per period',
  concentration: 'Concentration per period',
};

interface ReportFormProps {
  /** The dashboard's filters, offered as the report's filters. */
  filters: DashboardFilters;
  /** The dashboard's importer (useDashboardFilters); a country becomes the report's destination filter. */
  importer?: string | null;
  filterText: string;
  onSubmit(input: ReportInput): Promise<void>;
  onCancel(): void;
  /** The report being edited; a new report when absent. */
  initial?: Report;
}

/** Comma, semicolon or space separated addresses as a list. */
export function emailList(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((address) => address.trim())
    .filter(Boolean);
}

/**
 * A new or edited scheduled report, with a cron helper that shows the next runs in the chosen time
 * zone; delivered by e-mail and/or webhook, as CSV or Excel.
 */
export function ReportForm({
  filters,
  importer = null,
  filterText,
  onSubmit,
  onCancel,
  initial,
}: ReportFormProps) {
  const id = useId();
  const zones = useMemo(timeZones, []);
  const [name, setName] = useState(initial?.name ?? '');
  const [kind, setKind] = useState<ReportKind>(initial?.kind ?? 'shipments');
  const [reportWindow, setReportWindow] = useState<ReportWindow>(initial?.params.window ?? 'previous_month');
  // Editing keeps the report's own filters unless the dashboard's are chosen instead.
  const [useFilters, setUseFilters] = useState(!initial);
  const [schedule, setSchedule] = useState<Schedule>(
    initial ? { ...DEFAULT_SCHEDULE, kind: 'custom', cron: initial.cron } : DEFAULT_SCHEDULE,
  );
  const [timezone, setTimezone] = useState(initial?.timezone ?? 'Asia/Karachi');
  const [webhookUrl, setWebhookUrl] = useState(initial?.webhookUrl ?? '');
  const [emailTo, setEmailTo] = useState((initial?.emailTo ?? []).join(', '));
  const [emailSubject, setEmailSubject] = useState(initial?.emailSubject ?? '');
  const [format, setFormat] = useState<'csv' | 'xlsx'>(initial?.format ?? 'csv');
  const [columns, setColumns] = useState<'contract' | 'analyst'>(initial?.params.columns ?? 'contract');
  const [skipIfEmpty, setSkipIfEmpty] = useState(initial?.skipIfEmpty ?? false);
  const [errors, setErrors] = useState<Partial<Record<ReportFormField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const cron = cronOf(schedule);
  const preview = useMemo(() => {
    try {
      return { runs: nextRunTimes(cron, timezone, 3), error: null };
    } catch (error) {
      return { runs: [], error: error instanceof Error ? error.message : 'not a valid cron' };
    }
  }, [cron, timezone]);

  const setScheduleField = <K extends keyof Schedule>(key: K, value: Schedule[K]) =>
    setSchedule((current) => ({
      ...current,
      [key]: value,
      ...(key === 'kind' && value === 'custom' ? { cron: cronOf(current) } : {}),
    }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFormError(null);
    const reportFilters = {
      ...(filters.commodity.length ? { commodity: filters.commodity } : {}),
      ...(filters.origin.length ? { origin: filters.origin } : {}),
      ...(filters.currency.length ? { currency: filters.currency } : {}),
      ...(filters.mode.length ? { mode: filters.mode } : {}),
      ...(importer && importer !== ALL_IMPORTERS ? { destination: [importer] } : {}),
    };
    const keptFilters = initial && !useFilters ? initial.params.filters : undefined;
    const chosenFilters = useFilters && Object.keys(reportFilters).length ? reportFilters : keptFilters;
    const analytics =
      initial && initial.kind === kind
        ? {
            groupBy: initial.params.groupBy,
            granularity: initial.params.granularity,
            ...(kind === 'timeseries' ? { metric: initial.params.metric } : {}),
          }
        : {
            groupBy: 'origin' as const,
            granularity: filters.granularity,
            ...(kind === 'timeseries' ? { metric: 'tonnes' as const } : {}),
          };
    try {
      await onSubmit({
        name: name.trim(),
        kind,
        params: {
          window: reportWindow,
          ...(chosenFilters && Object.keys(chosenFilters).length ? { filters: chosenFilters } : {}),
          ...(kind === 'shipments' ? { columns } : analytics),
        },
        cron,
        timezone,
        enabled: initial?.enabled ?? true,
        webhookUrl: webhookUrl.trim() || null,
        format,
        skipIfEmpty,
        emailTo: emailList(emailTo),
        emailSubject: emailSubject.trim() || null,
      });
    } catch (error) {
      const problems = formErrorsOf(error, reportFieldOf, 'Could not save the report.');
      setErrors(problems.byField);
      setFormError(problems.form);
    } finally {
      setBusy(false);
    }
  };

  const described = (field: ReportFormField) => {
    const { 'aria-invalid': invalid, 'aria-describedby': describedBy } = fieldControlProps(
      `${id}-${field}`,
      errors[field],
      false,
    );
    return { 'aria-invalid': invalid, 'aria-describedby': describedBy };
  };
  const errorLine = (field: ReportFormField) =>
    errors[field] ? (
      <p className="field-error" id={`${id}-${field}-error`}>
        {errors[field]}
      </p>
    ) : null;

  return (
    <form className="report-form" onSubmit={submit} noValidate>
      {formError ? (
        <p className="form-alert" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="form-grid">
        <div className="form-field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input
            id={`${id}-name`}
            className="input"
            value={name}
            onChange={(e) => setName(e.target.value)}
            {...described('name')}
          />
          {errorLine('name')}
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-kind`}>Contents</label>
          <select
            id={`${id}-kind`}
            className="input"
            value={kind}
            onChange={(e) => setKind(e.target.value as ReportKind)}
          >
            {REPORT_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-window`}>Arrivals covered</label>
          <select
            id={`${id}-window`}
            className="input"
            value={reportWindow}
            onChange={(e) => setReportWindow(e.target.value as ReportWindow)}
            {...described('params')}
          >
            {REPORT_WINDOW_OPTIONS.map((w) => (
              <option key={w.value} value={w.value}>
                {w.label}
              </option>
            ))}
          </select>
          {errorLine('params')}
        </div>
        <div className="form-field">
          <span className="form-label">Filters</span>
          <label className="check-option check-inline">
            <input type="checkbox" checked={useFilters} onChange={(e) => setUseFilters(e.target.checked)} />
            <span>The dashboard's: {filterText}</span>
          </label>
          {initial && !useFilters ? (
            <p className="field-hint">Keeps its own: {filtersInWords(initial.params.filters)}</p>
          ) : null}
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-format`}>File</label>
          <select
            id={`${id}-format`}
            className="input"
            value={format}
            onChange={(e) => setFormat(e.target.value as 'csv' | 'xlsx')}
            {...described('format')}
          >
            <option value="csv">CSV (raw values)</option>
            <option value="xlsx">Excel workbook (.xlsx)</option>
          </select>
          {errorLine('format')}
        </div>
        {kind === 'shipments' ? (
          <div className="form-field">
            <label htmlFor={`${id}-columns`}>Columns</label>
            <select
              id={`${id}-columns`}
              className="input"
              value={columns}
              onChange={(e) => setColumns(e.target.value as 'contract' | 'analyst')}
            >
              <option value="contract">The 18 import columns</option>
              <option value="analyst">Plus names, barrels, USD value and fx rate</option>
            </select>
          </div>
        ) : null}
        <div className="form-field">
          <span className="form-label">Empty runs</span>
          <label className="check-option check-inline">
            <input type="checkbox" checked={skipIfEmpty} onChange={(e) => setSkipIfEmpty(e.target.checked)} />
            <span>Skip a run with no rows (nothing is sent)</span>
          </label>
        </div>
      </div>

      <fieldset className="form-section">
        <legend>Schedule</legend>
        <div className="schedule-row">
          <Segmented<ScheduleKind>
            label="Repeat"
            value={schedule.kind}
            options={[
              { value: 'daily', label: 'Daily' },
              { value: 'weekly', label: 'Weekly' },
              { value: 'monthly', label: 'Monthly' },
              { value: 'custom', label: 'Cron' },
            ]}
            onChange={(value) => setScheduleField('kind', value)}
          />
          {schedule.kind === 'weekly' ? (
            <div className="field">
              <label className="field-label" htmlFor={`${id}-weekday`}>
                On
              </label>
              <select
                id={`${id}-weekday`}
                className="input"
                value={schedule.weekday}
                onChange={(e) => setScheduleField('weekday', Number(e.target.value))}
              >
                {WEEKDAYS.map((day, i) => (
                  <option key={day} value={i}>
                    {day}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          {schedule.kind === 'monthly' ? (
            <div className="field">
              <label className="field-label" htmlFor={`${id}-day`}>
                Day of month
              </label>
              <select
                id={`${id}-day`}
                className="input"
                value={schedule.dayOfMonth}
                onChange={(e) => setScheduleField('dayOfMonth', Number(e.target.value))}
              >
                {Array.from({ length: 28 }, (_, i) => (
                  <option key={i + 1} value={i + 1}>
                    {i + 1}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          {schedule.kind === 'custom' ? (
            <div className="field">
              <label className="field-label" htmlFor={`${id}-cron`}>
                Cron (min hour day month weekday)
              </label>
              <input
                id={`${id}-cron`}
                className="input input-mono"
                value={schedule.cron}
                onChange={(e) => setScheduleField('cron', e.target.value)}
                {...described('cron')}
              />
            </div>
          ) : (
            <div className="field">
              <label className="field-label" htmlFor={`${id}-time`}>
                At
              </label>
              <input
                id={`${id}-time`}
                type="time"
                className="input"
                value={schedule.time}
                onChange={(e) => e.target.value && setScheduleField('time', e.target.value)}
              />
            </div>
          )}
          <div className="field">
            <label className="field-label" htmlFor={`${id}-tz`}>
              Time zone
            </label>
            <select
              id={`${id}-tz`}
              className="input"
              value={timezone}
              onChange={(e) => setTimezone(e.target.value)}
              {...described('timezone')}
            >
              {zones.map((zone) => (
                <option key={zone} value={zone}>
                  {zone}
                </option>
              ))}
            </select>
          </div>
        </div>
        {errorLine('cron')}
        {errorLine('timezone')}
        <div className="next-runs" aria-live="polite">
          <p className="field-label" id={`${id}-next-runs`}>
            Next runs ({timezone})
          </p>
          {preview.error ? (
            <p className="field-error">{preview.error}</p>
          ) : (
            <ol aria-labelledby={`${id}-next-runs`}>
              {preview.runs.map((run) => (
                <li key={run}>
                  {formatInZone(run, timezone)} <span className="muted">· {describeCron(cron)}</span>
                </li>
              ))}
            </ol>
          )}
        </div>
      </fieldset>

      <div className="form-grid">
        <div className="form-field">
          <label htmlFor={`${id}-email`}>E-mail to (optional)</label>
          <input
            id={`${id}-email`}
            className="input"
            type="text"
            inputMode="email"
            placeholder="analyst@example.com, desk@example.com"
            value={emailTo}
            onChange={(e) => setEmailTo(e.target.value)}
            {...described('emailTo')}
          />
          {errorLine('emailTo') ?? (
            <p className="field-hint">Each run's file is e-mailed to these addresses.</p>
          )}
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-subject`}>E-mail subject (optional)</label>
          <input
            id={`${id}-subject`}
            className="input"
            value={emailSubject}
            placeholder={name ? `${name}: <first day> to <last day>` : ''}
            onChange={(e) => setEmailSubject(e.target.value)}
            {...described('emailSubject')}
          />
          {errorLine('emailSubject')}
        </div>
      </div>

      <div className="form-field">
        <label htmlFor={`${id}-webhook`}>Webhook URL (optional)</label>
        <input
          id={`${id}-webhook`}
          className="input"
          type="url"
          placeholder="https://reports.example.com/tradeflow"
          value={webhookUrl}
          onChange={(e) => setWebhookUrl(e.target.value)}
          {...described('webhookUrl')}
        />
        {errorLine('webhookUrl') ?? <p className="field-hint">Each run's file is POSTed there, signed.</p>}
      </div>

      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="submit"
          className="button button-primary"
          disabled={busy || !name.trim() || !!preview.error}
        >
          {busy ? 'Saving…' : initial ? 'Save changes' : 'Create report'}
        </button>
      </div>
    </form>
  );
}
