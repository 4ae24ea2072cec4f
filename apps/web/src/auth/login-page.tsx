import { type FormEvent, useId, useState } from 'react';
import { signIn } from '../api/auth';
import { ApiError } from '../api/http';
import { Logo } from '../layout/logo';

export function LoginPage({ onSignedIn }: { onSignedIn: () => Promise<void> }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const userId = useId();
  const passwordId = useId();
  const errorId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(username, password);
      await onSignedIn();
    } catch (caught) {
      setError(
        caught instanceof ApiError && (caught.status === 401 || caught.status === 400)
          ? 'Wrong username or password.'
          : caught instanceof ApiError && caught.status === 429
            ? 'Too many attempts. Wait a minute and try again.'
            : caught instanceof Error
              ? caught.message
              : 'Could not sign in.',
      );
      setBusy(false);
    }
  };

  return (
    <main className="login-page">
      <form
        className="card login-card"
        onSubmit={submit}
        aria-describedby={error ? errorId : undefined}
        noValidate
      >
        <div className="login-brand">
          <Logo />
          <span>tradeflow</span>
        </div>
        <h1 className="login-title">Sign in</h1>
        <p className="login-lead">Import diversification analytics</p>
        {error ? (
          <p className="form-alert" role="alert" id={errorId}>
            {error}
          </p>
        ) : null}
        <div className="form-field">
          <label htmlFor={userId}>Username</label>
          <input
            id={userId}
            className="input"
            autoComplete="username"
            value={username}
            onChange={(event) => setUsername(event.target.value)}
            required
            autoFocus
          />
        </div>
        <div className="form-field">
          <label htmlFor={passwordId}>Password</label>
          <input
            id={passwordId}
            className="input"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            required
          />
        </div>
        <button
          type="submit"
          className="button button-primary button-block"
          disabled={busy || !username || !password}
        >
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
