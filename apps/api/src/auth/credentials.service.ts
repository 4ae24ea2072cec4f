import { Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { BOOTSTRAP_TOKEN_NAME, type Principal } from './principal';
import { constantTimeEquals } from './secrets';
import { sessionTokenFrom } from './session-cookie';
import { SessionsService } from './sessions.service';

export interface Authentication {
  principal?: Principal;
  /** Set when credentials were presented but not accepted. */
  problem?: string;
}

/** Who is calling: `Authorization: Bearer <key>` first, else the session cookie. */
@Injectable()
export class CredentialsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionsService,
    private readonly apiKeys: ApiKeysService,
  ) {}

  async authenticate(request: Request): Promise<Authentication> {
    const authorization = request.headers.authorization;
    if (authorization !== undefined) return this.fromAuthorization(authorization);
    const token = sessionTokenFrom(request);
    if (token === undefined) return {};
    const principal = await this.sessions.resolve(token);
    return principal ? { principal } : { problem: 'Your session has ended: sign in again' };
  }

  private async fromAuthorization(header: string): Promise<Authentication> {
    const match = /^Bearer +(\S+) *$/i.exec(header);
    if (!match) return { problem: 'The Authorization header must be "Bearer <API key>"' };
    const key = match[1] as string;
    const adminToken = this.config.security.adminToken;
    if (adminToken !== undefined && constantTimeEquals(key, adminToken)) {
      return {
        principal: { kind: 'api-key', id: null, name: BOOTSTRAP_TOKEN_NAME, role: 'admin', via: 'api-key' },
      };
    }
    const principal = await this.apiKeys.resolve(key);
    return principal ? { principal } : { problem: 'The API key is not valid or has been revoked' };
  }
}
