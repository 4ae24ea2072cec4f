import type { FxRate, ShipmentInput } from '@tradeflow/domain';
import type { TestApp } from '../../support/test-app';

/** Records every shipment through the API, one POST each (the rollup triggers fire per statement). */
export async function postShipments(t: TestApp, rows: ShipmentInput[]): Promise<void> {
  for (const row of rows) {
    const response = await t.http.post('/api/shipments', row);
    if (response.status !== 201)
      throw new Error(`POST ${row.reference}: ${response.status} ${response.text}`);
  }
}

export async function putRates(t: TestApp, rates: FxRate[]): Promise<void> {
  const response = await t.http.put('/api/fx-rates', { rates });
  if (response.status !== 200) throw new Error(`PUT /api/fx-rates: ${response.status} ${response.text}`);
}

export function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params))
    if (value !== undefined) search.set(name, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}
