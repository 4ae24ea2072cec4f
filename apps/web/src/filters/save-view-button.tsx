import { SAVED_VIEW_NAME_MAX } from '@tradeflow/domain';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { ApiError } from '../api/http';
import { createSavedView } from '../api/saved-views';
import { useToast } from '../layout/toasts';
import { isSavablePath, pageLabel } from '../pages/saved-views/saved-views-model';

const FIELD_WORDS: Record<string, string> = { name: 'Name', path: 'Page', query: 'Filters' };

/** What the API said, in words for people ("Name: is taken by another saved view"). */
function problemText(error: unknown): string {
  if (error instanceof ApiError && error.fieldErrors.length > 0) {
    return error.fieldErrors.map((e) => `${FIELD_WORDS[e.field] ?? e.field}: ${e.message}`).join('; ');
  }
  return error instanceof Error ? error.message : 'The view could not be saved';
}

/** "Save view": names the current page and its filters (from the address) for the whole team. */
export function SaveViewButton() {
  const location = useLocation();
  const [open, setOpen] = useState(false);
  if (!isSavablePath(location.pathname)) return null;
  return (
    <>
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
        Save view
      </button>
      {open ? (
        <SaveViewDialog
          path={location.pathname}
          query={location.search.replace(/^\?/, '')}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
}

function SaveViewDialog({ path, query, onClose }: { path: string; query: string; onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const nameId = useId();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const toast = useToast();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (typeof dialog.showModal === 'function' && !dialog.open) dialog.showModal();
    else dialog.setAttribute('open', '');
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
    };
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      const saved = await createSavedView({ name, path, query });
      await queryClient.invalidateQueries({ queryKey: ['saved-views'] });
      toast(`View “${saved.name}” saved`);
      onClose();
    } catch (error) {
      setProblem(problemText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={(event) => void submit(event)}>
        <h2 id={titleId} className="dialog-title">
          Save this view
        </h2>
        <div className="dialog-body">
          <p className="muted">
            {pageLabel(path)} with the filters in the address; everyone in the team sees it under{' '}
            <Link to="/saved-views">Saved views</Link>.
          </p>
          <div className="form-field">
            <label htmlFor={nameId}>Name</label>
            <input
              id={nameId}
              className="input"
              value={name}
              maxLength={SAVED_VIEW_NAME_MAX}
              required
              autoFocus
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? `${nameId}-error` : undefined}
              onChange={(event) => setName(event.target.value)}
            />
            {problem ? (
              <p className="field-error" id={`${nameId}-error`} role="alert">
                {problem}
              </p>
            ) : null}
          </div>
        </div>
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={busy || name.trim() === ''}>
            {busy ? 'Saving…' : 'Save view'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
