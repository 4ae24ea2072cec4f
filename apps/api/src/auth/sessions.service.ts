import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@tradeflow/domain';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { Principal } from './principal';
import { randomToken, sha256Hex } from './secrets';

interface SessionRow {
  user_id: string;
  username: string;
  role: Role;
  stale: boolean;
  expires_at: Date;
}

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
    await this.dataSource.query(
      `DELETE FROM sessions WHERE expires_at <= now() OR last_seen_at <= now() - make_interval(mins => $1)`,
      [sessionIdleMinutes],
    );
    await this.dataSource.query(
      `INSERT INTO sessions (token_hash, user_id, expires_at)
       VALUES ($1, $2, now() + make_interval(mins => $3))`,
      [sha256Hex(token), userId, sessionMaxAgeMinutes],
    );
    return token;
  }

  /** The signed-in user of a live session (neither past its absolute nor its idle expiry). */
  async resolve(token: string): Promise<(Principal & { expiresAt: Date }) | undefined> {
    const tokenHash = sha256Hex(token);
    const rows: SessionRow[] = await this.dataSource.query(
      `SELECT s.user_id, u.username, u.role, s.expires_at, s.last_seen_at < now() - interval '1 minute' AS stale
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.expires_at > now()
          AND s.last_seen_at > now() - make_interval(mins => $2)`,
      [tokenHash, this.config.security.sessionIdleMinutes],
    );
    const row = rows[0];
    if (!row) return undefined;
    // Idle expiry needs the last activity; writing it at most once a minute keeps reads cheap.
    if (row.stale)
      await this.dataSource.query('UPDATE sessions SET last_seen_at = now() WHERE token_hash = $1', [
        tokenHash,
      ]);
    return {
      kind: 'user',
      id: row.user_id,
      name: row.username,
      role: row.role,
      via: 'session',
      sessionTokenHash: tokenHash,
      expiresAt: new Date(row.expires_at),
    };
  }

  async delete(tokenHash: string): Promise<void> {
    await this.dataSource.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
  }
}
