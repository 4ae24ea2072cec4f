import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/**
 * Locks a username after LOGIN_LOCKOUT_ATTEMPTS failed sign-ins within LOGIN_LOCKOUT_MINUTES, for
 * LOGIN_LOCKOUT_MINUTES. Counted in PostgreSQL so that the lock holds across instances, and for
 * every username tried (existing or not), so a lock-out does not tell who has an account.
 */
@Injectable()
export class LoginLockoutService {
  private lastCleanup = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Seconds until the username may try again, or 0 when it is not locked. */
  async lockedForSeconds(username: string): Promise<number> {
    const rows: { seconds: number }[] = await this.dataSource.query(
      `SELECT ceil(extract(epoch FROM locked_until - now()))::int AS seconds
         FROM login_failures WHERE username = $1 AND locked_until > now()`,
      [username],
    );
    return rows[0]?.seconds ?? 0;
  }

  /** Counts a failure; answers the seconds of lock-out it caused (0 when not locked yet). */
  async recordFailure(username: string): Promise<number> {
    const { loginLockoutAttempts, loginLockoutMinutes } = this.config.security;
    await this.cleanUpNowAndThen(loginLockoutMinutes);
    // A failure after the window (or after a lock ran out) starts a new count; SET sees the old row.
    const rows: { seconds: number }[] = await this.dataSource.query(
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
      [username, loginLockoutAttempts, loginLockoutMinutes],
    );
    return rows[0]?.seconds ?? 0;
  }

  async clear(username: string): Promise<void> {
    await this.dataSource.query('DELETE FROM login_failures WHERE username = $1', [username]);
  }

  private async cleanUpNowAndThen(minutes: number): Promise<void> {
    if (Date.now() - this.lastCleanup < 60_000) return;
    this.lastCleanup = Date.now();
    await this.dataSource.query(
      `DELETE FROM login_failures
        WHERE window_started_at <= now() - make_interval(mins => $1) AND (locked_until IS NULL OR locked_until <= now())`,
      [minutes],
    );
  }
}
