import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { SYSTEM_ACTOR } from '../common/request-context';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { UsersService } from '../users/users.service';
import { verifyPassword } from './secrets';

export const ADMIN_USERNAME = 'admin';

/**
 * First access: TRADEFLOW_ADMIN_PASSWORD sets the password of user `admin` at every start;
 * TRADEFLOW_ADMIN_TOKEN is an admin API key checked per request (nothing stored). With neither, the
 * first start on an empty database creates `admin` with a random password and prints it once.
 */
@Injectable()
export class AdminBootstrapService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Auth');
  private generatedPassword: string | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { adminPassword, adminToken } = this.config.security;
    if (adminPassword) {
      const existing = await this.users.findByUsername(ADMIN_USERNAME);
      if (existing?.role === 'admin' && (await verifyPassword(existing.password_hash, adminPassword))) return;
      await this.users.upsertAtStartUp(ADMIN_USERNAME, adminPassword, 'admin', SYSTEM_ACTOR);
      this.logger.log(`user "${ADMIN_USERNAME}" has the password from TRADEFLOW_ADMIN_PASSWORD`);
      return;
    }
    if (adminToken) return;
    const password = randomBytes(18).toString('base64url');
    const created = await this.users.upsertAtStartUp(ADMIN_USERNAME, password, 'admin', SYSTEM_ACTOR, {
      onlyIfNoUsers: true,
    });
    if (created) this.generatedPassword = password;
  }

  /**
   * Prints the generated password (if this start made one), framed, and forgets it. main.ts calls it
   * after the "ready" line so it is the last thing on the screen, not lost above the start-up log.
   */
  printGeneratedPassword(): void {
    if (this.generatedPassword === undefined) return;
    printOnce(this.generatedPassword);
    this.generatedPassword = undefined;
  }
}

/**
 * Written straight to stdout, whatever LOG_LEVEL says: without it nobody could sign in. The
 * password exists nowhere else (only its argon2id hash), so it cannot be printed again.
 */
function printOnce(password: string): void {
  const message =
    `No user existed, so user "${ADMIN_USERNAME}" was created with the password ${password} ` +
    '(shown only this once). Sign in at / with it, or set TRADEFLOW_ADMIN_PASSWORD to choose your own.';
  const frame = '='.repeat(72);
  const framed = [
    frame,
    `  Sign in as "${ADMIN_USERNAME}" with the password: ${password}`,
    '  (shown only this once; set TRADEFLOW_ADMIN_PASSWORD to choose your own)',
    frame,
  ].join('\n');
  // The JSON line for log collectors, then the same for the person at the terminal.
  process.stdout.write(`${JSON.stringify({ level: 40, time: Date.now(), context: 'Auth', msg: message })}\n`);
  process.stdout.write(`${framed}\n`);
}
