import { SAVED_VIEW_NAME_MAX } from '@tradeflow/domain';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { createSavedView } from '../api/saved-views';
import { formErrorsOf, type FormErrors, NO_FORM_ERRORS, topLevelFieldOf } from '../forms/form-errors';
import { FormField } from '../forms/form-field';
import { useToast } from '../layout/toasts';
import { isSavablePath, pageLabel } from '../pages/saved-views/saved-views-model';
import { useWrite } from '../api/writes';

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
  const toast = useToast();
  const save = useWrite('saved-views', createSavedView, {
    onSuccess: (saved) => {
      toast(`View “${saved.name}” saved`);
      onClose();
    },
  });
  const problems: FormErrors<'name'> = save.error
    ? formErrorsOf(save.error, topLevelFieldOf(['name']), 'The view could not be saved.')
    : NO_FORM_ERRORS;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (typeof dialog.showModal === 'function' && !dialog.open) dialog.showModal();
    else dialog.setAttribute('open', '');
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
    };
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ name, path, query });
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
      <form onSubmit={submit}>
        <h2 id={titleId} className="dialog-title">
          Save this view
        </h2>
        <div className="dialog-body">
          <p className="muted">
            {pageLabel(path)} with the filters in the address; everyone in the team sees it under{' '}
            <Link to="/saved-views">Saved views</Link>.
          </p>
          {problems.form ? (
            <p className="form-alert" role="alert">
              {problems.form}
            </p>
          ) : null}
          <FormField id={nameId} label="Name" error={problems.byField.name}>
            {(control) => (
              <input
                {...control}
                className="input"
                value={name}
                maxLength={SAVED_VIEW_NAME_MAX}
                required
                autoFocus
                onChange={(event) => setName(event.target.value)}
              />
            )}
          </FormField>
        </div>
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            className="button button-primary"
            disabled={save.isPending || name.trim() === ''}
          >
            {save.isPending ? 'Saving…' : 'Save view'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
