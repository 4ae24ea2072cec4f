import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ApiKeySummary, CreatedApiKey, CreateApiKeyRequest } from '@tradeflow/domain';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../auth/principal';
import { randomToken, sha256Hex } from '../auth/secrets';
import { currentActor } from '../common/request-context';
import {
  insertApiKey,
  revokeApiKey,
  selectActiveKeyByHash,
  selectApiKeys,
  touchApiKey,
} from './api-keys-sql';

export const API_KEY_PREFIX = 'tf_';
const DISPLAY_PREFIX_LENGTH = API_KEY_PREFIX.length + 8;
// tf_ + 43 base64url characters (256 bits)
const API_KEY_SHAPE = /^tf_[A-Za-z0-9_-]{43}$/;

/** API keys for machine clients: shown once at creation, stored as SHA-256, revocable at once. */
@Injectable()
export class ApiKeysService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<ApiKeySummary[]> {
    return selectApiKeys(this.dataSource.manager);
  }

  async create(input: CreateApiKeyRequest): Promise<CreatedApiKey> {
    const key = `${API_KEY_PREFIX}${randomToken()}`;
    const id = randomUUID();
    return this.audit.withAudit(async (manager) => {
      const summary = await insertApiKey(manager, {
        id,
        name: input.name.trim(),
        role: input.role,
        prefix: key.slice(0, DISPLAY_PREFIX_LENGTH),
        keyHash: sha256Hex(key),
        createdBy: currentActor().name,
      });
      return {
        result: { id, name: summary.name, role: summary.role, key },
        audit: { action: 'api-key.create', entityType: 'api-key', entityId: id, after: summary },
      };
    });
  }

  /** Revocation is immediate: it bumps the credentials version that every request checks (cache_versions). */
  async revoke(id: string): Promise<void> {
    await this.audit.withAudit(async (manager) => {
      const summary = await revokeApiKey(manager, id);
      if (!summary) throw new NotFoundException(`No active API key with id ${id}`);
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
    const row = await selectActiveKeyByHash(this.dataSource.manager, sha256Hex(key));
    if (!row) return undefined;
    if (row.stale) await touchApiKey(this.dataSource.manager, row.id);
    return { kind: 'api-key', id: row.id, name: row.name, role: row.role, via: 'api-key' };
  }
}
