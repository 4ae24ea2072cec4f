import { GROUP_BYS, CONCENTRATION_BASES, type GroupBy } from '../contract/analytics-contract';
import {
  ALERT_METRICS,
  ALERT_OPERATORS,
  type AlertMetric,
  type AlertNotification,
  type AlertOperator,
  type AlertState,
} from '../contract/alert-contract';
import { groupKeyProblem } from '../analytics/group-keys';
import { emailListProblems } from '../reports/email-address';
import { isoDurationMs } from '../reports/iso-duration';
import { REPORT_WINDOWS } from '../reports/report-window';
import { isValidTimeZone } from '../reports/time-zone';
import { shipmentFilterErrors } from '../reports/validate-report';
import type { FieldError } from '../shipment/shipment';

const FIELDS = [
  'name',
  'metric',
  'params',
  'operator',
  'threshold',
  'window',
  'cron',
  'timezone',
  'enabled',
  'emailTo',
  'webhookUrl',
  'remindEvery',
];
const PARAM_KEYS = ['filters', 'dimension', 'key', 'basis', 'targetId'];
const CRON_FIELD = /^[\d*,/\-A-Za-z?LW#]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HTTP_URL = /^https?:\/\/[^\s/?#@]+(?::\d{1,5})?(?:[/?#][^\s]*)?$/i;

/** Metrics whose threshold and operator come from a stored target instead of the alert. */
const NEEDS_THRESHOLD = new Set<AlertMetric>(['share', 'hhi', 'flow_rate', 'days_since_last_arrival']);

/**
 * Checks an alert definition (POST body, or the merged definition of a PATCH). The cron's shape is
 * checked here; whether it names real times is checked by the API's cron parser, as for reports.
 */
export function validateAlertInput(input: Record<string, unknown>): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => errors.push({ field, message });
  for (const key of Object.keys(input)) if (!FIELDS.includes(key)) add(key, 'unknown field');
  const { name, metric, params, operator, threshold, window, cron, timezone, enabled } = input;
  for (const field of ['name', 'metric', 'params', 'cron', 'timezone']) {
    if (input[field] === undefined || input[field] === null) add(field, 'is required');
  }
  if (name !== undefined && name !== null) {
    if (typeof name !== 'string' || name.trim() === '') add('name', 'must be a non-empty string');
    else if ([...name].length > 200) add('name', 'must be at most 200 characters');
  }
  const knownMetric = (ALERT_METRICS as readonly unknown[]).includes(metric);
  if (metric !== undefined && metric !== null && !knownMetric) {
    add('metric', `must be one of ${ALERT_METRICS.join(', ')}`);
  }
  if (params !== undefined && params !== null) {
    errors.push(...alertParamsErrors(params, knownMetric ? (metric as AlertMetric) : undefined));
  }
  if (
    operator !== undefined &&
    operator !== null &&
    !(ALERT_OPERATORS as readonly unknown[]).includes(operator)
  ) {
    add('operator', `must be one of ${ALERT_OPERATORS.join(', ')}`);
  }
  if (threshold !== undefined && threshold !== null) {
    if (typeof threshold !== 'number' || !Number.isFinite(threshold)) add('threshold', 'must be a number');
    else if (metric === 'share' && (threshold < 0 || threshold > 1)) {
      add('threshold', 'a share is from 0 to 1 (0.6 = 60%)');
    } else if (threshold < 0) add('threshold', 'must be 0 or more');
  }
  if (knownMetric && NEEDS_THRESHOLD.has(metric as AlertMetric)) {
    if (threshold === undefined || threshold === null)
      add('threshold', `is required for ${metric as string}`);
    if (operator === undefined || operator === null) add('operator', `is required for ${metric as string}`);
  }
  if (window !== undefined && window !== null && !(REPORT_WINDOWS as readonly unknown[]).includes(window)) {
    add('window', `must be one of ${REPORT_WINDOWS.join(', ')}`);
  }
  if (metric === 'flow_rate' && (window === undefined || window === null || window === 'all')) {
    add('window', 'a flow rate needs a bounded window, e.g. last_30_days');
  }
  if (cron !== undefined && cron !== null) {
    const parts = typeof cron === 'string' ? cron.trim().split(/\s+/) : [];
    if (typeof cron !== 'string' || parts.length !== 5 || !parts.every((f) => CRON_FIELD.test(f))) {
      add('cron', 'must have five fields: minute hour day-of-month month day-of-week, e.g. "0 6 * * *"');
    }
  }
  if (timezone !== undefined && timezone !== null) {
    if (typeof timezone !== 'string' || !isValidTimeZone(timezone)) {
      add(
        'timezone',
        `unknown time zone ${JSON.stringify(timezone)}; use an IANA name such as Asia/Karachi or UTC`,
      );
    }
  }
  if (enabled !== undefined && typeof enabled !== 'boolean') add('enabled', 'must be true or false');
  for (const problem of emailListProblems(input['emailTo'])) add('emailTo', problem);
  const webhookUrl = input['webhookUrl'];
  if (webhookUrl !== undefined && webhookUrl !== null) {
    if (typeof webhookUrl !== 'string' || webhookUrl.length > 2000 || !HTTP_URL.test(webhookUrl)) {
      add('webhookUrl', 'must be an http:// or https:// URL');
    }
  }
  const remindEvery = input['remindEvery'];
  if (remindEvery !== undefined && remindEvery !== null && isoDurationMs(remindEvery) === undefined) {
    add('remindEvery', 'must be an ISO 8601 duration of weeks, days, hours or minutes, e.g. P7D or PT12H');
  }
  return errors;
}

