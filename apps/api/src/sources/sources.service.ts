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
import { deleteSource, insertSource, moveRecordTo, selectSource, selectSources } from './sources-sql';
import { shipmentExists } from '../shipments/shipments-sql';

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
    return selectSources(manager, shipmentId);
  }

  async create(shipmentId: string, input: ShipmentSourceInput): Promise<ShipmentSource> {
    return this.audit.withAudit(async (manager) => {
      // KEY SHARE: a concurrent delete of the shipment waits, then its trigger removes this source too.
      await this.assertShipment(manager, shipmentId, 'FOR KEY SHARE');
      const source = await insertSource(manager, shipmentId, randomUUID(), input, false);
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
    await insertSource(manager, shipmentId, randomUUID(), input, isRecord);
  }

  async remove(shipmentId: string, sourceId: string): Promise<void> {
    await this.audit.withAudit(async (manager) => {
      const deleted = await deleteSource(manager, shipmentId, sourceId);
      if (!deleted) throw new NotFoundException(`Shipment ${shipmentId} has no source ${sourceId}`);
      return {
        result: undefined,
        audit: {
          action: 'shipment-source.delete',
          entityType: 'shipment-source',
          entityId: sourceEntityId(shipmentId, sourceId),
          before: deleted,
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
      const source = await selectSource(manager, shipmentId, sourceId);
      if (!source) throw new NotFoundException(`Shipment ${shipmentId} has no source ${sourceId}`);
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
      const previousRecordId = await moveRecordTo(manager, shipmentId, sourceId);
      // The shipment's own entry (shipment.update) was recorded by updateIn, in this transaction.
      return {
        result: { shipment, sources: await this.list(shipmentId, manager) },
        audit: {
          action: 'shipment-source.record',
          entityType: 'shipment-source',
          entityId: sourceEntityId(shipmentId, sourceId),
          before: { recordSourceId: previousRecordId },
          after: {
            recordSourceId: sourceId,
            volumeTonnes: shipment.volumeTonnes,
            valueAmount: shipment.valueAmount,
          },
        },
      };
    });
  }

  private async assertShipment(
    manager: EntityManager,
    shipmentId: string,
    lock: '' | 'FOR KEY SHARE' | 'FOR UPDATE',
  ): Promise<void> {
    if (!(await shipmentExists(manager, shipmentId, lock))) {
      throw new NotFoundException(`No shipment with id ${shipmentId}`);
    }
  }
}
