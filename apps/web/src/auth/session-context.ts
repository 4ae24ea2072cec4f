import { createContext, useContext } from 'react';
import { canWrite, type Session } from '../api/auth';

export const SessionContext = createContext<Session>({ kind: 'disabled' });

export function useSession(): Session {
  return useContext(SessionContext);
}

/** False for viewers: pages hide their write actions. */
export function useCanWrite(): boolean {
  return canWrite(useSession());
}