function alertParamsErrors(params: unknown, metric: AlertMetric | undefined): FieldError[] {
  if (typeof params !== 'object' || Array.isArray(params))
    return [{ field: 'params', message: 'must be an object' }];
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => errors.push({ field: `params.${field}`, message });
  const p = params as Record<string, unknown>;
  for (const key of Object.keys(p)) if (!PARAM_KEYS.includes(key)) add(key, 'unknown field');
  const dimension = p['dimension'] ?? 'origin';
  if (p['dimension'] !== undefined) {
    if (metric !== 'share' && metric !== 'hhi') add('dimension', 'applies to share and hhi alerts only');
    else if (!(GROUP_BYS as readonly unknown[]).includes(p['dimension'])) {
      add('dimension', `must be one of ${GROUP_BYS.join(', ')}`);
    }
  }
  if (metric === 'share') {
    if (typeof p['key'] !== 'string' || p['key'] === '')
      add('key', 'is required for a share: e.g. RU or CNY');
    else if ((GROUP_BYS as readonly unknown[]).includes(dimension)) {
      const problem = groupKeyProblem(dimension as GroupBy, p['key']);
      if (problem) add('key', problem);
    }
  } else if (p['key'] !== undefined) add('key', 'applies to share alerts only');
  if (p['basis'] !== undefined) {
    if (metric !== 'share' && metric !== 'hhi') add('basis', 'applies to share and hhi alerts only');
    else if (!(CONCENTRATION_BASES as readonly unknown[]).includes(p['basis'])) {
      add('basis', `must be one of ${CONCENTRATION_BASES.join(', ')}`);
    }
  }
  if (metric === 'target') {
    if (typeof p['targetId'] !== 'string' || !UUID.test(p['targetId']))
      add('targetId', 'is required: the id of a target');
  } else if (p['targetId'] !== undefined) add('targetId', 'applies to target alerts only');
  if (p['filters'] !== undefined) errors.push(...shipmentFilterErrors(p['filters']));
  return errors;
}

/** Whether `value` is on the wrong side of the threshold; no value (nothing to measure) is not. */
export function isBreached(operator: AlertOperator, value: number | null, threshold: number | null): boolean {
  if (value === null || threshold === null) return false;
  return operator === 'above' ? value > threshold : value < threshold;
}

export interface AlertTransitionInput {
  previous: AlertState;
  breached: boolean;
  /** When the last message (triggered or reminder) went out; null when none. */
  lastNotifiedAt: Date | null;
  now: Date;
  /** From `remindEvery`; undefined: no reminders. */
  remindEveryMs: number | undefined;
}

/**
 * The alert's next state and the message it sends: one when it becomes triggered, one when it
 * clears, none while it stays as it is, except a reminder every `remindEvery` while triggered.
 */
export function alertTransition({
  previous,
  breached,
  lastNotifiedAt,
  now,
  remindEveryMs,
}: AlertTransitionInput): { state: AlertState; notification: AlertNotification | null } {
  if (breached && previous === 'ok') return { state: 'triggered', notification: 'triggered' };
  if (!breached && previous === 'triggered') return { state: 'ok', notification: 'resolved' };
  if (breached && remindEveryMs !== undefined && lastNotifiedAt) {
    if (now.getTime() - lastNotifiedAt.getTime() >= remindEveryMs) {
      return { state: 'triggered', notification: 'reminder' };
    }
  }
  return { state: previous, notification: null };
}

/** Whole days from the latest arrival date to `today` (both YYYY-MM-DD); null when there is none. */
export function daysSince(lastArrival: string | null, today: string): number | null {
  if (!lastArrival) return null;
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${lastArrival}T00:00:00Z`)) / 86_400_000);
}

/** Days from `from` to `to`, both included (YYYY-MM-DD). */
export function daysInRange(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** A value of the metric for people: "42.5%", "HHI 3,120", "12.4 kb/d", "9 days", "missed". */
export function alertValueText(metric: AlertMetric, value: number | null): string {
  if (value === null) return 'no value (nothing arrived)';
  const grouped = (n: number, digits: number) =>
    n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  switch (metric) {
    case 'share':
      return `${grouped(value * 100, 1)}%`;
    case 'hhi':
      return `HHI ${grouped(value, 0)}`;
    case 'flow_rate':
      return `${grouped(value, 1)} kb/d`;
    case 'days_since_last_arrival':
      return `${grouped(value, 0)} day${value === 1 ? '' : 's'}`;
    case 'target':
      return grouped(value, value < 1 ? 3 : 1);
  }
}
