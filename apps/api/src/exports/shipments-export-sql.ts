import { SHIPMENT_CSV_COLUMNS, type ShipmentFilters } from '@tradeflow/domain';
import { FX_RATE_JOIN } from '../analytics';
import { type SqlFragment, shipmentWhere } from '../shipments/filters/shipment-where';
import { parseSort } from '../shipments/shipment-sort';

// The SQL of the shipments export: one SELECT, run by the service on a server-side cursor of the
// pg client (a stream TypeORM's manager does not give), so a statement and not a call.

/**
 * Every shipment of the filters in the sort's order, in the import's columns; `analyst` adds the
 * barrels, the fx rate of the arrival and the value in US dollars.
 */
export function shipmentsExportStatement(
  filters: ShipmentFilters,
  sort: string | undefined,
  analyst: boolean,
): SqlFragment {
  const order = parseSort(sort);
  const where = shipmentWhere(filters);
  const direction = order.descending ? 'DESC' : 'ASC';
  const columns = SHIPMENT_CSV_COLUMNS.map((column) => `s.${column}`);
  const sql = analyst
    ? `SELECT ${columns.join(', ')}, s.volume_barrels, fx.usd_per_unit,
         round(s.value_amount * fx.usd_per_unit, 2) AS value_usd
       FROM shipments s ${FX_RATE_JOIN} ${where.sql}
       ORDER BY ${order.column} ${direction}, s.id ${direction}`
    : `SELECT ${columns.join(', ')}
       FROM shipments s ${where.sql}
       ORDER BY ${order.column} ${direction}, s.id ${direction}`;
  return { sql, params: where.params };
}
