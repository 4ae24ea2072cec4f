import type { ShipmentFilters } from '@tradeflow/domain';
import { flowCellsSql } from './flow-source';
import { SqlParams } from './sql-params';

// The SQL of the flow diagram: one statement over the selection's flow cells.

export interface DiagramRow {
  /** GROUPING bits of (origin, route, port): 4 = origin absent, 2 = route absent, 1 = port absent. */
  absent: number;
  origin: string | null;
  route: string | null;
  port: string | null;
  shipments: number;
  tonnes: string;
  barrels: string;
}

/**
 * The selection's cells (whole months from shipment_monthly_flows, cut days from the shipments
 * table) summed once per (origin, route, port), then GROUPING SETS give the two kinds of link, each
 * node's total and the grand total, exact.
 */
export function flowDiagramSql(filters: ShipmentFilters): { sql: string; params: unknown[] } {
  const params = new SqlParams();
  const cells = flowCellsSql(filters, params);
  const sql = `WITH f AS (
       SELECT c.origin, c.route, c.port, sum(c.shipments) AS shipments, sum(c.tonnes) AS tonnes,
              sum(c.barrels) AS barrels
         FROM (${cells}) c
        GROUP BY 1, 2, 3
     )
     SELECT GROUPING(origin, route, port) AS absent, origin, route, port,
            coalesce(sum(shipments), 0)::bigint AS shipments, coalesce(sum(tonnes), 0) AS tonnes,
            coalesce(sum(barrels), 0) AS barrels
       FROM f
      GROUP BY GROUPING SETS ((origin, route), (route, port), (origin), (route), (port), ())`;
  return { sql, params: params.values };
}
