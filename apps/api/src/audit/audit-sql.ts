import type { ActorType, AuditEntry } from '@tradeflow/domain';
import type { EntityManager } from 'typeorm';

// The SQL of the audit trail: every statement on `audit_log`, answering domain entries.

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

/** An entry as it is stored: who, what, and the request it came with. */
export type AuditLine = Omit<AuditEntry, 'id' | 'occurredAt' | 'changedFields'>;

/** The entries a page of the trail may hold; `cursor` is the id the page starts below. */
export interface AuditFilter {
  entityType?: string | undefined;
  entityId?: string | undefined;
  actor?: string | undefined;
  action?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  cursor?: string | undefined;
}

export async function insertAuditLine(manager: EntityManager, line: AuditLine): Promise<void> {
  await manager.query(
    `INSERT INTO audit_log (actor_type, actor_id, actor_name, action, entity_type, entity_id, before, after, request_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9)`,
    [
      line.actorType,
      line.actorId,
      line.actorName,
      line.action,
      line.entityType,
      line.entityId,
      toJson(line.before),
      toJson(line.after),
      line.requestId,
    ],
  );
}

/** Up to `limit` entries of the filter, newest first. */
export async function selectAuditEntries(
  manager: EntityManager,
  filter: AuditFilter,
  limit: number,
): Promise<AuditEntry[]> {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const where = (sql: (placeholder: string) => string, value: unknown) => {
    params.push(value);
    conditions.push(sql(`$${params.length}`));
  };
  if (filter.entityType !== undefined) where((p) => `entity_type = ${p}`, filter.entityType);
  if (filter.entityId !== undefined) where((p) => `entity_id = ${p}`, filter.entityId);
  if (filter.actor !== undefined) where((p) => `actor_name = ${p}`, filter.actor);
  if (filter.action !== undefined) where((p) => `action = ${p}`, filter.action);
  if (filter.from !== undefined) where((p) => `occurred_at >= ${p}::timestamptz`, filter.from);
  if (filter.to !== undefined) where((p) => `occurred_at <= ${p}::timestamptz`, filter.to);
  if (filter.cursor !== undefined) where((p) => `id < ${p}::bigint`, filter.cursor);
  params.push(limit);
  const rows: AuditRow[] = await manager.query(
    `SELECT * FROM audit_log ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
     ORDER BY id DESC LIMIT $${params.length}`,
    params,
  );
  return rows.map(toEntry);
}

/** Every recorded change of one entity, oldest first. */
export async function selectEntityHistory(
  manager: EntityManager,
  entityType: string,
  entityId: string,
): Promise<AuditEntry[]> {
  const rows: AuditRow[] = await manager.query(
    'SELECT * FROM audit_log WHERE entity_type = $1 AND entity_id = $2 ORDER BY id',
    [entityType, entityId],
  );
  return rows.map(toEntry);
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
