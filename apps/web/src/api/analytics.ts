import type {
  AnalyticsGroupBy,
  AnalyticsSummary,
  ConcentrationBasis,
  ConcentrationSeries,
  FlowDiagram,
  GroupBy,
  Outlook,
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

// `basis` is sent only when it is not the default, so volume answers share their cache entries.
const basisParam = (basis: ConcentrationBasis): Record<string, string> =>
  basis === 'value' ? { basis } : {};

export function summaryQuery(
  filters: URLSearchParams,
  groupBy: AnalyticsGroupBy,
  enabled = true,
  basis: ConcentrationBasis = 'volume',
) {
  const query = params(filters, { groupBy, ...basisParam(basis) });
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
  groupBy: AnalyticsGroupBy,
  metric: TimeseriesMetric,
  enabled = true,
) {
  const query = params(filters, { granularity, groupBy, metric });
  return queryOptions({
    queryKey: ['analytics', 'timeseries', query.toString()],
    queryFn: ({ signal }) =>
      apiRequest<Timeseries>(withQuery('/api/analytics/timeseries', query), { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function concentrationQuery(
  filters: URLSearchParams,
  granularity: string,
  dimension: GroupBy,
  basis: ConcentrationBasis = 'volume',
) {
  const query = params(filters, { granularity, dimension, ...basisParam(basis) });
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

/** GET /api/analytics/flows: origin -> route -> discharge port, for the selected shipments. */
export function flowsQuery(filters: URLSearchParams) {
  const query = params(filters, {});
  return queryOptions({
    queryKey: ['analytics', 'flows', query.toString()],
    queryFn: ({ signal }) => apiRequest<FlowDiagram>(withQuery('/api/analytics/flows', query), { signal }),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/analytics/outlook: delivered against delivered plus contracted and in-transit cargoes. */
export function outlookQuery(filters: URLSearchParams, granularity: string) {
  const query = params(filters, { granularity });
  query.delete('status');
  return queryOptions({
    queryKey: ['analytics', 'outlook', query.toString()],
    queryFn: ({ signal }) => apiRequest<Outlook>(withQuery('/api/analytics/outlook', query), { signal }),
    placeholderData: keepPreviousData,
  });
}
