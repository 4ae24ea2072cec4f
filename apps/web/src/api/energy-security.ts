import type {
  DomesticProductionItem,
  DomesticProductionUpsertResult,
  ImportDependency,
  SupplierRiskScoreInput,
  SupplierRiskScoreList,
} from '@tradeflow/domain';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest, withQuery } from './http';

export const riskScoresQuery = queryOptions({
  queryKey: ['risk-scores'],
  queryFn: ({ signal }) => apiRequest<SupplierRiskScoreList>('/api/risk-scores', { signal }),
});

export function putRiskScores(scores: SupplierRiskScoreInput[]): Promise<SupplierRiskScoreList> {
  return apiRequest<SupplierRiskScoreList>('/api/risk-scores', { method: 'PUT', body: { scores } });
}

export function deleteRiskScore(country: string): Promise<void> {
  return apiRequest<void>(`/api/risk-scores/${encodeURIComponent(country)}`, { method: 'DELETE' });
}

export function importDependencyQuery(filters: URLSearchParams, granularity: string) {
  const query = new URLSearchParams(filters);
  query.set('granularity', granularity);
  query.sort();
  return queryOptions({
    queryKey: ['analytics', 'import-dependency', query.toString()],
    queryFn: ({ signal }) =>
      apiRequest<ImportDependency>(withQuery('/api/analytics/import-dependency', query), { signal }),
    placeholderData: keepPreviousData,
  });
}

export function putDomesticProduction(
  items: DomesticProductionItem[],
): Promise<DomesticProductionUpsertResult> {
  return apiRequest<DomesticProductionUpsertResult>('/api/domestic-production', {
    method: 'PUT',
    body: { items },
  });
}
