import { isCommodityCode } from '../codes/commodities';
import { isCountryCode } from '../codes/countries';
import { isCurrencyCode } from '../codes/currencies';
import { isTransportMode } from '../codes/transport-modes';
import { ANALYTICS_GRANULARITIES, GROUP_BYS, TIMESERIES_METRICS } from '../contract/analytics-contract';
import { REPORT_KINDS } from '../contract/report-contract';
import { SHIPMENT_STATUSES, type FieldError } from '../shipment/shipment';
import { REPORT_WINDOWS } from './report-window';
import { isValidTimeZone } from './time-zone';

const FIELDS = ['name', 'kind', 'params', 'cron', 'timezone', 'enabled', 'webhookUrl'] as const;
const REQUIRED = new Set(['name', 'kind', 'params', 'cron', 'timezone']);
const PARAM_KEYS = ['window', 'filters', 'groupBy', 'granularity', 'metric'];
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
  if (p['filters'] !== undefined) errors.push(...filterErrors(p['filters']));
  return errors;
}

function filterErrors(filters: unknown): FieldError[] {
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
      const valid = FILTER_CODES[key];
      if (
        !Array.isArray(value) ||
        value.length > 100 ||
        !value.every((v) => typeof v === 'string' && valid(v))
      ) {
        const bad = Array.isArray(value) ? value.filter((v) => typeof v !== 'string' || !valid(v)) : [value];
        errors.push({
          field,
          message: `must be a list of known codes; not known: ${bad.map((b) => JSON.stringify(b)).join(', ')}`,
        });
      }
    } else {
      errors.push({ field, message: 'unknown filter' });
    }
  }
  return errors;
}

// No URL class here: the domain library runs without DOM or Node.js typings.
const HTTP_URL = /^https?:\/\/[^\s/?#@]+(?::\d{1,5})?(?:[/?#][^\s]*)?$/i;

function isHttpUrl(value: unknown): boolean {
  return typeof value === 'string' && value.length <= 2000 && HTTP_URL.test(value);
}
