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
import {
  differingFields,
  recordValues,
  SHIPMENT_WRITE_COLUMNS,
  type ShipmentRow,
  toRecord,
  toShipment,
  valuesPlaceholders,
} from './shipment-row';
import { decodeCursor, encodeCursor, parseSort } from './shipment-sort';

export interface CreateOutcome {
  created: boolean;
  shipment: Shipment;
}

const DEFAULT_LIMIT = 50;

/** The number of recorded sources of the row `s` (one probe of PK_shipment_sources). */
const SOURCE_COUNT = '(SELECT count(*) FROM shipment_sources ss WHERE ss.shipment_id = s.id) AS source_count';

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
      const inserted: ShipmentRow[] = await manager.query(
        `INSERT INTO shipments (${SHIPMENT_WRITE_COLUMNS.join(', ')}) VALUES ${valuesPlaceholders()}
         ON CONFLICT (id) DO NOTHING RETURNING *`,
        recordValues(record),
      );
      if (!inserted[0]) return { result: undefined, audit: [] };
      const shipment = toShipment(inserted[0]);
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
    const batchSize = Math.floor(60_000 / SHIPMENT_WRITE_COLUMNS.length);
    return this.dataSource.transaction(async (manager) => {
      let inserted = 0;
      for (let start = 0; start < inputs.length; start += batchSize) {
        const batch = inputs
          .slice(start, start + batchSize)
          .map((input) => toRecord(input, this.settings.homeCountry));
        const placeholders = batch.map((_, index) =>
          valuesPlaceholders(index * SHIPMENT_WRITE_COLUMNS.length),
        );
        const rows: { id: string }[] = await manager.query(
          `INSERT INTO shipments (${SHIPMENT_WRITE_COLUMNS.join(', ')}) VALUES ${placeholders.join(', ')}
           ON CONFLICT (id) DO NOTHING RETURNING id`,
          batch.flatMap(recordValues),
        );
        inserted += rows.length;
      }
      return inserted;
    });
  }

  async findOne(
    id: string,
    manager: EntityManager = this.dataSource.manager,
    lock: '' | 'FOR UPDATE' = '',
  ): Promise<Shipment> {
    const rows: ShipmentRow[] = await manager.query(`SELECT * FROM shipments WHERE id = $1 ${lock}`, [id]);
    if (!rows[0]) throw new NotFoundException(`No shipment with id ${id}`);
    return toShipment(rows[0]);
  }

  async list(query: ListShipmentsQuery): Promise<Page<Shipment>> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const sort = parseSort(query.sort);
    const where = shipmentWhere(query);
    const direction = sort.descending ? 'DESC' : 'ASC';

    let pageWhere = where;
    let offset = query.offset ?? 0;
    if (query.cursor) {
      const [value, id] = decodeCursor(query.cursor);
      const params = [...where.params, value, id];
      const keyset = `(${sort.column}, s.id) ${sort.descending ? '<' : '>'} ($${params.length - 1}, $${params.length}::uuid)`;
      pageWhere = { sql: where.sql ? `${where.sql} AND ${keyset}` : `WHERE ${keyset}`, params };
      offset = 0;
    }

    const pageParams = [...pageWhere.params, limit + 1, offset];
    const [rows, counted] = await Promise.all([
      this.dataSource.query(
        `SELECT s.*, ${SOURCE_COUNT} FROM shipments s ${pageWhere.sql}
         ORDER BY ${sort.column} ${direction}, s.id ${direction}
         LIMIT $${pageParams.length - 1} OFFSET $${pageParams.length}`,
        pageParams,
      ) as Promise<ShipmentRow[]>,
      this.dataSource.query(
        `SELECT count(*) AS total FROM shipments s ${where.sql}`,
        where.params,
      ) as Promise<{ total: number }[]>,
    ]);
    const items = rows.slice(0, limit).map(toShipment);
    const last = rows.length > limit ? rows[limit - 1] : undefined;
    const sortColumn = sort.column.slice(2) as keyof ShipmentRow;
    return {
      items,
      total: counted[0]?.total ?? 0,
      limit,
      offset,
      nextCursor: last ? encodeCursor(last[sortColumn], last.id) : null,
    };
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
    const values = recordValues(record);
    const assignments = SHIPMENT_WRITE_COLUMNS.slice(2)
      .map((column) => `${column} = v.${column}`)
      .join(', ');
    // For UPDATE, TypeORM's query() answers [rows, affectedCount].
    const [rows]: [ShipmentRow[], number] = await manager.query(
      `UPDATE shipments s SET ${assignments}, updated_at = now()
         FROM (VALUES ${valuesPlaceholders()}) AS v (${SHIPMENT_WRITE_COLUMNS.join(', ')})
         WHERE s.id = v.id RETURNING s.*`,
      values,
    );
    if (!rows[0]) throw new NotFoundException(`No shipment with id ${id}`);
    const updated = toShipment(rows[0]);
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
      const [rows]: [ShipmentRow[], number] = await manager.query(
        'DELETE FROM shipments WHERE id = $1 RETURNING *',
        [id],
      );
      if (!rows[0]) throw new NotFoundException(`No shipment with id ${id}`);
      return {
        result: undefined,
        audit: {
          action: 'shipment.delete',
          entityType: 'shipment',
          entityId: id,
          before: toShipment(rows[0]),
        },
      };
    });
  }
}
