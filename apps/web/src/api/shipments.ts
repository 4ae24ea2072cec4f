import type {
  AuditEntry,
  Page,
  RecordSourceResult,
  Shipment,
  ShipmentInput,
  ShipmentSource,
  ShipmentSourceInput,
  ShipmentSourceList,
} from '@tradeflow/domain';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest, withQuery } from './http';

export function shipmentListQuery(query: URLSearchParams) {
  return queryOptions({
    queryKey: ['shipments', 'list', query.toString()],
    queryFn: ({ signal }) => apiRequest<Page<Shipment>>(withQuery('/api/shipments', query), { signal }),
    placeholderData: keepPreviousData,
  });
}

export function shipmentQuery(id: string) {
  return queryOptions({
    queryKey: ['shipments', 'one', id],
    queryFn: ({ signal }) => apiRequest<Shipment>(`/api/shipments/${encodeURIComponent(id)}`, { signal }),
  });
}

export function createShipment(input: ShipmentInput): Promise<Shipment> {
  return apiRequest<Shipment>('/api/shipments', { method: 'POST', body: input });
}

export function updateShipment(id: string, patch: Partial<ShipmentInput>): Promise<Shipment> {
  return apiRequest<Shipment>(`/api/shipments/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch });
}

export function deleteShipment(id: string): Promise<void> {
  return apiRequest<void>(`/api/shipments/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

// --- Provenance and history -------------------------------------------------------------------

export function shipmentSourcesQuery(id: string) {
  return queryOptions({
    queryKey: ['shipments', 'sources', id],
    queryFn: async ({ signal }) =>
      (await apiRequest<ShipmentSourceList>(`/api/shipments/${encodeURIComponent(id)}/sources`, { signal }))
        .items,
  });
}

export function shipmentHistoryQuery(id: string) {
  return queryOptions({
    queryKey: ['shipments', 'history', id],
    queryFn: ({ signal }) =>
      apiRequest<AuditEntry[]>(`/api/shipments/${encodeURIComponent(id)}/history`, { signal }),
  });
}

export function addShipmentSource(id: string, input: ShipmentSourceInput): Promise<ShipmentSource> {
  return apiRequest<ShipmentSource>(`/api/shipments/${encodeURIComponent(id)}/sources`, {
    method: 'POST',
    body: input,
  });
}

export function deleteShipmentSource(id: string, sourceId: string): Promise<void> {
  return apiRequest<void>(
    `/api/shipments/${encodeURIComponent(id)}/sources/${encodeURIComponent(sourceId)}`,
    { method: 'DELETE' },
  );
}

/** Makes the source's figures the shipment's (its volume, and value when it gives one). */
export function makeSourceRecord(id: string, sourceId: string): Promise<RecordSourceResult> {
  return apiRequest<RecordSourceResult>(
    `/api/shipments/${encodeURIComponent(id)}/sources/${encodeURIComponent(sourceId)}/record`,
    { method: 'POST' },
  );
}
