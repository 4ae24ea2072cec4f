import type { Role } from '@tradeflow/domain';
import type { EntityManager } from 'typeorm';

// The SQL of browser sessions: every statement on `sessions` but the ones a user's change ends
// (users-sql.ts). A session is stored as the SHA-256 of its token only.

interface SessionRow {
  user_id: string;
  username: string;
  role: Role;
  stale: boolean;
  expires_at: Date;
}

export interface LiveSession {
  userId: string;
  username: string;
  role: Role;
  expiresAt: Date;
  /** Whether its last activity is older than a minute (so it is written at most once a minute). */
  stale: boolean;
}

/** Deletes every session past its absolute expiry or idle for `idleMinutes`. */
export async function deleteExpiredSessions(manager: EntityManager, idleMinutes: number): Promise<void> {
  await manager.query(
    `DELETE FROM sessions WHERE expires_at <= now() OR last_seen_at <= now() - make_interval(mins => $1)`,
    [idleMinutes],
  );
}

export async function insertSession(
  manager: EntityManager,
  tokenHash: string,
  userId: string,
  maxAgeMinutes: number,
): Promise<void> {
  await manager.query(
    `INSERT INTO sessions (token_hash, user_id, expires_at)
     VALUES ($1, $2, now() + make_interval(mins => $3))`,
    [tokenHash, userId, maxAgeMinutes],
  );
}

/** The session of that token hash with its user, when neither past its absolute nor its idle expiry. */
export async function findLiveSessionByTokenHash(
  manager: EntityManager,
  tokenHash: string,
  idleMinutes: number,
): Promise<LiveSession | undefined> {
  const rows: SessionRow[] = await manager.query(
    `SELECT s.user_id, u.username, u.role, s.expires_at, s.last_seen_at < now() - interval '1 minute' AS stale
       FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.token_hash = $1 AND s.expires_at > now()
        AND s.last_seen_at > now() - make_interval(mins => $2)`,
    [tokenHash, idleMinutes],
  );
  const row = rows[0];
  if (!row) return undefined;
  return {
    userId: row.user_id,
    username: row.username,
    role: row.role,
    expiresAt: new Date(row.expires_at),
    stale: row.stale,
  };
}

export async function touchSession(manager: EntityManager, tokenHash: string): Promise<void> {
  await manager.query('UPDATE sessions SET last_seen_at = now() WHERE token_hash = $1', [tokenHash]);
}

export async function deleteSession(manager: EntityManager, tokenHash: string): Promise<void> {
  await manager.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
}
