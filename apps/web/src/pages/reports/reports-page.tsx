import { useQuery } from '@tanstack/react-query';
import { ApiError, apiRequest } from '../../api/http';
import { PageHeader } from '../../layout/page-header';
import { EmptyState, ErrorState, Skeleton } from '../../layout/states';

/** Scheduled CSV reports. The reports API is built separately; until it is in the build this says so. */
export function ReportsPage() {
  const reports = useQuery({
    queryKey: ['reports', 'list'],
    queryFn: ({ signal }) => apiRequest<unknown>('/api/reports', { signal }),
    retry: false,
  });
  const notAvailable = reports.error instanceof ApiError && reports.error.status === 404;
  return (
    <div className="page">
      <PageHeader
        title="Scheduled reports"
        subtitle="CSV reports produced on a schedule (cron and time zone)"
      />
      <div className="card">
        {reports.isPending ? (
          <Skeleton height={200} label="Loading reports" />
        ) : notAvailable ? (
          <EmptyState title="Scheduled reports are not available on this server yet">
            They arrive with the reports API. Meanwhile, every chart on the overview downloads as CSV.
          </EmptyState>
        ) : reports.isError ? (
          <ErrorState error={reports.error} onRetry={() => void reports.refetch()} />
        ) : (
          <EmptyState title="Reports are available from the API">
            Open the API documentation at <a href="/api/docs">/api/docs</a> to schedule one.
          </EmptyState>
        )}
      </div>
    </div>
  );
}
