// /api/alerts: a figure watched on a schedule, with a message when it crosses a line.
import type { ReportWindow } from '../reports/report-window';
import type { ConcentrationBasis, GroupBy, ShipmentFilters } from './analytics-contract';

/**
 * share: the share of one key of a dimension (origin RU, currency CNY), 0..1, by volume or USD value;
 * hhi: the Herfindahl-Hirschman index of a dimension (0..10,000); flow_rate: kb/d of the selection;
 * target: a stored target (1 when missed, 0 when met); days_since_last_arrival: whole days since the
 * latest arrival of the selection, in the alert's time zone.
 */
export const ALERT_METRICS = ['share', 'hhi', 'flow_rate', 'target', 'days_since_last_arrival'] as const;
export type AlertMetric = (typeof ALERT_METRICS)[number];

export const ALERT_OPERATORS = ['above', 'below'] as const;
export type AlertOperator = (typeof ALERT_OPERATORS)[number];

export const ALERT_STATES = ['ok', 'triggered'] as const;
export type AlertState = (typeof ALERT_STATES)[number];

/** What a message said: the alert fired, cleared, or is still firing after `remindEvery`. */
export const ALERT_NOTIFICATIONS = ['triggered', 'resolved', 'reminder'] as const;
export type AlertNotification = (typeof ALERT_NOTIFICATIONS)[number];

export const ALERT_EVALUATION_TRIGGERS = ['schedule', 'manual'] as const;
export type AlertEvaluationTrigger = (typeof ALERT_EVALUATION_TRIGGERS)[number];

export interface AlertParams {
  /** The same shipment filters as a report's (no from/to: the window gives the dates). */
  filters?: Omit<ShipmentFilters, 'from' | 'to'>;
  /** share and hhi: the dimension (origin by default). */
  dimension?: GroupBy;
  /** share: the key whose share is watched, e.g. RU or CNY. */
  key?: string;
  /** share and hhi: by tonnes (`volume`, default) or USD value. */
  basis?: ConcentrationBasis;
  /** target: the id of the stored target. */
  targetId?: string;
}

export interface AlertInput {
  name: string;
  metric: AlertMetric;
  params: AlertParams;
  /** Triggered when the value is above / below the threshold (target: missed is triggered; both optional). */
  operator?: AlertOperator;
  threshold?: number;
  /** Arrival dates the value is computed over, relative to the evaluation (not for days_since_last_arrival). */
  window?: ReportWindow;
  cron: string;
  timezone: string;
  enabled?: boolean;
  emailTo?: string[];
  webhookUrl?: string | null;
  /** ISO 8601 duration (`P7D`): repeat the message this often while the alert stays triggered. */
  remindEvery?: string | null;
}

export interface Alert {
  id: string;
  name: string;
  metric: AlertMetric;
  params: AlertParams;
  operator: AlertOperator;
  threshold: number | null;
  window: ReportWindow;
  cron: string;
  timezone: string;
  enabled: boolean;
  emailTo: string[];
  webhookUrl: string | null;
  remindEvery: string | null;
  state: AlertState;
  lastValue: number | null;
  lastEvaluatedAt: string | null;
  nextRuns: string[];
  createdAt: string;
  updatedAt: string;
}

/** Answer of POST /api/alerts: the webhook secret is shown once (when REPORT_WEBHOOK_SECRET is not set). */
export interface CreatedAlert extends Alert {
  webhookSecret?: string;
}

export interface AlertEvaluation {
  id: string;
  alertId: string;
  trigger: AlertEvaluationTrigger;
  /** The cron slot, or the request time of an on-demand evaluation. */
  scheduledFor: string;
  evaluatedAt: string;
  /** null when there is nothing to measure (a share of no imports). */
  value: number | null;
  threshold: number | null;
  state: AlertState;
  notification: AlertNotification | null;
  /** Arrival dates the value covers; null when unbounded. */
  windowFrom: string | null;
  windowTo: string | null;
}

/** POST /api/alerts/preview: the value the alert would see now, before it is saved. */
export interface AlertPreview {
  value: number | null;
  threshold: number | null;
  state: AlertState;
  windowFrom: string | null;
  windowTo: string | null;
}
