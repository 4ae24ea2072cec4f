import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ActorType, AuditEntry, AuditPage } from '@tradeflow/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor, currentActor, currentRequestId } from '../common/request-context';
import type { ListAuditQuery } from './dto/list-audit.query';

/** What changed; the caller and the request id are taken from the current request. */
export interface AuditRecord {
  /** `<entity>.<verb>`, e.g. `shipment.update`, `fx-rate.upsert`, `report.delete`. */
  action: string;
  /** e.g. `shipment`, `user`, `api-key`, `fx-rate`, `report`. */
  entityType: string;
  entityId: string;
  /** The entity before the write (null when created). Never put secrets or hashes here. */
  before?: unknown;
  /** The entity after the write (null when deleted). */
  after?: unknown;
}

interface AuditRow {
  id: string;
  occurred_at: Date;
  actor_type: ActorType;
  actor_id: string | null;
  actor_name: string;
  action: string;
  entity_type: string;
  entity_id: string;
  before: unknown;
  after: unknown;
  request_id: string | null;
}

const DEFAULT_LIMIT = 50;

/** What an audited write returns: its result, and the entries to record with it. */
export interface Audited<T> {
  result: T;
  audit: AuditRecord | AuditRecord[];
}

/**
 * The audit trail. Every audited write goes through `withAudit`: the write and its entries commit or
 * roll back together, in one transaction:
 *
 *   return this.audit.withAudit(async (manager) => {
 *     ...write with manager...
 *     return { result, audit: { action: 'fx-rate.upsert', entityType: 'fx-rate', entityId, before, after } };
 *   });
 *
 * A write that runs in a transaction of its own (`inTransaction`, for a COPY or other work on the pg
 * client) calls `record` with that transaction's manager instead, and so does a helper that writes
 * inside its caller's transaction (`ShipmentsService.updateIn`).
 */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async withAudit<T>(
    work: (manager: EntityManager) => Promise<Audited<T>>,
    actor: Actor = currentActor(),
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const { result, audit } = await work(manager);
      for (const entry of Array.isArray(audit) ? audit : [audit]) await this.record(manager, entry, actor);
      return result;
    });
  }

  async record(manager: EntityManager, entry: AuditRecord, actor: Actor = currentActor()): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('AuditService.record needs the EntityManager of an open transaction');
    }
    await manager.query(
      `INSERT INTO audit_log (actor_type, actor_id, actor_name, action, entity_type, entity_id, before, after, request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9)`,
      [
        actor.type,
        actor.id,
        actor.name.slice(0, 128),
        entry.action,
        entry.entityType,
        entry.entityId,
        toJson(entry.before),
        toJson(entry.after),
        currentRequestId()?.slice(0, 100) ?? null,
      ],
    );
  }

  /** Newest first, filtered; page on with `nextCursor`. */
  async list(query: ListAuditQuery): Promise<AuditPage> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const conditions: string[] = [];
    const params: unknown[] = [];
    const where = (sql: (placeholder: string) => string, value: unknown) => {
      params.push(value);
      conditions.push(sql(`$${params.length}`));
    };
    if (query.entityType !== undefined) where((p) => `entity_type = ${p}`, query.entityType);
    if (query.entityId !== undefined) where((p) => `entity_id = ${p}`, query.entityId);
    if (query.actor !== undefined) where((p) => `actor_name = ${p}`, query.actor);
    if (query.action !== undefined) where((p) => `action = ${p}`, query.action);
    if (query.from !== undefined) where((p) => `occurred_at >= ${p}::timestamptz`, query.from);
    if (query.to !== undefined) where((p) => `occurred_at <= ${p}::timestamptz`, query.to);
    if (query.cursor !== undefined) where((p) => `id < ${p}::bigint`, query.cursor);
    params.push(limit + 1);
    const rows: AuditRow[] = await this.dataSource.query(
      `SELECT * FROM audit_log ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
       ORDER BY id DESC LIMIT $${params.length}`,
      params,
    );
    const items = rows.slice(0, limit).map(toEntry);
    return { items, nextCursor: rows.length > limit ? (items[items.length - 1]?.id ?? null) : null };
  }

  /** Every recorded change of one entity, oldest first. */
  async history(entityType: string, entityId: string): Promise<AuditEntry[]> {
    const rows: AuditRow[] = await this.dataSource.query(
      'SELECT * FROM audit_log WHERE entity_type = $1 AND entity_id = $2 ORDER BY id',
      [entityType, entityId],
    );
    return rows.map(toEntry);
  }
}

function toJson(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    id: String(row.id),
    occurredAt: new Date(row.occurred_at).toISOString(),
    actorType: row.actor_type,
    actorId: row.actor_id,
    actorName: row.actor_name,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    before: row.before,
    after: row.after,
    changedFields: changedFields(row.before, row.after),
    requestId: row.request_id,
  };
}

function changedFields(before: unknown, after: unknown): string[] {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  if (typeof a !== 'object' || typeof b !== 'object') return [];
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.filter(
    (key) => !['updatedAt', 'createdAt'].includes(key) && JSON.stringify(a[key]) !== JSON.stringify(b[key]),
  );
}
