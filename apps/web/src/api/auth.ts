import type { Role } from '@tradeflow/domain';
import { ApiError, apiRequest } from './http';

export type { Role };

/**
 * Who is using the app. `disabled`: the server has no sign-in (GET /api/auth/me answers 404), so
 * everyone may do everything; `signed-out`: show the sign-in page.
 */
export type Session =
  { kind: 'disabled' } | { kind: 'signed-out' } | { kind: 'signed-in'; username: string; role: Role };

export const SESSION_KEY = ['auth', 'session'] as const;

export async function fetchSession(signal?: AbortSignal): Promise<Session> {
  try {
    const me = await apiRequest<{ username: string; role: Role }>('/api/auth/me', {
      signal,
      allowUnauthorized: true,
    });
    return { kind: 'signed-in', username: me.username, role: me.role };
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return { kind: 'disabled' };
    if (error instanceof ApiError && error.status === 401) return { kind: 'signed-out' };
    throw error;
  }
}

export function signIn(username: string, password: string): Promise<unknown> {
  return apiRequest('/api/auth/login', {
    method: 'POST',
    body: { username, password },
    allowUnauthorized: true,
  });
}

export function signOut(): Promise<unknown> {
  return apiRequest('/api/auth/logout', { method: 'POST', allowUnauthorized: true });
}

/** Viewers read; every other role (and a server without sign-in) may also write. */
export function canWrite(session: Session): boolean {
  return session.kind === 'disabled' || (session.kind === 'signed-in' && session.role !== 'viewer');
}
