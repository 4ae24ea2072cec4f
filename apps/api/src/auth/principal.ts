import type { AuthVia, Role } from '@tradeflow/domain';

/** Who is calling, as established by the access guard from a session cookie or an API key. */
export interface Principal {
  kind: 'user' | 'api-key';
  /** users.id or api_keys.id; null for the bootstrap token (TRADEFLOW_ADMIN_TOKEN). */
  id: string | null;
  /** Username or API key name, as written to the audit log. */
  name: string;
  role: Role;
  via: AuthVia;
  /** SHA-256 of the session token, so that sign-out can delete exactly this session. */
  sessionTokenHash?: string;
}

export const BOOTSTRAP_TOKEN_NAME = 'TRADEFLOW_ADMIN_TOKEN';

/** What Express's request carries once the access guard has run. */
export interface AuthenticatedRequest {
  principal?: Principal;
  /** Why presented credentials were refused (for the 401 message). */
  credentialsProblem?: string;
}
