// Scheduled CSV reports (/api/reports): definitions, runs and their parameters.
import type { Granularity } from '../analytics/buckets';
import type { ReportWindow } from '../reports/report-window';
import type { GroupBy, ShipmentFilters, TimeseriesMetric } from './analytics-contract';

export const REPORT_KINDS = ['shipments', 'timeseries', 'concentration'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** What a report contains. The arrival-date range comes from `window`, never from the filters. */
export interface ReportParams {
  window: ReportWindow;
  filters?: Omit<ShipmentFilters, 'from' | 'to'>;
  /** timeseries and concentration: the dimension the shares are computed over. */
  groupBy?: GroupBy;
  /** timeseries and concentration: the bucket size. */
  granularity?: Granularity;
  /** timeseries: what is summed (tonnes by default). */
  metric?: TimeseriesMetric;
}

export interface ReportInput {
  name: string;
  kind: ReportKind;
  params: ReportParams;
  /** Five fields: minute hour day-of-month month day-of-week, e.g. `0 6 * * 1` (Mondays 06:00). */
  cron: string;
  /** IANA time zone the cron runs in, e.g. Asia/Karachi. */
  timezone: string;
  enabled?: boolean;
  /** HTTP(S) URL that receives each run's CSV by POST, signed with X-Tradeflow-Signature. */
  webhookUrl?: string | null;
}

export interface Report extends Required<ReportInput> {
  id: string;
  webhookUrl: string | null;
  /** The next three scheduled times, ISO 8601 in UTC; empty when the report is disabled. */
  nextRuns: string[];
  createdAt: string;
  updatedAt: string;
}

/** Answer of POST /api/reports: the per-report webhook secret is shown once, at creation. */
export interface CreatedReport extends Report {
  webhookSecret?: string;
}

export const REPORT_RUN_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;
export type ReportRunStatus = (typeof REPORT_RUN_STATUSES)[number];

/** none: no webhook. pending: waiting for (another) attempt. */
export const DELIVERY_STATUSES = ['none', 'pending', 'delivered', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export const REPORT_RUN_TRIGGERS = ['schedule', 'manual'] as const;
export type ReportRunTrigger = (typeof REPORT_RUN_TRIGGERS)[number];

export interface ReportRun {
  id: string;
  reportId: string;
  trigger: ReportRunTrigger;
  /** The cron slot (or the request time of a manual run) the run belongs to. */
  scheduledFor: string;
  status: ReportRunStatus;
  attempts: number;
  startedAt: string | null;
  finishedAt: string | null;
  /** Arrival dates covered (from the window), null when unbounded. */
  windowFrom: string | null;
  windowTo: string | null;
  rowCount: number | null;
  /** Size of the CSV, uncompressed. */
  bytes: number | null;
  error: string | null;
  deliveryStatus: DeliveryStatus;
  deliveryAttempts: number;
  deliveredAt: string | null;
  deliveryError: string | null;
}
