import {
  ALERT_METRICS,
  type AlertInput,
  alertValueText,
  CONCENTRATION_BASES,
  filtersInWords,
  GROUP_BYS,
  REPORT_WINDOWS,
  validateAlertInput,
} from '@tradeflow/domain';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useMemo, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { alertPreviewQuery, alertQuery, createAlert, updateAlert } from '../../api/alerts';
import { REPORT_WINDOW_OPTIONS } from '../../api/reports';
import { targetsQuery } from '../../api/targets';
import { PageHeader } from '../../layout/page-header';
import { ErrorState, Skeleton } from '../../layout/states';
import { useToast } from '../../layout/toasts';
import { describeCron, timeZones } from '../reports/cron-helper';
import {
  alertForm,
  type AlertFormState,
  alertInput,
  METRIC_LABELS,
  newAlertForm,
  THRESHOLD_UNITS,
} from './alert-form-model';
import { type FormErrors, formErrorsOf, NO_FORM_ERRORS } from '../../forms/form-errors';
import { fieldControlProps } from '../../forms/form-field';
import { useWrite } from '../../api/writes';

const ALERT_FORM_FIELDS = [
  'name',
  'window',
  'threshold',
  'remindEvery',
  'cron',
  'webhookUrl',
  'emailTo',
  'params.filters',
  'params.key',
  'params.targetId',
] as const;
type AlertFormField = (typeof ALERT_FORM_FIELDS)[number];

/** The field that shows an API field: 'params.filters.origin[0]' shows under the filters. */
function alertFieldOf(apiField: string): AlertFormField | null {
  return (
    ALERT_FORM_FIELDS.find(
      (field) => apiField === field || apiField.startsWith(`${field}.`) || apiField.startsWith(`${field}[`),
    ) ?? null
  );
}

const FIELD_WORDS: Record<string, string> = {
  name: 'Name',
  metric: 'What to watch',
  'params.key': 'Key',
  'params.targetId': 'Target',
  threshold: 'Threshold',
  operator: 'Fires when',
  window: 'Arrivals covered',
  cron: 'Schedule',
  timezone: 'Time zone',
  emailTo: 'E-mail to',
  webhookUrl: 'Webhook URL',
  remindEvery: 'Remind every',
};

const windowLabel = (value: string) => REPORT_WINDOW_OPTIONS.find((w) => w.value === value)?.label ?? value;

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

