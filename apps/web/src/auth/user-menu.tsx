import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { SESSION_KEY, type Session, signOut } from '../api/auth';
import { useSession } from './session-context';

const ROLE_LABELS: Record<string, string> = {
  admin: 'Administrator',
  editor: 'Editor',
  viewer: 'Viewer (read only)',
};

/** The signed-in user and "Sign out"; nothing when the server has no sign-in. */
export function UserMenu() {
  const session = useSession();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  if (session.kind !== 'signed-in') return null;
  const initials = session.username.slice(0, 2).toUpperCase();

  const leave = async () => {
    try {
      await signOut();
    } finally {
      // The sign-in page replaces the app at once; nothing the user fetched stays in memory.
      queryClient.setQueryData<Session>(SESSION_KEY, { kind: 'signed-out' });
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
    }
  };

  return (
    <div
      className="user-menu"
      ref={rootRef}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setOpen(false);
      }}
    >
      <button
        type="button"
        className="user-button"
        aria-haspopup="true"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="avatar" aria-hidden="true">
          {initials}
        </span>
        <span className="user-name">{session.username}</span>
      </button>
      {open ? (
        <div className="popover popover-right" id={menuId}>
          <p className="user-menu-who">
            Signed in as <strong>{session.username}</strong>
            <br />
            <span className="muted">{ROLE_LABELS[session.role] ?? session.role}</span>
          </p>
          <button type="button" className="button button-secondary button-block" onClick={() => void leave()}>
            Sign out
          </button>
        </div>
      ) : null}
    </div>
  );
}
