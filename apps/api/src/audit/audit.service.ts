import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditEntry, AuditPage } from '@tradeflow/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor, currentActor, currentRequestId } from '../common/request-context';
import { insertAuditLine, selectAuditEntries, selectEntityHistory } from './audit-sql';
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
    await insertAuditLine(manager, {
      actorType: actor.type,
      actorId: actor.id,
      actorName: actor.name.slice(0, 128),
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: entry.before,
      after: entry.after,
      requestId: currentRequestId()?.slice(0, 100) ?? null,
    });
  }

  /** Newest first, filtered; page on with `nextCursor`. */
  async list(query: ListAuditQuery): Promise<AuditPage> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    // One entry more than the page says whether there is a next one.
    const entries = await selectAuditEntries(this.dataSource.manager, query, limit + 1);
    const items = entries.slice(0, limit);
    return { items, nextCursor: entries.length > limit ? (items[items.length - 1]?.id ?? null) : null };
  }

  /** Every recorded change of one entity, oldest first. */
  async history(entityType: string, entityId: string): Promise<AuditEntry[]> {
    return selectEntityHistory(this.dataSource.manager, entityType, entityId);
  }
}
