// Shapes of the sign-in, user, API-key and audit endpoints, shared by the API and the web app.
import type { Role } from '../auth/roles';

/** How the caller proved who it is. */
export type AuthVia = 'session' | 'api-key';

// POST /api/auth/login
export interface LoginRequest {
  username: string;
  password: string;
}

// GET /api/auth/me (also the answer of a successful login)
export interface CurrentUser {
  username: string;
  role: Role;
  via: AuthVia;
}

// GET /api/users, POST /api/users
export interface UserSummary {
  id: string;
  username: string;
  role: Role;
  createdAt: string;
  updatedAt: string;
}

export interface CreateUserRequest {
  username: string;
  password: string;
  role: Role;
}

// GET /api/api-keys
export interface ApiKeySummary {
  id: string;
  name: string;
  role: Role;
  /** The first characters of the key, to recognise it; the key itself is never shown again. */
  prefix: string;
  createdAt: string;
  createdBy: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

// POST /api/api-keys
export interface CreateApiKeyRequest {
  name: string;
  role: Role;
}

/** The only answer that ever carries the key. */
export interface CreatedApiKey {
  id: string;
  name: string;
  role: Role;
  key: string;
}

export type ActorType = 'user' | 'api-key' | 'system';

// GET /api/audit, GET /api/shipments/:id/history
export interface AuditEntry {
  id: string;
  occurredAt: string;
  actorType: ActorType;
  actorId: string | null;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  /** Top-level fields whose value differs between before and after. */
  changedFields: string[];
  requestId: string | null;
}

export interface AuditPage {
  items: AuditEntry[];
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}
