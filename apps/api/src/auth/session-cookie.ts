import type { CookieOptions, Request, Response } from 'express';
import type { SecurityConfig } from '../config/app-config';

export const SESSION_COOKIE = 'tradeflow_session';

/** The session token from the Cookie header, without a cookie-parsing dependency. */
export function sessionTokenFrom(request: Request): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    if (part.slice(0, separator).trim() === SESSION_COOKIE) {
      const value = part.slice(separator + 1).trim();
      return value === '' ? undefined : value;
    }
  }
  return undefined;
}

function cookieOptions(request: Request, security: SecurityConfig): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'lax',
    secure: security.cookieSecure === 'auto' ? request.secure : security.cookieSecure,
    path: '/',
  };
}

export function setSessionCookie(
  request: Request,
  response: Response,
  token: string,
  security: SecurityConfig,
): void {
  response.cookie(SESSION_COOKIE, token, {
    ...cookieOptions(request, security),
    maxAge: security.sessionMaxAgeMinutes * 60_000,
  });
}

export function clearSessionCookie(request: Request, response: Response, security: SecurityConfig): void {
  response.clearCookie(SESSION_COOKIE, cookieOptions(request, security));
}
