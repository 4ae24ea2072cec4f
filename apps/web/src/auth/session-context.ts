import { createContext, useContext } from 'react';
import { canWrite, type Session } from '../api/auth';

export const SessionContext = createContext<Session>({ kind: 'disabled' });

export function useSession(): Session {
  return useContext(SessionContext);
}

/** True for an admin (and on a server without sign-in, where everyone may do everything). */
export function useIsAdmin(): boolean {
  const session = useSession();
  return session.kind === 'disabled' || (session.kind === 'signed-in' && session.role === 'admin');
}

/** False for viewers: pages hide their write actions. */
export function useCanWrite(): boolean {
  return canWrite(useSession());
}
