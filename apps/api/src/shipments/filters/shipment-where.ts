import type { ShipmentFilters } from '@tradeflow/domain';

/** The searchable text; must stay identical to the expression of the ix_shipments_text_search index. */
export const SHIPMENT_TEXT_EXPRESSION = `(coalesce(s.reference, '') || ' ' || coalesce(s.vessel_name, '') || ' ' || coalesce(s.importer, '') || ' ' || coalesce(s.notes, ''))`;

export interface SqlFragment {
  sql: string;
  params: unknown[];
}

/**
 * The WHERE clause for the shipment filters over the alias `s`. Column names are fixed here and
 * every value is a positional parameter, starting after `params` already used by the caller.
 */
export function shipmentWhere(filters: ShipmentFilters, params: unknown[] = []): SqlFragment {
  const all = [...params];
  const conditions: string[] = [];
  const bind = (value: unknown) => {
    all.push(value);
    return `$${all.length}`;
  };
  if (filters.from) conditions.push(`s.arrival_date >= ${bind(filters.from)}::date`);
  if (filters.to) conditions.push(`s.arrival_date <= ${bind(filters.to)}::date`);
  if (filters.commodity?.length) conditions.push(`s.commodity = ANY(${bind(filters.commodity)}::text[])`);
  if (filters.origin?.length) conditions.push(`s.origin_country = ANY(${bind(filters.origin)}::text[])`);
  if (filters.currency?.length)
    conditions.push(`s.payment_currency = ANY(${bind(filters.currency)}::text[])`);
  if (filters.mode?.length) conditions.push(`s.transport_mode = ANY(${bind(filters.mode)}::text[])`);
  if (filters.status?.length) conditions.push(`s.status = ANY(${bind(filters.status)}::text[])`);
  if (filters.q?.trim()) {
    conditions.push(`${SHIPMENT_TEXT_EXPRESSION} ILIKE ${bind(`%${escapeLike(filters.q.trim())}%`)}`);
  }
  return { sql: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params: all };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
