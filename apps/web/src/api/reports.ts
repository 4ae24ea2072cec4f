import { queryOptions } from '@tanstack/react-query';
import {
  type CreatedReport,
  REPORT_WINDOWS,
  type Report,
  type ReportInput,
  type ReportRun,
  type ReportWindow,
} from '@tradeflow/domain';
import { apiRequest } from './http';

export {
  REPORT_KINDS,
  type Report,
  type ReportInput,
  type ReportKind,
  type ReportRun,
  type ReportWindow,
} from '@tradeflow/domain';

const REPORT_WINDOW_LABELS: Record<ReportWindow, string> = {
  previous_month: 'The previous month',
  last_30_days: 'The 30 days before the run',
  month_to_date: 'Month to date',
  year_to_date: 'Year to date',
  previous_year: 'The previous year',
  all: 'All shipments',
};

/** The report windows of the domain, with the words the page shows for them. */
export const REPORT_WINDOW_OPTIONS = REPORT_WINDOWS.map((value) => ({
  value,
  label: REPORT_WINDOW_LABELS[value],
}));

export const reportsQuery = queryOptions({
  queryKey: ['reports', 'list'],
  queryFn: async ({ signal }) => (await apiRequest<{ items: Report[] }>('/api/reports', { signal })).items,
  retry: false,
});

export function reportRunsQuery(id: string) {
  return queryOptions({
    queryKey: ['reports', 'runs', id],
    queryFn: async ({ signal }) =>
      (await apiRequest<{ items: ReportRun[] }>(`/api/reports/${encodeURIComponent(id)}/runs`, { signal }))
        .items,
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
  apiRequest<CreatedReport>('/api/reports', { method: 'POST', body: input });
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
