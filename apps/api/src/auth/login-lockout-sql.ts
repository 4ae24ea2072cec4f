import type { EntityManager } from 'typeorm';

// The SQL of the login lock-out: every statement on `login_failures`, one row per username tried.

/** Seconds until the username may try again, or 0 when it is not locked. */
export async function selectLockedSeconds(manager: EntityManager, username: string): Promise<number> {
  const rows: { seconds: number }[] = await manager.query(
    `SELECT ceil(extract(epoch FROM locked_until - now()))::int AS seconds
       FROM login_failures WHERE username = $1 AND locked_until > now()`,
    [username],
  );
  return rows[0]?.seconds ?? 0;
}

/**
 * Counts a failure of the username, locking it for `lockoutMinutes` at the `attempts`-th failure
 * within that window; answers the seconds of lock-out it is under (0 when not locked).
 */
export async function upsertLoginFailure(
  manager: EntityManager,
  username: string,
  attempts: number,
  lockoutMinutes: number,
): Promise<number> {
  // A failure after the window (or after a lock ran out) starts a new count; SET sees the old row.
  const rows: { seconds: number }[] = await manager.query(
    `WITH settings AS (SELECT make_interval(mins => $3) AS lockout)
     INSERT INTO login_failures AS f (username, failed_count, window_started_at, locked_until)
     SELECT $1, 1, now(), CASE WHEN 1 >= $2 THEN now() + lockout END FROM settings
     ON CONFLICT (username) DO UPDATE SET
       failed_count = CASE WHEN f.window_started_at <= now() - make_interval(mins => $3) THEN 1
                           ELSE f.failed_count + 1 END,
       window_started_at = CASE WHEN f.window_started_at <= now() - make_interval(mins => $3) THEN now()
                                ELSE f.window_started_at END,
       locked_until = CASE
         WHEN f.locked_until > now() THEN f.locked_until
         WHEN (CASE WHEN f.window_started_at <= now() - make_interval(mins => $3) THEN 1
                    ELSE f.failed_count + 1 END) >= $2 THEN now() + make_interval(mins => $3)
       END
     RETURNING CASE WHEN f.locked_until > now() THEN ceil(extract(epoch FROM f.locked_until - now()))::int
                    ELSE 0 END AS seconds`,
    [username, attempts, lockoutMinutes],
  );
  return rows[0]?.seconds ?? 0;
}

export async function deleteLoginFailures(manager: EntityManager, username: string): Promise<void> {
  await manager.query('DELETE FROM login_failures WHERE username = $1', [username]);
}

/** Deletes the counts whose window is over and that hold no lock. */
export async function deleteStaleLoginFailures(manager: EntityManager, windowMinutes: number): Promise<void> {
  await manager.query(
    `DELETE FROM login_failures
      WHERE window_started_at <= now() - make_interval(mins => $1) AND (locked_until IS NULL OR locked_until <= now())`,
    [windowMinutes],
  );
}
