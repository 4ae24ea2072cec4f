import { queryOptions } from '@tanstack/react-query';
import type { GroupBy, ShipmentFilters, TimeseriesMetric } from '@tradeflow/domain';
import { apiRequest } from './http';

// The /api/reports contract (libs/domain report-contract on the csv branch), as the page uses it.
export const REPORT_KINDS = ['shipments', 'timeseries', 'concentration'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_WINDOWS = [
  { value: 'previous_month', label: 'The previous month' },
  { value: 'last_30_days', label: 'The 30 days before the run' },
  { value: 'month_to_date', label: 'Month to date' },
  { value: 'year_to_date', label: 'Year to date' },
  { value: 'previous_year', label: 'The previous year' },
  { value: 'all', label: 'All shipments' },
] as const;
export type ReportWindow = (typeof REPORT_WINDOWS)[number]['value'];

export interface ReportInput {
  name: string;
  kind: ReportKind;
  params: {
    window: ReportWindow;
    filters?: Omit<ShipmentFilters, 'from' | 'to'>;
    groupBy?: GroupBy;
    granularity?: string;
    metric?: TimeseriesMetric;
    columns?: 'contract' | 'analyst';
  };
  cron: string;
  timezone: string;
  enabled?: boolean;
  webhookUrl?: string | null;
  format?: 'csv' | 'xlsx';
  skipIfEmpty?: boolean;
  emailTo?: string[];
  emailSubject?: string | null;
}

export interface Report extends Required<Omit<ReportInput, 'webhookUrl' | 'emailSubject'>> {
  id: string;
  webhookUrl: string | null;
  emailSubject: string | null;
  nextRuns: string[];
  createdAt: string;
  updatedAt: string;
}

export interface ReportRun {
  id: string;
  reportId: string;
  trigger: 'schedule' | 'manual' | 'test';
  scheduledFor: string;
  status: 'queued' | 'running' | 'succeeded' | 'failed' | 'skipped';
  attempts: number;
  startedAt: string | null;
  finishedAt: string | null;
  windowFrom: string | null;
  windowTo: string | null;
  rowCount: number | null;
  bytes: number | null;
  error: string | null;
  deliveryStatus: 'none' | 'pending' | 'delivered' | 'failed';
  deliveryAttempts: number;
  deliveredAt: string | null;
  deliveryError: string | null;
  deliveries: Array<{
    channel: 'email' | 'webhook';
    status: 'pending' | 'delivered' | 'failed';
    attempts: number;
    lastError: string | null;
    deliveredAt: string | null;
  }>;
}

/** Lists may come bare or paged ({ items }). */
function itemsOf<T>(answer: T[] | { items: T[] }): T[] {
  return Array.isArray(answer) ? answer : answer.items;
}

export const reportsQuery = queryOptions({
  queryKey: ['reports', 'list'],
  queryFn: async ({ signal }) =>
    itemsOf(await apiRequest<Report[] | { items: Report[] }>('/api/reports', { signal })),
  retry: false,
});

export function reportRunsQuery(id: string) {
  return queryOptions({
    queryKey: ['reports', 'runs', id],
    queryFn: async ({ signal }) =>
      itemsOf(
        await apiRequest<ReportRun[] | { items: ReportRun[] }>(
          `/api/reports/${encodeURIComponent(id)}/runs`,
          { signal },
        ),
      ),
    // While a run is queued or running, look again every two seconds.
    refetchInterval: (query) =>
      query.state.data?.some(
        (run) => run.status === 'queued' || run.status === 'running' || run.deliveryStatus === 'pending',
      )
        ? 2000
        : false,
  });
}

export const createReport = (input: ReportInput) =>
  apiRequest<Report>('/api/reports', { method: 'POST', body: input });
export const updateReport = (id: string, patch: Partial<ReportInput>) =>
  apiRequest<Report>(`/api/reports/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch });
export const deleteReport = (id: string) =>
  apiRequest<void>(`/api/reports/${encodeURIComponent(id)}`, { method: 'DELETE' });
export const runReport = (id: string) =>
  apiRequest<{ runId: string }>(`/api/reports/${encodeURIComponent(id)}/run`, { method: 'POST' });

export const testReportDelivery = (id: string) =>
  apiRequest<{ runId: string }>(`/api/reports/${encodeURIComponent(id)}/test-delivery`, { method: 'POST' });

export const runFileUrl = (reportId: string, runId: string) =>
  `/api/reports/${encodeURIComponent(reportId)}/runs/${encodeURIComponent(runId)}/file`;
