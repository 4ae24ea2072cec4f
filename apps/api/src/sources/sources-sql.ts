import type { ShipmentSource, ShipmentSourceInput } from '@tradeflow/domain';
import type { EntityManager } from 'typeorm';

// The SQL of shipment sources: every statement on `shipment_sources`, answering domain sources.

interface SourceRow {
  shipment_id: string;
  id: string;
  url: string | null;
  document_name: string | null;
  publisher: string | null;
  published_date: string | null;
  volume_tonnes: string | null;
  value_amount: string | null;
  payment_currency: string | null;
  note: string | null;
  is_record: boolean;
  created_at: Date;
}

const numberOrNull = (value: string | null) => (value === null ? null : Number(value));

function toSource(row: SourceRow): ShipmentSource {
  return {
    id: row.id,
    shipmentId: row.shipment_id,
    url: row.url,
    documentName: row.document_name,
    publisher: row.publisher,
    publishedDate: row.published_date,
    volumeTonnes: numberOrNull(row.volume_tonnes),
    valueAmount: numberOrNull(row.value_amount),
    paymentCurrency: row.payment_currency,
    note: row.note,
    isRecord: row.is_record,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

const blankToNull = (value: string | null | undefined) =>
  value === undefined || value === null || value.trim() === '' ? null : value;

/** The shipment's sources: the figure of record first, then the newest publication. */
export async function selectSources(manager: EntityManager, shipmentId: string): Promise<ShipmentSource[]> {
  const rows: SourceRow[] = await manager.query(
    `SELECT * FROM shipment_sources WHERE shipment_id = $1
      ORDER BY is_record DESC, published_date DESC NULLS LAST, created_at, id`,
    [shipmentId],
  );
  return rows.map(toSource);
}

export async function selectSource(
  manager: EntityManager,
  shipmentId: string,
  sourceId: string,
): Promise<ShipmentSource | null> {
  const rows: SourceRow[] = await manager.query(
    'SELECT * FROM shipment_sources WHERE shipment_id = $1 AND id = $2',
    [shipmentId, sourceId],
  );
  return rows[0] ? toSource(rows[0]) : null;
}

/** Stores the source (blank text as null). */
export async function insertSource(
  manager: EntityManager,
  shipmentId: string,
  id: string,
  input: ShipmentSourceInput,
  isRecord: boolean,
): Promise<ShipmentSource> {
  const rows: SourceRow[] = await manager.query(
    `INSERT INTO shipment_sources (shipment_id, id, url, document_name, publisher, published_date,
       volume_tonnes, value_amount, payment_currency, note, is_record)
     VALUES ($1, $2, $3, $4, $5, $6::date, $7::numeric, $8::numeric, $9, $10, $11) RETURNING *`,
    [
      shipmentId,
      id,
      blankToNull(input.url),
      blankToNull(input.documentName),
      blankToNull(input.publisher),
      blankToNull(input.publishedDate),
      input.volumeTonnes ?? null,
      input.valueAmount ?? null,
      blankToNull(input.paymentCurrency),
      blankToNull(input.note),
      isRecord,
    ],
  );
  return toSource(rows[0] as SourceRow);
}

/** Deletes the source; answers it, or null when the shipment has none of that id. */
export async function deleteSource(
  manager: EntityManager,
  shipmentId: string,
  sourceId: string,
): Promise<ShipmentSource | null> {
  const [rows]: [SourceRow[], number] = await manager.query(
    'DELETE FROM shipment_sources WHERE shipment_id = $1 AND id = $2 RETURNING *',
    [shipmentId, sourceId],
  );
  return rows[0] ? toSource(rows[0]) : null;
}

/** Makes the source the shipment's only source of record; answers the id of the one it replaces. */
export async function moveRecordTo(
  manager: EntityManager,
  shipmentId: string,
  sourceId: string,
): Promise<string | null> {
  // For UPDATE, TypeORM's query() answers [rows, affectedCount].
  const [previous]: [SourceRow[], number] = await manager.query(
    'UPDATE shipment_sources SET is_record = false WHERE shipment_id = $1 AND is_record RETURNING *',
    [shipmentId],
  );
  await manager.query('UPDATE shipment_sources SET is_record = true WHERE shipment_id = $1 AND id = $2', [
    shipmentId,
    sourceId,
  ]);
  return previous[0]?.id ?? null;
}
