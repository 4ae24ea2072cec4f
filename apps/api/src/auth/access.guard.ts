import {
  type ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  ThrottlerGuard,
  type ThrottlerModuleOptions,
  type ThrottlerStorage,
} from '@nestjs/throttler';
import { type Role, roleAtLeast } from '@tradeflow/domain';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { PUBLIC_ROUTE, REQUIRED_ROLE } from './access.decorators';
import { CredentialsService } from './credentials.service';
import type { AuthenticatedRequest } from './principal';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The role a route needs when it carries no @Roles: reading needs viewer, writing needs editor. */
export function roleForMethod(method: string): Role {
  return SAFE_METHODS.has(method.toUpperCase()) ? 'viewer' : 'editor';
}

/**
 * The one global guard, in this order: find out who is calling (API key or session cookie), apply
 * the rate limits (per caller, or per address when anonymous), then check the route's policy:
 * @Public() routes are open; otherwise 401 without valid credentials and 403 below the needed role.
 * New controllers need nothing to be protected.
 */
@Injectable()
export class AccessGuard extends ThrottlerGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    private readonly credentials: CredentialsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super(options, storage, reflector);
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request & AuthenticatedRequest>();
    const response = context.switchToHttp().getResponse<Response>();
    const targets = [context.getHandler(), context.getClass()];

    const { principal, problem } = await this.credentials.authenticate(request);
    request.principal = principal;
    request.credentialsProblem = problem;

    await super.canActivate(context);
    this.refuseCrossSiteWrites(request);

    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    if (!principal) {
      response.setHeader('WWW-Authenticate', 'Bearer realm="tradeflow"');
      throw new UnauthorizedException(
        problem ?? 'Sign in (POST /api/auth/login) or send an API key as "Authorization: Bearer <key>"',
      );
    }
    const required =
      this.reflector.getAllAndOverride<Role>(REQUIRED_ROLE, targets) ?? roleForMethod(request.method);
    if (!roleAtLeast(principal.role, required)) {
      throw new ForbiddenException(
        `This needs the ${required} role; ${principal.name} has ${principal.role}`,
      );
    }
    return true;
  }

  /**
   * Cookies are sent by the browser on its own, so a write that relies on them must come from our
   * own pages (or an allowed origin). SameSite=Lax already stops most of it; this stops the rest
   * (sibling subdomains). Requests with an Authorization header cannot be forged cross-site.
   */
  private refuseCrossSiteWrites(request: Request): void {
    const origin = request.headers.origin;
    if (SAFE_METHODS.has(request.method) || request.headers.authorization !== undefined || !origin) return;
    if (this.config.security.corsOrigins.includes(origin)) return;
    let host: string | undefined;
    try {
      host = new URL(origin).host;
    } catch {
      host = undefined;
    }
    if (host === undefined || host !== request.headers.host) {
      throw new ForbiddenException(`Cross-site request from ${origin.slice(0, 100)} refused`);
    }
  }

  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    const principal = (request as AuthenticatedRequest).principal;
    if (principal) return `${principal.kind}:${principal.id ?? principal.name}`;
    return `address:${clientAddress(request as unknown as Request)}`;
  }

  // One counter per caller across all routes (the library's default counts per route).
  protected override generateKey(_context: ExecutionContext, tracker: string, throttlerName: string): string {
    return `${throttlerName}:${tracker}`;
  }
}

export function clientAddress(request: Request): string {
  return request.ip ?? request.socket?.remoteAddress ?? 'unknown';
}
