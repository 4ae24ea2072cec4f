import type {
  Alert,
  AlertInput,
  AlertMetric,
  AlertOperator,
  ConcentrationBasis,
  GroupBy,
  ReportWindow,
  ShipmentFilters,
} from '@tradeflow/domain';
import { DEFAULT_FILTERS, parseFilters } from '../../filters/dashboard-filters';

export type AlertFilters = Omit<ShipmentFilters, 'from' | 'to'>;

/** What the alert form edits; a share threshold is typed in percent. */
export interface AlertFormState {
  name: string;
  metric: AlertMetric;
  dimension: GroupBy;
  key: string;
  basis: ConcentrationBasis;
  targetId: string;
  filters: AlertFilters;
  operator: AlertOperator;
  /** As typed: percent for a share, else the metric's own unit. */
  threshold: string;
  window: ReportWindow;
  cron: string;
  timezone: string;
  emailTo: string;
  webhookUrl: string;
  remindEvery: string;
  enabled: boolean;
}

export const METRIC_LABELS: Record<AlertMetric, string> = {
  share: 'Share of one supplier or currency',
  hhi: 'Concentration (HHI)',
  flow_rate: 'Flow rate (kb/d)',
  target: 'A stored target is missed',
  days_since_last_arrival: 'Days since the last arrival',
};

export const THRESHOLD_UNITS: Record<AlertMetric, string> = {
  share: '%',
  hhi: 'HHI points (0–10,000)',
  flow_rate: 'kb/d',
  target: '',
  days_since_last_arrival: 'days',
};

/**
 * A new alert's form, prefilled from the dashboard filters in the address (the same parameter
 * names the dashboard uses: `?origin=RU&commodity=crude_oil`). A single origin becomes the key of
 * a share alert: "Russia's share of crude oil imports".
 */
export function newAlertForm(search: URLSearchParams): AlertFormState {
  const dashboard = parseFilters(search);
  const filters: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(dashboard)) {
    const empty = (DEFAULT_FILTERS as unknown as Record<string, unknown>)[name];
    if (Array.isArray(value) && value.length && Array.isArray(empty)) filters[name] = value as string[];
  }
  const origins = filters['origin'] ?? [];
  const singleOrigin = origins.length === 1 ? (origins[0] as string) : '';
  if (singleOrigin) delete filters['origin'];
  return {
    name: '',
    metric: 'share',
    dimension: 'origin',
    key: singleOrigin,
    basis: 'volume',
    targetId: '',
    filters: filters as AlertFilters,
    operator: 'above',
    threshold: '',
    window: 'last_30_days',
    cron: '0 7 * * *',
    timezone: 'Asia/Karachi',
    emailTo: '',
    webhookUrl: '',
    remindEvery: '',
    enabled: true,
  };
}

export function alertForm(alert: Alert): AlertFormState {
  const threshold =
    alert.threshold === null ? '' : alert.metric === 'share' ? alert.threshold * 100 : alert.threshold;
  return {
    name: alert.name,
    metric: alert.metric,
    dimension: alert.params.dimension ?? 'origin',
    key: alert.params.key ?? '',
    basis: alert.params.basis ?? 'volume',
    targetId: alert.params.targetId ?? '',
    filters: alert.params.filters ?? {},
    operator: alert.operator,
    threshold: String(threshold === '' ? '' : Number(Number(threshold).toPrecision(12))),
    window: alert.window,
    cron: alert.cron,
    timezone: alert.timezone,
    emailTo: alert.emailTo.join(', '),
    webhookUrl: alert.webhookUrl ?? '',
    remindEvery: alert.remindEvery ?? '',
    enabled: alert.enabled,
  };
}

/** The API body of the form; a threshold that is not a number is sent as it is, for the API to name. */
export function alertInput(form: AlertFormState): AlertInput {
  const typed = form.threshold.trim();
  const number = typed === '' ? undefined : Number(typed.replace(',', '.'));
  const threshold =
    number === undefined || Number.isNaN(number)
      ? undefined
      : form.metric === 'share'
        ? Number((number / 100).toPrecision(12))
        : number;
  const shares = form.metric === 'share' || form.metric === 'hhi';
  return {
    name: form.name.trim(),
    metric: form.metric,
    params: {
      ...(Object.keys(form.filters).length ? { filters: form.filters } : {}),
      ...(shares ? { dimension: form.dimension, basis: form.basis } : {}),
      ...(form.metric === 'share' ? { key: form.key.trim().toUpperCase() } : {}),
      ...(form.metric === 'target' ? { targetId: form.targetId } : {}),
    },
    ...(form.metric === 'target' ? {} : { operator: form.operator }),
    ...(threshold === undefined ? {} : { threshold }),
    ...(form.metric === 'days_since_last_arrival' ? {} : { window: form.window }),
    cron: form.cron.trim(),
    timezone: form.timezone,
    enabled: form.enabled,
    emailTo: form.emailTo
      .split(/[\s,;]+/)
      .map((address) => address.trim())
      .filter(Boolean),
    webhookUrl: form.webhookUrl.trim() || null,
    remindEvery: form.remindEvery.trim() || null,
  };
}
