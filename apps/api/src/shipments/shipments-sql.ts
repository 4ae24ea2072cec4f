import type { Shipment } from '@tradeflow/domain';
import type { EntityManager } from 'typeorm';
import type { SqlFragment } from './filters/shipment-where';
import {
  recordValues,
  SHIPMENT_WRITE_COLUMNS,
  type ShipmentRecord,
  type ShipmentRow,
  toShipment,
  valuesPlaceholders,
} from './shipment-row';
import { decodeCursor, encodeCursor, type ShipmentSort } from './shipment-sort';

// The SQL of the shipments feature: every statement on `shipments` (the service's, and the checks
// other features make on a shipment), each answering domain shipments (rows mapped by shipment-row.ts). The rules (validation, conflicts, audit) are
// the service's; the shared filter SQL is filters/shipment-where.ts.

const INSERT_COLUMNS = SHIPMENT_WRITE_COLUMNS.join(', ');

/** The number of recorded sources of the row `s` (one probe of PK_shipment_sources). */
const SOURCE_COUNT = '(SELECT count(*) FROM shipment_sources ss WHERE ss.shipment_id = s.id) AS source_count';

/** Inserts the record; null when a shipment of its id (its reference) is stored already. */
export async function insertShipment(
  manager: EntityManager,
  record: ShipmentRecord,
): Promise<Shipment | null> {
  const rows: ShipmentRow[] = await manager.query(
    `INSERT INTO shipments (${INSERT_COLUMNS}) VALUES ${valuesPlaceholders()}
     ON CONFLICT (id) DO NOTHING RETURNING *`,
    recordValues(record),
  );
  return rows[0] ? toShipment(rows[0]) : null;
}

/** Inserts the records in batches under PostgreSQL's parameter limit; those stored already stay. Answers how many were new. */
export async function insertShipments(
  manager: EntityManager,
  records: readonly ShipmentRecord[],
): Promise<number> {
  const batchSize = Math.floor(60_000 / SHIPMENT_WRITE_COLUMNS.length);
  let inserted = 0;
  for (let start = 0; start < records.length; start += batchSize) {
    const batch = records.slice(start, start + batchSize);
    const placeholders = batch.map((_, index) => valuesPlaceholders(index * SHIPMENT_WRITE_COLUMNS.length));
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO shipments (${INSERT_COLUMNS}) VALUES ${placeholders.join(', ')}
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      batch.flatMap(recordValues),
    );
    inserted += rows.length;
  }
  return inserted;
}

/** The stored shipment, or null; `FOR UPDATE` locks its row until the caller's transaction ends. */
export async function selectShipment(
  manager: EntityManager,
  id: string,
  lock: '' | 'FOR UPDATE' = '',
): Promise<Shipment | null> {
  const rows: ShipmentRow[] = await manager.query(`SELECT * FROM shipments WHERE id = $1 ${lock}`, [id]);
  return rows[0] ? toShipment(rows[0]) : null;
}

export interface ShipmentPageRequest {
  where: SqlFragment;
  sort: ShipmentSort;
  limit: number;
  offset: number;
  /** The keyset position after the last row of the previous page (it replaces the offset). */
  cursor?: string | undefined;
}

/** One page of the filtered shipments in the sort's order, the count of all that match, and the cursor of the next page. */
export async function selectShipmentPage(
  manager: EntityManager,
  { where, sort, limit, offset, cursor }: ShipmentPageRequest,
): Promise<{ items: Shipment[]; total: number; offset: number; nextCursor: string | null }> {
  const direction = sort.descending ? 'DESC' : 'ASC';
  let pageWhere = where;
  if (cursor) {
    const [value, id] = decodeCursor(cursor);
    const params = [...where.params, value, id];
    const keyset = `(${sort.column}, s.id) ${sort.descending ? '<' : '>'} ($${params.length - 1}, $${params.length}::uuid)`;
    pageWhere = { sql: where.sql ? `${where.sql} AND ${keyset}` : `WHERE ${keyset}`, params };
    offset = 0;
  }
  const pageParams = [...pageWhere.params, limit + 1, offset];
  const [rows, counted] = await Promise.all([
    manager.query(
      `SELECT s.*, ${SOURCE_COUNT} FROM shipments s ${pageWhere.sql}
       ORDER BY ${sort.column} ${direction}, s.id ${direction}
       LIMIT $${pageParams.length - 1} OFFSET $${pageParams.length}`,
      pageParams,
    ) as Promise<ShipmentRow[]>,
    manager.query(`SELECT count(*) AS total FROM shipments s ${where.sql}`, where.params) as Promise<
      { total: number }[]
    >,
  ]);
  // One row more than the page says whether there is a next one.
  const last = rows.length > limit ? rows[limit - 1] : undefined;
  const sortColumn = sort.column.slice(2) as keyof ShipmentRow;
  return {
    items: rows.slice(0, limit).map(toShipment),
    total: counted[0]?.total ?? 0,
    offset,
    nextCursor: last ? encodeCursor(last[sortColumn], last.id) : null,
  };
}

/** Writes every column of the record over the stored row of its id; null when there is none. */
export async function updateShipmentRow(
  manager: EntityManager,
  record: ShipmentRecord,
): Promise<Shipment | null> {
  const assignments = SHIPMENT_WRITE_COLUMNS.slice(2)
    .map((column) => `${column} = v.${column}`)
    .join(', ');
  // For UPDATE, TypeORM's query() answers [rows, affectedCount].
  const [rows]: [ShipmentRow[], number] = await manager.query(
    `UPDATE shipments s SET ${assignments}, updated_at = now()
       FROM (VALUES ${valuesPlaceholders()}) AS v (${INSERT_COLUMNS})
       WHERE s.id = v.id RETURNING s.*`,
    recordValues(record),
  );
  return rows[0] ? toShipment(rows[0]) : null;
}

/** Deletes the shipment; answers what was deleted, or null when there was none. */
export async function deleteShipmentRow(manager: EntityManager, id: string): Promise<Shipment | null> {
  const [rows]: [ShipmentRow[], number] = await manager.query(
    'DELETE FROM shipments WHERE id = $1 RETURNING *',
    [id],
  );
  return rows[0] ? toShipment(rows[0]) : null;
}

/** Whether the shipment exists; `lock` holds its row until the caller's transaction ends. */
export async function shipmentExists(
  manager: EntityManager,
  shipmentId: string,
  lock: '' | 'FOR KEY SHARE' | 'FOR UPDATE',
): Promise<boolean> {
  const rows: unknown[] = await manager.query(`SELECT 1 FROM shipments WHERE id = $1 ${lock}`, [shipmentId]);
  return rows.length > 0;
}

/** Whether any shipment is stored (the sample data loads only into an empty database). */
export async function anyShipmentStored(manager: EntityManager): Promise<boolean> {
  const [row]: { present: boolean }[] = await manager.query(
    'SELECT EXISTS (SELECT 1 FROM shipments) AS present',
  );
  return row?.present === true;
}
