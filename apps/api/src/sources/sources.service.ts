import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  RecordSourceResult,
  ShipmentInput,
  ShipmentSource,
  ShipmentSourceInput,
} from '@tradeflow/domain';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ShipmentsService } from '../shipments/shipments.service';

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

const ORDER = 'ORDER BY is_record DESC, published_date DESC NULLS LAST, created_at, id';

/** Audit entity id of a source: the shipment's id and the source's. */
const sourceEntityId = (shipmentId: string, sourceId: string) => `${shipmentId}/${sourceId}`;

/**
 * Where a shipment's figures come from. Several sources may report different figures; one of them
 * can be made the figure of record, which writes its volume (and value) into the shipment in the
 * same transaction, so the rollup triggers keep every analytics answer exact.
 */
@Injectable()
export class SourcesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly shipments: ShipmentsService,
  ) {}

  async list(
    shipmentId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ShipmentSource[]> {
    await this.assertShipment(manager, shipmentId, '');
    const rows: SourceRow[] = await manager.query(
      `SELECT * FROM shipment_sources WHERE shipment_id = $1 ${ORDER}`,
      [shipmentId],
    );
    return rows.map(toSource);
  }

  async create(shipmentId: string, input: ShipmentSourceInput): Promise<ShipmentSource> {
    return this.audit.withAudit(async (manager) => {
      // KEY SHARE: a concurrent delete of the shipment waits, then its trigger removes this source too.
      await this.assertShipment(manager, shipmentId, 'FOR KEY SHARE');
      const rows: SourceRow[] = await manager.query(
        this.insertSql(),
        this.insertValues(shipmentId, randomUUID(), input, false),
      );
      const source = toSource(rows[0] as SourceRow);
      return {
        result: source,
        audit: {
          action: 'shipment-source.create',
          entityType: 'shipment-source',
          entityId: sourceEntityId(shipmentId, source.id),
          after: source,
        },
      };
    });
  }

  /** Inserts without an audit entry (the sample data). */
  async insert(manager: EntityManager, shipmentId: string, input: ShipmentSourceInput, isRecord: boolean) {
    await manager.query(this.insertSql(), this.insertValues(shipmentId, randomUUID(), input, isRecord));
  }

  async remove(shipmentId: string, sourceId: string): Promise<void> {
    await this.audit.withAudit(async (manager) => {
      const [rows]: [SourceRow[], number] = await manager.query(
        'DELETE FROM shipment_sources WHERE shipment_id = $1 AND id = $2 RETURNING *',
        [shipmentId, sourceId],
      );
      if (!rows[0]) throw new NotFoundException(`Shipment ${shipmentId} has no source ${sourceId}`);
      return {
        result: undefined,
        audit: {
          action: 'shipment-source.delete',
          entityType: 'shipment-source',
          entityId: sourceEntityId(shipmentId, sourceId),
          before: toSource(rows[0]),
        },
      };
    });
  }

  /**
   * Makes the source's figures the shipment's: its volume (and value, when it reports one) are
   * written into the shipment, audited as a shipment update; it becomes the only source of record.
   */
  async makeRecord(shipmentId: string, sourceId: string): Promise<RecordSourceResult> {
    return this.audit.withAudit(async (manager) => {
      await this.assertShipment(manager, shipmentId, 'FOR UPDATE');
      const rows: SourceRow[] = await manager.query(
        'SELECT * FROM shipment_sources WHERE shipment_id = $1 AND id = $2',
        [shipmentId, sourceId],
      );
      if (!rows[0]) throw new NotFoundException(`Shipment ${shipmentId} has no source ${sourceId}`);
      const source = toSource(rows[0]);
      const patch: Partial<ShipmentInput> = {};
      if (source.volumeTonnes !== null) patch.volumeTonnes = source.volumeTonnes;
      if (source.valueAmount !== null) {
        patch.valueAmount = source.valueAmount;
        patch.paymentCurrency = source.paymentCurrency;
      }
      if (Object.keys(patch).length === 0) {
        throw new BadRequestException({
          message: 'This source reports no volume or value, so it cannot be the figure of record',
          errors: [{ field: 'sourceId', message: 'reports no volume or value' }],
        });
      }
      const shipment = await this.shipments.updateIn(manager, shipmentId, patch);
      const [previous]: [SourceRow[], number] = await manager.query(
        'UPDATE shipment_sources SET is_record = false WHERE shipment_id = $1 AND is_record RETURNING *',
        [shipmentId],
      );
      await manager.query('UPDATE shipment_sources SET is_record = true WHERE shipment_id = $1 AND id = $2', [
        shipmentId,
        sourceId,
      ]);
      // The shipment's own entry (shipment.update) was recorded by updateIn, in this transaction.
      return {
        result: { shipment, sources: await this.list(shipmentId, manager) },
        audit: {
          action: 'shipment-source.record',
          entityType: 'shipment-source',
          entityId: sourceEntityId(shipmentId, sourceId),
          before: { recordSourceId: previous[0]?.id ?? null },
          after: {
            recordSourceId: sourceId,
            volumeTonnes: shipment.volumeTonnes,
            valueAmount: shipment.valueAmount,
          },
        },
      };
    });
  }

  private async assertShipment(manager: EntityManager, shipmentId: string, lock: string): Promise<void> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM shipments WHERE id = $1 ${lock}`, [
      shipmentId,
    ]);
    if (rows.length === 0) throw new NotFoundException(`No shipment with id ${shipmentId}`);
  }

  private insertSql(): string {
    return `INSERT INTO shipment_sources (shipment_id, id, url, document_name, publisher, published_date,
              volume_tonnes, value_amount, payment_currency, note, is_record)
            VALUES ($1, $2, $3, $4, $5, $6::date, $7::numeric, $8::numeric, $9, $10, $11) RETURNING *`;
  }

  private insertValues(
    shipmentId: string,
    id: string,
    input: ShipmentSourceInput,
    isRecord: boolean,
  ): unknown[] {
    return [
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
    ];
  }
}
