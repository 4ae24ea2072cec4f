import { Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { CacheVersionsService } from '../cache-versions/cache-versions.service';
import { BoundedCache } from '../common/bounded-cache';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { BOOTSTRAP_TOKEN_NAME, type Principal } from './principal';
import { constantTimeEquals, sha256Hex } from './secrets';
import { sessionTokenFrom } from './session-cookie';
import { SessionsService } from './sessions.service';

export interface Authentication {
  principal?: Principal;
  /** Set when credentials were presented but not accepted. */
  problem?: string;
}

interface CachedPrincipal {
  principal: Principal;
  /** The credentials version read before the principal was looked up. */
  version: string;
  /** Epoch ms; a session's own expiry when that comes sooner. */
  validUntil: number;
}

/**
 * How long a looked-up caller is reused. Revocation does not wait for it (every change that can
 * end a caller bumps the credentials version, checked on every request); it bounds how stale the
 * last-used/last-seen bookkeeping and an idle session's expiry can be.
 */
export const PRINCIPAL_CACHE_MS = 10_000;
const PRINCIPAL_CACHE_ENTRIES = 10_000;

/** Who is calling: `Authorization: Bearer <key>` first, else the session cookie. */
@Injectable()
export class CredentialsService {
  private readonly cache = new BoundedCache<CachedPrincipal>(PRINCIPAL_CACHE_ENTRIES);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionsService,
    private readonly apiKeys: ApiKeysService,
    private readonly versions: CacheVersionsService,
  ) {}

  async authenticate(request: Request): Promise<Authentication> {
    const authorization = request.headers.authorization;
    if (authorization !== undefined) return this.fromAuthorization(request, authorization);
    const token = sessionTokenFrom(request);
    if (token === undefined) return {};
    const principal = await this.cached(request, `session:${sha256Hex(token)}`, () =>
      this.sessions.resolve(token),
    );
    return principal ? { principal } : { problem: 'Your session has ended: sign in again' };
  }

  private async fromAuthorization(request: Request, header: string): Promise<Authentication> {
    const match = /^Bearer +(\S+) *$/i.exec(header);
    if (!match) return { problem: 'The Authorization header must be "Bearer <API key>"' };
    const key = match[1] as string;
    const adminToken = this.config.security.adminToken;
    if (adminToken !== undefined && constantTimeEquals(key, adminToken)) {
      return {
        principal: { kind: 'api-key', id: null, name: BOOTSTRAP_TOKEN_NAME, role: 'admin', via: 'api-key' },
      };
    }
    const principal = await this.cached(request, `key:${sha256Hex(key)}`, () => this.apiKeys.resolve(key));
    return principal ? { principal } : { problem: 'The API key is not valid or has been revoked' };
  }

  /**
   * The cached caller while the credentials version is unchanged, else a fresh look-up. The version
   * is read before the look-up: a revocation committed in between shows in the look-up itself, one
   * committed after it raises the version and the next request looks up again. Refusals are not
   * cached, so a key that becomes valid is never refused from memory.
   */
  private async cached(
    request: Request,
    cacheKey: string,
    lookUp: () => Promise<(Principal & { expiresAt?: Date }) | undefined>,
  ): Promise<Principal | undefined> {
    const { credentials: version } = await this.versions.ofRequest(request);
    const now = Date.now();
    const hit = this.cache.get(cacheKey);
    if (hit && hit.version === version && hit.validUntil > now) return hit.principal;
    const found = await lookUp();
    if (!found) {
      this.cache.delete(cacheKey);
      return undefined;
    }
    const { expiresAt, ...principal } = found;
    const validUntil = Math.min(now + PRINCIPAL_CACHE_MS, expiresAt?.getTime() ?? Infinity);
    this.cache.set(cacheKey, { principal, version, validUntil });
    return principal;
  }
}