function AlertForm({ initial, alertId }: { initial: AlertFormState; alertId?: string }) {
  const id = useId();
  const zones = useMemo(timeZones, []);
  const navigate = useNavigate();
  const location = useLocation();
  const toast = useToast();
  const targets = useQuery({ ...targetsQuery, enabled: true });
  const [form, setForm] = useState<AlertFormState>(initial);
  const save = useWrite(
    'alerts',
    (input: AlertInput) => (alertId ? updateAlert(alertId, input) : createAlert(input)),
    {
      onSuccess: (saved) => {
        toast(`Alert “${saved.name}” saved`);
        navigate({ pathname: '/alerts', search: location.search });
      },
    },
  );
  const problems: FormErrors<AlertFormField> = save.error
    ? formErrorsOf(save.error, alertFieldOf, 'Could not save the alert.')
    : NO_FORM_ERRORS;
  const errors = problems.byField;
  const formError = problems.form;
  const busy = save.isPending;
  const set = <K extends keyof AlertFormState>(key: K, value: AlertFormState[K]) =>
    setForm((current) => ({ ...current, [key]: value }));

  const input = useMemo(() => alertInput(form), [form]);
  // Preview once the definition would be valid (the name aside): the value updates as you type.
  const previewable = useMemo(() => {
    const problems = validateAlertInput({ ...input, name: input.name || 'preview' } as unknown as Record<
      string,
      unknown
    >);
    return problems.length === 0 ? ({ ...input, name: input.name || 'preview' } as AlertInput) : null;
  }, [input]);
  const debounced = useDebounced(previewable, 300);
  const preview = useQuery(alertPreviewQuery(debounced));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(input);
  };

  const described = (field: AlertFormField) => {
    const { 'aria-invalid': invalid, 'aria-describedby': describedBy } = fieldControlProps(
      `${id}-${field}`,
      errors[field],
      false,
    );
    return { 'aria-invalid': invalid, 'aria-describedby': describedBy };
  };
  const errorLine = (field: AlertFormField) =>
    errors[field] ? (
      <p className="field-error" id={`${id}-${field}-error`}>
        {FIELD_WORDS[field] ? `${FIELD_WORDS[field]}: ` : ''}
        {errors[field]}
      </p>
    ) : null;
  const metric = form.metric;
  const previewText = preview.data
    ? `${alertValueText(metric, preview.data.value)}${
        preview.data.windowFrom ? ` (arrivals ${preview.data.windowFrom} to ${preview.data.windowTo})` : ''
      }`
    : null;

  return (
    <form className="report-form card form-card" onSubmit={submit} noValidate aria-label="Alert">
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
            value={form.name}
            onChange={(e) => set('name', e.target.value)}
            {...described('name')}
          />
          {errorLine('name')}
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-metric`}>What to watch</label>
          <select
            id={`${id}-metric`}
            className="input"
            value={metric}
            onChange={(e) => set('metric', e.target.value as AlertFormState['metric'])}
          >
            {ALERT_METRICS.map((m) => (
              <option key={m} value={m}>
                {METRIC_LABELS[m]}
              </option>
            ))}
          </select>
        </div>
        {metric === 'share' || metric === 'hhi' ? (
          <div className="form-field">
            <label htmlFor={`${id}-dimension`}>Among</label>
            <select
              id={`${id}-dimension`}
              className="input"
              value={form.dimension}
              onChange={(e) => set('dimension', e.target.value as AlertFormState['dimension'])}
            >
              {GROUP_BYS.map((g) => (
                <option key={g} value={g}>
                  {g === 'origin'
                    ? 'origin countries'
                    : g === 'mode'
                      ? 'transport modes'
                      : `${g === 'currency' ? 'currencies' : g === 'commodity' ? 'commodities' : `${g}s`}`}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {metric === 'share' ? (
          <div className="form-field">
            <label htmlFor={`${id}-key`}>Key (e.g. RU, CNY)</label>
            <input
              id={`${id}-key`}
              className="input"
              value={form.key}
              onChange={(e) => set('key', e.target.value)}
              {...described('params.key')}
            />
            {errorLine('params.key')}
          </div>
        ) : null}
        {metric === 'share' || metric === 'hhi' ? (
          <div className="form-field">
            <label htmlFor={`${id}-basis`}>By</label>
            <select
              id={`${id}-basis`}
              className="input"
              value={form.basis}
              onChange={(e) => set('basis', e.target.value as AlertFormState['basis'])}
            >
              {CONCENTRATION_BASES.map((b) => (
                <option key={b} value={b}>
                  {b === 'volume' ? 'volume (tonnes)' : 'USD value'}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {metric === 'target' ? (
          <div className="form-field">
            <label htmlFor={`${id}-target`}>Target</label>
            <select
              id={`${id}-target`}
              className="input"
              value={form.targetId}
              onChange={(e) => set('targetId', e.target.value)}
              {...described('params.targetId')}
            >
              <option value="">Choose a target</option>
              {(targets.data ?? []).map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
            {errorLine('params.targetId')}
          </div>
        ) : (
          <>
            <div className="form-field">
              <label htmlFor={`${id}-operator`}>Fires when the value is</label>
              <select
                id={`${id}-operator`}
                className="input"
                value={form.operator}
                onChange={(e) => set('operator', e.target.value as AlertFormState['operator'])}
              >
                <option value="above">above</option>
                <option value="below">below</option>
              </select>
            </div>
            <div className="form-field">
              <label htmlFor={`${id}-threshold`}>
                Threshold{THRESHOLD_UNITS[metric] ? ` (${THRESHOLD_UNITS[metric]})` : ''}
              </label>
              <input
                id={`${id}-threshold`}
                className="input"
                inputMode="decimal"
                value={form.threshold}
                onChange={(e) => set('threshold', e.target.value)}
                {...described('threshold')}
              />
              {errorLine('threshold')}
            </div>
          </>
        )}
        {metric === 'days_since_last_arrival' ? null : (
          <div className="form-field">
            <label htmlFor={`${id}-window`}>Arrivals covered</label>
            <select
              id={`${id}-window`}
              className="input"
              value={form.window}
              onChange={(e) => set('window', e.target.value as AlertFormState['window'])}
              {...described('window')}
            >
              {REPORT_WINDOWS.map((w) => (
                <option key={w} value={w}>
                  {windowLabel(w)}
                </option>
              ))}
            </select>
            {errorLine('window')}
          </div>
        )}
        <div className="form-field" role="group" aria-labelledby={`${id}-selection`}>
          <span className="form-label" id={`${id}-selection`}>
            Selection
          </span>
          <p className="report-filters">{filtersInWords(form.filters)}</p>
          {errorLine('params.filters')}
        </div>
      </div>

      <div className="alert-preview next-runs" aria-live="polite" data-testid="alert-preview">
        <p className="field-label">Current value</p>
        {preview.isError ? (
          <p className="field-error">
            {preview.error instanceof Error ? preview.error.message : 'No preview'}
          </p>
        ) : previewText && preview.data ? (
          <p>
            <strong>{previewText}</strong>
            {' · '}
            {preview.data.state === 'triggered' ? 'the alert would fire now' : 'the alert would not fire now'}
          </p>
        ) : (
          <p className="muted">Complete the definition to see the value it watches.</p>
        )}
      </div>

      <fieldset className="form-section">
        <legend>Schedule and messages</legend>
        <div className="form-grid">
          <div className="form-field">
            <label htmlFor={`${id}-cron`}>Evaluate (cron: min hour day month weekday)</label>
            <input
              id={`${id}-cron`}
              className="input input-mono"
              value={form.cron}
              onChange={(e) => set('cron', e.target.value)}
              {...described('cron')}
            />
            {errorLine('cron') ?? <p className="field-hint">{describeCron(form.cron)}</p>}
          </div>
          <div className="form-field">
            <label htmlFor={`${id}-tz`}>Time zone</label>
            <select
              id={`${id}-tz`}
              className="input"
              value={form.timezone}
              onChange={(e) => set('timezone', e.target.value)}
            >
              {zones.map((zone) => (
                <option key={zone} value={zone}>
                  {zone}
                </option>
              ))}
            </select>
          </div>
          <div className="form-field">
            <label htmlFor={`${id}-email`}>E-mail to (optional)</label>
            <input
              id={`${id}-email`}
              className="input"
              inputMode="email"
              value={form.emailTo}
              onChange={(e) => set('emailTo', e.target.value)}
              {...described('emailTo')}
            />
            {errorLine('emailTo')}
          </div>
          <div className="form-field">
            <label htmlFor={`${id}-webhook`}>Webhook URL (optional)</label>
            <input
              id={`${id}-webhook`}
              className="input"
              type="url"
              value={form.webhookUrl}
              onChange={(e) => set('webhookUrl', e.target.value)}
              {...described('webhookUrl')}
            />
            {errorLine('webhookUrl')}
          </div>
          <div className="form-field">
            <label htmlFor={`${id}-remind`}>Remind every (optional, e.g. P7D)</label>
            <input
              id={`${id}-remind`}
              className="input"
              value={form.remindEvery}
              onChange={(e) => set('remindEvery', e.target.value)}
              {...described('remindEvery')}
            />
            {errorLine('remindEvery') ?? (
              <p className="field-hint">
                While it stays triggered; otherwise one message when it fires and one when it clears.
              </p>
            )}
          </div>
        </div>
      </fieldset>

      <div className="form-actions">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => navigate({ pathname: '/alerts', search: location.search })}
        >
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={busy || !form.name.trim()}>
          {busy ? 'Saving…' : alertId ? 'Save changes' : 'Create alert'}
        </button>
      </div>
    </form>
  );
}

/** /alerts/new: prefilled from the dashboard filters in the address. */
export function NewAlertPage() {
  const location = useLocation();
  const initial = useMemo(() => newAlertForm(new URLSearchParams(location.search)), [location.search]);
  return (
    <div className="page">
      <PageHeader
        title="New alert"
        subtitle="Watch a figure; see its current value while you set the threshold"
      />
      <AlertForm initial={initial} />
    </div>
  );
}

/** /alerts/:id/edit */
export function EditAlertPage() {
  const { id = '' } = useParams();
  const alert = useQuery(alertQuery(id));
  return (
    <div className="page">
      <PageHeader title={alert.data ? `Edit “${alert.data.name}”` : 'Edit alert'} />
      {alert.isPending ? (
        <Skeleton height={300} label="Loading the alert" />
      ) : alert.isError ? (
        <ErrorState error={alert.error} onRetry={() => void alert.refetch()} />
      ) : (
        <AlertForm initial={alertForm(alert.data)} alertId={id} />
      )}
    </div>
  );
}
