import { isCommodityCode } from '../codes/commodities';
import { isCountryCode } from '../codes/countries';
import { isCurrencyCode } from '../codes/currencies';
import { isTransportMode } from '../codes/transport-modes';
import { ANALYTICS_GRANULARITIES, GROUP_BYS, TIMESERIES_METRICS } from '../contract/analytics-contract';
import { REPORT_COLUMN_SETS, REPORT_FORMATS, REPORT_KINDS } from '../contract/report-contract';
import { emailListProblems } from './email-address';
import { SHIPMENT_STATUSES, type FieldError } from '../shipment/shipment';
import { REPORT_WINDOWS } from './report-window';
import { isValidTimeZone } from './time-zone';

const FIELDS = [
  'name',
  'kind',
  'params',
  'cron',
  'timezone',
  'enabled',
  'webhookUrl',
  'format',
  'skipIfEmpty',
  'emailTo',
  'emailSubject',
] as const;
const REQUIRED = new Set(['name', 'kind', 'params', 'cron', 'timezone']);
const PARAM_KEYS = ['window', 'filters', 'groupBy', 'granularity', 'metric', 'columns'];
const FILTER_CODES: Record<string, (code: string) => boolean> = {
  commodity: isCommodityCode,
  origin: isCountryCode,
  currency: isCurrencyCode,
  mode: isTransportMode,
  status: (value) => (SHIPMENT_STATUSES as readonly string[]).includes(value),
  destination: isCountryCode,
};
const CRON_FIELD = /^[\d*,/\-A-Za-z?LW#]+$/;

export interface ValidateReportOptions {
  /** PATCH semantics: absent fields are fine; `kind` is the stored kind when the patch has none. */
  partial?: boolean;
  storedKind?: string;
}

/**
 * Checks a report definition (POST or PATCH body). Whether the cron expression names real times is
 * checked by the API with its cron parser; here only its shape (five fields) is.
 */
export function validateReportInput(
  input: Record<string, unknown>,
  options: ValidateReportOptions = {},
): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => errors.push({ field, message });
  for (const key of Object.keys(input)) {
    if (!(FIELDS as readonly string[]).includes(key)) add(key, 'unknown field');
  }
  for (const field of REQUIRED) {
    if (!options.partial && (input[field] === undefined || input[field] === null)) add(field, 'is required');
  }
  const { name, kind, params, cron, timezone, enabled, webhookUrl } = input;
  if (name !== undefined && name !== null) {
    if (typeof name !== 'string' || name.trim() === '') add('name', 'must be a non-empty string');
    else if ([...name].length > 200) add('name', 'must be at most 200 characters');
  }
  if (kind !== undefined && kind !== null && !(REPORT_KINDS as readonly unknown[]).includes(kind)) {
    add('kind', `must be one of ${REPORT_KINDS.join(', ')}`);
  }
  if (params !== undefined && params !== null) {
    errors.push(...paramsErrors(params, typeof kind === 'string' ? kind : options.storedKind));
  }
  if (cron !== undefined && cron !== null) {
    const fields = typeof cron === 'string' ? cron.trim().split(/\s+/) : [];
    if (typeof cron !== 'string' || fields.length !== 5 || !fields.every((f) => CRON_FIELD.test(f))) {
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
  if (webhookUrl !== undefined && webhookUrl !== null && !isHttpUrl(webhookUrl)) {
    add('webhookUrl', 'must be an http:// or https:// URL');
  }
  const { format, skipIfEmpty, emailTo, emailSubject } = input;
  if (format !== undefined && !(REPORT_FORMATS as readonly unknown[]).includes(format)) {
    add('format', `must be one of ${REPORT_FORMATS.join(', ')}`);
  }
  if (skipIfEmpty !== undefined && typeof skipIfEmpty !== 'boolean')
    add('skipIfEmpty', 'must be true or false');
  for (const problem of emailListProblems(emailTo)) add('emailTo', problem);
  if (emailSubject !== undefined && emailSubject !== null) {
    if (typeof emailSubject !== 'string' || [...emailSubject].length > 200 || /[\r\n]/.test(emailSubject)) {
      add('emailSubject', 'must be one line of at most 200 characters');
    }
  }
  return errors;
}

function paramsErrors(params: unknown, kind: string | undefined): FieldError[] {
  if (typeof params !== 'object' || Array.isArray(params))
    return [{ field: 'params', message: 'must be an object' }];
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => errors.push({ field: `params.${field}`, message });
  const p = params as Record<string, unknown>;
  for (const key of Object.keys(p)) if (!PARAM_KEYS.includes(key)) add(key, 'unknown field');
  if (p['window'] === undefined) add('window', `is required: one of ${REPORT_WINDOWS.join(', ')}`);
  else if (!(REPORT_WINDOWS as readonly unknown[]).includes(p['window'])) {
    add('window', `must be one of ${REPORT_WINDOWS.join(', ')}`);
  }
  const analytics = kind === 'timeseries' || kind === 'concentration';
  if (p['groupBy'] !== undefined) {
    if (!analytics) add('groupBy', 'applies to timeseries and concentration reports only');
    else if (!(GROUP_BYS as readonly unknown[]).includes(p['groupBy']))
      add('groupBy', `must be one of ${GROUP_BYS.join(', ')}`);
  }
  if (p['granularity'] !== undefined) {
    if (!analytics) add('granularity', 'applies to timeseries and concentration reports only');
    else if (!(ANALYTICS_GRANULARITIES as readonly unknown[]).includes(p['granularity'])) {
      add('granularity', `must be one of ${ANALYTICS_GRANULARITIES.join(', ')}`);
    }
  }
  if (p['metric'] !== undefined) {
    if (kind !== 'timeseries') add('metric', 'applies to timeseries reports only');
    else if (!(TIMESERIES_METRICS as readonly unknown[]).includes(p['metric'])) {
      add('metric', `must be one of ${TIMESERIES_METRICS.join(', ')}`);
    }
  }
  if (p['columns'] !== undefined) {
    if (kind !== 'shipments') add('columns', 'applies to shipments reports only');
    else if (!(REPORT_COLUMN_SETS as readonly unknown[]).includes(p['columns'])) {
      add('columns', `must be one of ${REPORT_COLUMN_SETS.join(', ')}`);
    }
  }
  if (p['filters'] !== undefined) errors.push(...shipmentFilterErrors(p['filters']));
  return errors;
}

/**
 * Problems of the stored shipment filters of a report or an alert (`params.filters`): lists of known
 * codes and `q`; the dates come from the window.
 */
export function shipmentFilterErrors(filters: unknown): FieldError[] {
  if (typeof filters !== 'object' || filters === null || Array.isArray(filters)) {
    return [{ field: 'params.filters', message: 'must be an object' }];
  }
  const errors: FieldError[] = [];
  for (const [key, value] of Object.entries(filters as Record<string, unknown>)) {
    const field = `params.filters.${key}`;
    if (key === 'from' || key === 'to') {
      errors.push({ field, message: 'the dates come from params.window; remove from/to' });
    } else if (key === 'q') {
      if (typeof value !== 'string' || [...value].length > 200) {
        errors.push({ field, message: 'must be a string of at most 200 characters' });
      }
    } else if (FILTER_CODES[key]) {
      const problem = codeListProblem(value, FILTER_CODES[key]);
      if (problem) errors.push({ field, message: problem });
    } else {
      errors.push({ field, message: 'unknown filter' });
    }
  }
  return errors;
}

/**
 * Why a filter's value is not a list of at most 100 known codes, or null. A single code is named as
 * such (a list of one is what is meant), so that a known code is never called unknown.
 */
function codeListProblem(value: unknown, known: (code: string) => boolean): string | null {
  if (!Array.isArray(value)) {
    if (typeof value === 'string' && known(value)) {
      return `must be a list of codes, not a single code: write [${JSON.stringify(value)}]`;
    }
    return `must be a list of known codes, not ${typeof value === 'string' ? `the single value ${JSON.stringify(value)}` : value === null ? 'null' : `a ${typeof value}`}`;
  }
  if (value.length > 100) return `must list at most 100 codes, got ${value.length}`;
  const unknown = value.filter((code) => typeof code !== 'string' || !known(code));
  return unknown.length
    ? `must be a list of known codes; not known: ${unknown.map((code) => JSON.stringify(code)).join(', ')}`
    : null;
}

// No URL class here: the domain library runs without DOM or Node.js typings.
const HTTP_URL = /^https?:\/\/[^\s/?#@]+(?::\d{1,5})?(?:[/?#][^\s]*)?$/i;

function isHttpUrl(value: unknown): boolean {
  return typeof value === 'string' && value.length <= 2000 && HTTP_URL.test(value);
}
