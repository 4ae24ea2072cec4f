import type { ShipmentFilters } from '@tradeflow/domain';
import { shipmentWhere } from '../shipments/filters/shipment-where';

// The analytics' reads of the shipments table itself, for facts no aggregate holds.

/** The latest arrival date (YYYY-MM-DD, `last`) of the shipments matching `filters`. */
export function lastArrivalSql(filters: ShipmentFilters): { sql: string; params: unknown[] } {
  const where = shipmentWhere(filters);
  return {
    sql: `SELECT max(s.arrival_date)::text AS last FROM shipments s ${where.sql}`,
    params: where.params,
  };
}

/**
 * Count, tonnes and barrels of the selection's shipments whose barrels come from their own API
 * gravity (read through the partial index ix_shipments_api_gravity_arrival, which holds only those).
 */
export function apiGravityOverridesSql(filters: ShipmentFilters): { sql: string; params: unknown[] } {
  const where = shipmentWhere(filters);
  const condition = `${where.sql ? `${where.sql} AND` : 'WHERE'} s.api_gravity IS NOT NULL`;
  return {
    sql: `SELECT count(*) AS shipments, coalesce(sum(s.volume_tonnes), 0) AS tonnes,
                 coalesce(sum(s.volume_barrels), 0) AS barrels
            FROM shipments s ${condition}`,
    params: where.params,
  };
}
