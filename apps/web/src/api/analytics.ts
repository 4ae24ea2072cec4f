import type {
  AnalyticsSummary,
  ConcentrationSeries,
  GroupBy,
  ScenarioResult,
  Timeseries,
  TimeseriesMetric,
} from '@tradeflow/domain';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest, withQuery } from './http';

// Every analytics query takes the API filter parameters (from apiFilterParams) plus its own.
function params(filters: URLSearchParams, extra: Record<string, string>): URLSearchParams {
  const all = new URLSearchParams(filters);
  for (const [key, value] of Object.entries(extra)) all.set(key, value);
  all.sort();
  return all;
}

export function summaryQuery(filters: URLSearchParams, groupBy: GroupBy, enabled = true) {
  const query = params(filters, { groupBy });
  return queryOptions({
    queryKey: ['analytics', 'summary', query.toString()],
    queryFn: ({ signal }) =>
      apiRequest<AnalyticsSummary>(withQuery('/api/analytics/summary', query), { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function timeseriesQuery(
  filters: URLSearchParams,
  granularity: string,
  groupBy: GroupBy,
  metric: TimeseriesMetric,
) {
  const query = params(filters, { granularity, groupBy, metric });
  return queryOptions({
    queryKey: ['analytics', 'timeseries', query.toString()],
    queryFn: ({ signal }) =>
      apiRequest<Timeseries>(withQuery('/api/analytics/timeseries', query), { signal }),
    placeholderData: keepPreviousData,
  });
}

export function concentrationQuery(filters: URLSearchParams, granularity: string, dimension: GroupBy) {
  const query = params(filters, { granularity, dimension });
  return queryOptions({
    queryKey: ['analytics', 'concentration', query.toString()],
    queryFn: ({ signal }) =>
      apiRequest<ConcentrationSeries>(withQuery('/api/analytics/concentration', query), { signal }),
    placeholderData: keepPreviousData,
  });
}

export function scenarioQuery(filters: URLSearchParams, granularity: string, exclude: string) {
  const query = params(filters, { granularity, exclude, dimension: 'origin' });
  return queryOptions({
    queryKey: ['analytics', 'scenario', query.toString()],
    queryFn: ({ signal }) =>
      apiRequest<ScenarioResult>(withQuery('/api/analytics/scenario', query), { signal }),
    placeholderData: keepPreviousData,
    enabled: exclude !== '',
  });
}
