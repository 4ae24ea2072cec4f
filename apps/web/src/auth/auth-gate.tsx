import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect } from 'react';
import { fetchSession, SESSION_KEY, type Session } from '../api/auth';
import { setUnauthorizedHandler } from '../api/http';
import { ErrorState, Spinner } from '../layout/states';
import { LoginPage } from './login-page';
import { SessionContext } from './session-context';

/**
 * Shows the sign-in page whenever the server says 401 (at start or on any later request), in place
 * of the app and without changing the URL, so signing in returns to the page that was asked for.
 * A server without sign-in (GET /api/auth/me answers 404) lets everyone in.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const session = useQuery({
    queryKey: SESSION_KEY,
    queryFn: ({ signal }) => fetchSession(signal),
    staleTime: Infinity,
    retry: 1,
  });

  useEffect(() => {
    setUnauthorizedHandler(() => {
      const current = queryClient.getQueryData<Session>(SESSION_KEY);
      if (current?.kind !== 'disabled')
        queryClient.setQueryData<Session>(SESSION_KEY, { kind: 'signed-out' });
    });
  }, [queryClient]);

  if (session.isPending) {
    return (
      <div className="page-center">
        <Spinner label="Starting tradeflow" />
      </div>
    );
  }
  if (session.isError) {
    return (
      <div className="page-center">
        <ErrorState error={session.error} onRetry={() => void session.refetch()} />
      </div>
    );
  }
  if (session.data.kind === 'signed-out') {
    return (
      <LoginPage
        onSignedIn={async () => {
          // Nothing fetched for (or by) another user survives a sign-in.
          queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
          await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
        }}
      />
    );
  }
  return <SessionContext.Provider value={session.data}>{children}</SessionContext.Provider>;
}
