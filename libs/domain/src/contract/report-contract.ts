// Scheduled CSV reports (/api/reports): definitions, runs and their parameters.
import type { Granularity } from '../analytics/buckets';
import type { ReportWindow } from '../reports/report-window';
import type { GroupBy, ShipmentFilters, TimeseriesMetric } from './analytics-contract';

export const REPORT_KINDS = ['shipments', 'timeseries', 'concentration'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** File format of a report or an export: CSV (raw values) or an Excel workbook. */
export const REPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/**
 * Columns of a shipments file: `contract`, the 18 import columns (lossless, the default), or
 * `analyst`: those plus country and port names, barrels, the USD value and the fx rate used.
 */
export const REPORT_COLUMN_SETS = ['contract', 'analyst'] as const;
export type ReportColumnSet = (typeof REPORT_COLUMN_SETS)[number];

/** Where a run's file goes. */
export const DELIVERY_CHANNELS = ['email', 'webhook'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

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
  /** shipments: `contract` (default) or `analyst` columns. */
  columns?: ReportColumnSet;
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
  /** `csv` by default. */
  format?: ReportFormat;
  /** A run with no rows is recorded as `skipped` and sends nothing (false by default). */
  skipIfEmpty?: boolean;
  /** Each run's file is e-mailed to these addresses (at most 50); needs SMTP_URL on the server. */
  emailTo?: string[];
  /** Subject of the e-mail; "<name>: <from> to <to>" by default. */
  emailSubject?: string | null;
}

export interface Report extends Required<ReportInput> {
  id: string;
  webhookUrl: string | null;
  emailSubject: string | null;
  /** The next three scheduled times, ISO 8601 in UTC; empty when the report is disabled. */
  nextRuns: string[];
  createdAt: string;
  updatedAt: string;
}

/** Answer of POST /api/reports: the per-report webhook secret is shown once, at creation. */
export interface CreatedReport extends Report {
  webhookSecret?: string;
}

/** skipped: the run found no rows and the report has skipIfEmpty; nothing was sent. */
export const REPORT_RUN_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'skipped'] as const;
export type ReportRunStatus = (typeof REPORT_RUN_STATUSES)[number];

/** none: no channel. pending: waiting for (another) attempt. Of a run: the worst of its channels. */
export const DELIVERY_STATUSES = ['none', 'pending', 'delivered', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** test: POST /api/reports/:id/test-delivery, the last file (or an empty one) sent again. */
export const REPORT_RUN_TRIGGERS = ['schedule', 'manual', 'test'] as const;
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
  /** One entry per channel the run is sent to. */
  deliveries: ReportDelivery[];
}

export interface ReportDelivery {
  channel: DeliveryChannel;
  status: Exclude<DeliveryStatus, 'none'>;
  attempts: number;
  /** The last failure: the SMTP server's reply or the webhook's HTTP status. */
  lastError: string | null;
  deliveredAt: string | null;
}
