import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { Principal } from './principal';
import { randomToken, sha256Hex } from './secrets';
import {
  deleteExpiredSessions,
  deleteSession,
  findLiveSessionByTokenHash,
  insertSession,
  touchSession,
} from './sessions-sql';

/** Browser sessions: a random 256-bit token in the cookie, its SHA-256 in PostgreSQL. */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Starts a session and answers the token for the cookie (the only place it exists in clear). */
  async create(userId: string): Promise<string> {
    const token = randomToken();
    const { sessionMaxAgeMinutes, sessionIdleMinutes } = this.config.security;
    await deleteExpiredSessions(this.dataSource.manager, sessionIdleMinutes);
    await insertSession(this.dataSource.manager, sha256Hex(token), userId, sessionMaxAgeMinutes);
    return token;
  }

  /** The signed-in user of a live session (neither past its absolute nor its idle expiry). */
  async resolve(token: string): Promise<(Principal & { expiresAt: Date }) | undefined> {
    const tokenHash = sha256Hex(token);
    const session = await findLiveSessionByTokenHash(
      this.dataSource.manager,
      tokenHash,
      this.config.security.sessionIdleMinutes,
    );
    if (!session) return undefined;
    // Idle expiry needs the last activity; writing it at most once a minute keeps reads cheap.
    if (session.stale) await touchSession(this.dataSource.manager, tokenHash);
    return {
      kind: 'user',
      id: session.userId,
      name: session.username,
      role: session.role,
      via: 'session',
      sessionTokenHash: tokenHash,
      expiresAt: session.expiresAt,
    };
  }

  async delete(tokenHash: string): Promise<void> {
    await deleteSession(this.dataSource.manager, tokenHash);
  }
}
