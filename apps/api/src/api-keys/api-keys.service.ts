import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ApiKeySummary, CreatedApiKey, CreateApiKeyRequest, Role } from '@tradeflow/domain';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../auth/principal';
import { randomToken, sha256Hex } from '../auth/secrets';
import { currentActor } from '../common/request-context';

export const API_KEY_PREFIX = 'tf_';
const DISPLAY_PREFIX_LENGTH = API_KEY_PREFIX.length + 8;
// tf_ + 43 base64url characters (256 bits)
const API_KEY_SHAPE = /^tf_[A-Za-z0-9_-]{43}$/;

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

/** API keys for machine clients: shown once at creation, stored as SHA-256, revocable at once. */
@Injectable()
export class ApiKeysService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<ApiKeySummary[]> {
    const rows: ApiKeyRow[] = await this.dataSource.query(
      'SELECT * FROM api_keys ORDER BY revoked_at IS NOT NULL, created_at DESC, id',
    );
    return rows.map(toSummary);
  }

  async create(input: CreateApiKeyRequest): Promise<CreatedApiKey> {
    const key = `${API_KEY_PREFIX}${randomToken()}`;
    const id = randomUUID();
    return this.audit.withAudit(async (manager) => {
      const [row]: ApiKeyRow[] = await manager.query(
        `INSERT INTO api_keys (id, name, role, prefix, key_hash, created_by)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
        [
          id,
          input.name.trim(),
          input.role,
          key.slice(0, DISPLAY_PREFIX_LENGTH),
          sha256Hex(key),
          currentActor().name,
        ],
      );
      const summary = toSummary(row as ApiKeyRow);
      return {
        result: { id, name: summary.name, role: summary.role, key },
        audit: { action: 'api-key.create', entityType: 'api-key', entityId: id, after: summary },
      };
    });
  }

  /** Revocation is immediate: it bumps the credentials version that every request checks (cache_versions). */
  async revoke(id: string): Promise<void> {
    await this.audit.withAudit(async (manager) => {
      const [rows]: [ApiKeyRow[], number] = await manager.query(
        'UPDATE api_keys SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING *',
        [id],
      );
      const after = rows[0];
      if (!after) throw new NotFoundException(`No active API key with id ${id}`);
      const summary = toSummary(after);
      return {
        result: undefined,
        audit: {
          action: 'api-key.revoke',
          entityType: 'api-key',
          entityId: id,
          before: { ...summary, revokedAt: null },
          after: summary,
        },
      };
    });
  }

  /** The caller behind a presented key, or undefined when it is unknown or revoked. */
  async resolve(key: string): Promise<Principal | undefined> {
    if (!API_KEY_SHAPE.test(key)) return undefined;
    const rows: (ApiKeyRow & { stale: boolean })[] = await this.dataSource.query(
      `SELECT id, name, role, last_used_at IS NULL OR last_used_at < now() - interval '1 minute' AS stale
         FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL`,
      [sha256Hex(key)],
    );
    const row = rows[0];
    if (!row) return undefined;
    if (row.stale)
      await this.dataSource.query('UPDATE api_keys SET last_used_at = now() WHERE id = $1', [row.id]);
    return { kind: 'api-key', id: row.id, name: row.name, role: row.role, via: 'api-key' };
  }
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
