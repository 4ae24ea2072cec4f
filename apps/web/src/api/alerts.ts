import type { Alert, AlertEvaluation, AlertInput, AlertPreview, CreatedAlert } from '@tradeflow/domain';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest } from './http';

export const alertsQuery = queryOptions({
  queryKey: ['alerts', 'list'],
  queryFn: async ({ signal }) => (await apiRequest<{ items: Alert[] }>('/api/alerts', { signal })).items,
});

export function alertQuery(id: string) {
  return queryOptions({
    queryKey: ['alerts', 'one', id],
    queryFn: ({ signal }) => apiRequest<Alert>(`/api/alerts/${encodeURIComponent(id)}`, { signal }),
  });
}

export function alertEvaluationsQuery(id: string) {
  return queryOptions({
    queryKey: ['alerts', 'evaluations', id],
    queryFn: async ({ signal }) =>
      (
        await apiRequest<{ items: AlertEvaluation[] }>(
          `/api/alerts/${encodeURIComponent(id)}/evaluations?limit=60`,
          { signal },
        )
      ).items,
  });
}

/** The value an unsaved definition sees now; keyed by the definition, so typing re-asks. */
export function alertPreviewQuery(input: AlertInput | null) {
  return queryOptions({
    queryKey: ['alerts', 'preview', JSON.stringify(input)],
    queryFn: ({ signal }) =>
      apiRequest<AlertPreview>('/api/alerts/preview', { method: 'POST', body: input, signal }),
    enabled: input !== null,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export const createAlert = (input: AlertInput) =>
  apiRequest<CreatedAlert>('/api/alerts', { method: 'POST', body: input });
export const updateAlert = (id: string, patch: Partial<AlertInput>) =>
  apiRequest<CreatedAlert>(`/api/alerts/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch });
export const deleteAlert = (id: string) =>
  apiRequest<void>(`/api/alerts/${encodeURIComponent(id)}`, { method: 'DELETE' });
export const evaluateAlert = (id: string) =>
  apiRequest<AlertEvaluation>(`/api/alerts/${encodeURIComponent(id)}/evaluate`, { method: 'POST' });
