import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import {
  deleteLoginFailures,
  deleteStaleLoginFailures,
  selectLockedSeconds,
  upsertLoginFailure,
} from './login-lockout-sql';

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
    return selectLockedSeconds(this.dataSource.manager, username);
  }

  /** Counts a failure; answers the seconds of lock-out it caused (0 when not locked yet). */
  async recordFailure(username: string): Promise<number> {
    const { loginLockoutAttempts, loginLockoutMinutes } = this.config.security;
    await this.cleanUpNowAndThen(loginLockoutMinutes);
    return upsertLoginFailure(this.dataSource.manager, username, loginLockoutAttempts, loginLockoutMinutes);
  }

  async clear(username: string): Promise<void> {
    await deleteLoginFailures(this.dataSource.manager, username);
  }

  private async cleanUpNowAndThen(minutes: number): Promise<void> {
    if (Date.now() - this.lastCleanup < 60_000) return;
    this.lastCleanup = Date.now();
    await deleteStaleLoginFailures(this.dataSource.manager, minutes);
  }
}
