import type { Page, Shipment, ShipmentInput } from '@tradeflow/domain';
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
