import type { ApiKeySummary, Role } from '@tradeflow/domain';
import type { EntityManager } from 'typeorm';

// The SQL of API keys: every statement on `api_keys`. Keys are stored as their SHA-256 only.

interface ApiKeyRow {
  id: string;
  name: string;
  role: Role;
  prefix: string;
  created_at: Date;
  created_by: string;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

function toSummary(row: ApiKeyRow): ApiKeySummary {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    prefix: row.prefix,
    createdAt: new Date(row.created_at).toISOString(),
    createdBy: row.created_by,
    lastUsedAt: row.last_used_at ? new Date(row.last_used_at).toISOString() : null,
    revokedAt: row.revoked_at ? new Date(row.revoked_at).toISOString() : null,
  };
}

/** Active keys first, newest first. */
export async function selectApiKeys(manager: EntityManager): Promise<ApiKeySummary[]> {
  const rows: ApiKeyRow[] = await manager.query(
    'SELECT * FROM api_keys ORDER BY revoked_at IS NOT NULL, created_at DESC, id',
  );
  return rows.map(toSummary);
}

export async function insertApiKey(
  manager: EntityManager,
  key: { id: string; name: string; role: Role; prefix: string; keyHash: string; createdBy: string },
): Promise<ApiKeySummary> {
  const [row]: ApiKeyRow[] = await manager.query(
    `INSERT INTO api_keys (id, name, role, prefix, key_hash, created_by)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
    [key.id, key.name, key.role, key.prefix, key.keyHash, key.createdBy],
  );
  return toSummary(row as ApiKeyRow);
}

/** Revokes an active key; answers it as revoked, or null when there is no active key of that id. */
export async function revokeApiKey(manager: EntityManager, id: string): Promise<ApiKeySummary | null> {
  // For UPDATE, TypeORM's query() answers [rows, affectedCount].
  const [rows]: [ApiKeyRow[], number] = await manager.query(
    'UPDATE api_keys SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING *',
    [id],
  );
  return rows[0] ? toSummary(rows[0]) : null;
}

/**
 * The active key of that hash, and whether its last use is older than a minute (so a busy key
 * writes last_used_at once a minute, not on every request).
 */
export async function selectActiveKeyByHash(
  manager: EntityManager,
  keyHash: string,
): Promise<{ id: string; name: string; role: Role; stale: boolean } | undefined> {
  const rows: { id: string; name: string; role: Role; stale: boolean }[] = await manager.query(
    `SELECT id, name, role, last_used_at IS NULL OR last_used_at < now() - interval '1 minute' AS stale
       FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL`,
    [keyHash],
  );
  return rows[0];
}

export async function touchApiKey(manager: EntityManager, id: string): Promise<void> {
  await manager.query('UPDATE api_keys SET last_used_at = now() WHERE id = $1', [id]);
}
