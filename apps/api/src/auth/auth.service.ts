import { HttpException, HttpStatus, Inject, Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { type CurrentUser, normaliseUsername, usernameProblem } from '@tradeflow/domain';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { UsersService } from '../users/users.service';
import { LoginLockoutService } from './login-lockout.service';
import type { Principal } from './principal';
import { verifyAgainstNothing, verifyPassword } from './secrets';
import { clearSessionCookie, sessionTokenFrom, setSessionCookie } from './session-cookie';
import { SessionsService } from './sessions.service';
import { sha256Hex } from './secrets';

@Injectable()
export class AuthService {
  private readonly logger = new Logger('Auth');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly lockout: LoginLockoutService,
  ) {}

  async login(
    credentials: { username: string; password: string },
    request: Request,
    response: Response,
  ): Promise<CurrentUser> {
    const username = normaliseUsername(credentials.username);
    const locked = await this.lockout.lockedForSeconds(username);
    if (locked > 0) throw this.lockedOut(response, locked);

    const user = usernameProblem(username) ? undefined : await this.users.findByUsername(username);
    const valid = user
      ? await verifyPassword(user.password_hash, credentials.password)
      : await verifyAgainstNothing(credentials.password);
    if (!user || !valid) {
      const lockedNow = await this.lockout.recordFailure(username);
      this.logger.warn({ username: username.slice(0, 64), lockedNow: lockedNow > 0 }, 'failed sign-in');
      if (lockedNow > 0) throw this.lockedOut(response, lockedNow);
      throw new UnauthorizedException('Wrong username or password');
    }

    await this.lockout.clear(username);
    const previous = sessionTokenFrom(request);
    if (previous) await this.sessions.delete(sha256Hex(previous));
    const token = await this.sessions.create(user.id);
    setSessionCookie(request, response, token, this.config.security);
    this.logger.log({ username: user.username }, 'signed in');
    return { username: user.username, role: user.role, via: 'session' };
  }

  async logout(principal: Principal | undefined, request: Request, response: Response): Promise<void> {
    if (principal?.sessionTokenHash) await this.sessions.delete(principal.sessionTokenHash);
    clearSessionCookie(request, response, this.config.security);
  }

  private lockedOut(response: Response, seconds: number): HttpException {
    response.setHeader('Retry-After', String(seconds));
    const minutes = Math.ceil(seconds / 60);
    return new HttpException(
      {
        statusCode: HttpStatus.TOO_MANY_REQUESTS,
        error: 'Too Many Requests',
        message: `Too many failed sign-ins for this username: try again in ${minutes} minute${minutes === 1 ? '' : 's'}`,
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
