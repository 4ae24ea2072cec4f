import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Page, Shipment, ShipmentInput } from '@tradeflow/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AnalyticsSettingsService } from '../settings/analytics-settings.service';
import { FieldValidationException } from '../common/api-error';
import { validateShipmentInput } from '@tradeflow/domain';
import type { ListShipmentsQuery } from './dto/list-shipments.query';
import { shipmentWhere } from './filters/shipment-where';
import { differingFields, toRecord } from './shipment-row';
import { parseSort } from './shipment-sort';
import {
  deleteShipmentRow,
  insertShipment,
  insertShipments,
  selectShipment,
  selectShipmentPage,
  updateShipmentRow,
} from './shipments-sql';

export interface CreateOutcome {
  created: boolean;
  shipment: Shipment;
}

const DEFAULT_LIMIT = 50;

@Injectable()
export class ShipmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly settings: AnalyticsSettingsService,
  ) {}

  /**
   * Idempotent by reference: same body -> the stored record, different body -> 409, nothing changed.
   * The row and its audit entry commit together.
   */
  async create(input: ShipmentInput): Promise<CreateOutcome> {
    const record = toRecord(input, this.settings.homeCountry);
    const outcome = await this.audit.withAudit(async (manager) => {
      const shipment = await insertShipment(manager, record);
      if (!shipment) return { result: undefined, audit: [] };
      return {
        result: { created: true, shipment },
        audit: { action: 'shipment.create', entityType: 'shipment', entityId: shipment.id, after: shipment },
      };
    });
    if (outcome) return outcome;

    const existing = await this.findOne(record.id);
    const differences = differingFields(existing, record);
    if (differences.length > 0) {
      throw new ConflictException({
        message: `A shipment with reference "${input.reference}" already exists with different values (${differences.join(', ')}); use PATCH /api/shipments/${existing.id} to change it`,
        errors: differences.map((field) => ({ field, message: 'differs from the stored shipment' })),
        existingId: existing.id,
      });
    }
    return { created: false, shipment: existing };
  }

  /**
   * Inserts many validated shipments in one transaction; references that exist already are left
   * as they are. Returns how many rows were new.
   */
  async insertMany(inputs: ShipmentInput[]): Promise<number> {
    const records = inputs.map((input) => toRecord(input, this.settings.homeCountry));
    return this.dataSource.transaction((manager) => insertShipments(manager, records));
  }

  async findOne(
    id: string,
    manager: EntityManager = this.dataSource.manager,
    lock: '' | 'FOR UPDATE' = '',
  ): Promise<Shipment> {
    const shipment = await selectShipment(manager, id, lock);
    if (!shipment) throw new NotFoundException(`No shipment with id ${id}`);
    return shipment;
  }

  async list(query: ListShipmentsQuery): Promise<Page<Shipment>> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const page = await selectShipmentPage(this.dataSource.manager, {
      where: shipmentWhere(query),
      sort: parseSort(query.sort),
      limit,
      offset: query.offset ?? 0,
      cursor: query.cursor,
    });
    return { ...page, limit };
  }

  /** Applies a partial change; the merged shipment must pass every rule, the reference cannot change. */
  async update(id: string, patch: Partial<ShipmentInput>): Promise<Shipment> {
    return this.dataSource.transaction((manager) => this.updateIn(manager, id, patch));
  }

  /** update() inside the caller's transaction (the row is locked until it ends; audited in it). */
  async updateIn(manager: EntityManager, id: string, patch: Partial<ShipmentInput>): Promise<Shipment> {
    // Locked, so the audit's "before" is exactly what this update replaces.
    const existing = await this.findOne(id, manager, 'FOR UPDATE');
    if (patch.reference !== undefined && patch.reference !== existing.reference) {
      throw new BadRequestException({
        message:
          'reference is the natural key and cannot be changed; create a new shipment and delete this one',
        errors: [{ field: 'reference', message: 'cannot be changed' }],
      });
    }
    const {
      id: _id,
      volumeBarrels: _barrels,
      barrelsPerTonne: _factor,
      createdAt: _created,
      updatedAt: _updated,
      sourceCount: _sources,
      chokepointsPassed: _passed,
      ...current
    } = existing;
    // A new discharge port without a new importing country: the country is derived again from it.
    const rederive = patch.dischargePort !== undefined && patch.destinationCountry === undefined;
    const merged = {
      ...current,
      ...(rederive ? { destinationCountry: null } : {}),
      ...patch,
    } as ShipmentInput;
    const errors = validateShipmentInput(merged as unknown as Record<string, unknown>);
    if (errors.length > 0) throw new FieldValidationException(errors);

    const record = toRecord(merged, this.settings.homeCountry);
    // Nothing would change: no write, no audit entry, and updatedAt keeps meaning "last real change".
    if (differingFields(existing, record).length === 0) return existing;
    const updated = await updateShipmentRow(manager, record);
    if (!updated) throw new NotFoundException(`No shipment with id ${id}`);
    await this.audit.record(manager, {
      action: 'shipment.update',
      entityType: 'shipment',
      entityId: id,
      before: existing,
      after: updated,
    });
    return updated;
  }

  async remove(id: string): Promise<void> {
    await this.audit.withAudit(async (manager) => {
      const deleted = await deleteShipmentRow(manager, id);
      if (!deleted) throw new NotFoundException(`No shipment with id ${id}`);
      return {
        result: undefined,
        audit: { action: 'shipment.delete', entityType: 'shipment', entityId: id, before: deleted },
      };
    });
  }
}
