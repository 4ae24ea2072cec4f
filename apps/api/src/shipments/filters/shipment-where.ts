import { NO_PORT_KEY, type ShipmentFilters } from '@tradeflow/domain';

/** The searchable text; must stay identical to the expression of the ix_shipments_text_search index. */
export const SHIPMENT_TEXT_EXPRESSION = `(coalesce(s.reference, '') || ' ' || coalesce(s.vessel_name, '') || ' ' || coalesce(s.importer, '') || ' ' || coalesce(s.notes, ''))`;

export interface SqlFragment {
  sql: string;
  params: unknown[];
}

/** The route key of a shipments row: 'sea', 'road via UZ|AF' (libs/domain routeKey). */
export const SHIPMENT_ROUTE_EXPRESSION = `(s.transport_mode || CASE WHEN cardinality(s.transit_countries) = 0 THEN '' ELSE ' via ' || array_to_string(s.transit_countries, '|') END)`;

/** The same key over shipment_monthly_rollup, whose transit_route holds 'UZ|AF' ('' for none). */
export const ROLLUP_ROUTE_EXPRESSION = `(s.transport_mode || CASE WHEN s.transit_route = '' THEN '' ELSE ' via ' || s.transit_route END)`;

export interface ShipmentWhereOptions {
  /** The route key expression of the table behind `s`; the shipments table's by default. */
  routeExpression?: string;
}

/**
 * The WHERE clause for the shipment filters over the alias `s`. Column names are fixed here and
 * every value is a positional parameter, starting after `params` already used by the caller.
 */
export function shipmentWhere(
  filters: ShipmentFilters,
  params: unknown[] = [],
  options: ShipmentWhereOptions = {},
): SqlFragment {
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
  if (filters.destination?.length) {
    conditions.push(`s.destination_country = ANY(${bind(filters.destination)}::text[])`);
  }
  if (filters.mode?.length) conditions.push(`s.transport_mode = ANY(${bind(filters.mode)}::text[])`);
  if (filters.status?.length) conditions.push(`s.status = ANY(${bind(filters.status)}::text[])`);
  if (filters.route?.length) {
    conditions.push(
      `${options.routeExpression ?? SHIPMENT_ROUTE_EXPRESSION} = ANY(${bind(filters.route)}::text[])`,
    );
  }
  if (filters.loadPort?.length) conditions.push(portCondition('s.load_port', filters.loadPort, bind));
  if (filters.dischargePort?.length) {
    conditions.push(portCondition('s.discharge_port', filters.dischargePort, bind));
  }
  if (filters.q?.trim()) {
    conditions.push(`${SHIPMENT_TEXT_EXPRESSION} ILIKE ${bind(`%${escapeLike(filters.q.trim())}%`)}`);
  }
  return { sql: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params: all };
}

function portCondition(column: string, ports: string[], bind: (value: unknown) => string): string {
  const codes = ports.filter((port) => port !== NO_PORT_KEY);
  const conditions = codes.length ? [`${column} = ANY(${bind(codes)}::text[])`] : [];
  if (codes.length < ports.length) conditions.push(`${column} IS NULL`);
  return conditions.length === 1 ? (conditions[0] as string) : `(${conditions.join(' OR ')})`;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
