import { type ReactNode, useState } from 'react';
import { createPortal } from 'react-dom';
import { ConfirmDialog } from './confirm-dialog';

interface ConfirmedRowActionProps {
  /** The button's text, e.g. "Revoke". */
  label: string;
  /** The button's accessible name, naming the row, e.g. "Revoke ci-loader". */
  accessibleName: string;
  title: string;
  confirmText: string;
  /** What the action does, said in the dialog. */
  children: ReactNode;
  /** The request; a failure is shown in the dialog, which stays open. */
  run(): Promise<unknown>;
  /** After success (refresh the list, say so), before the dialog closes. */
  onDone(): Promise<unknown> | void;
}

/** A table row's button for an action that cannot be undone: it asks first, in a ConfirmDialog. */
export function ConfirmedRowAction({
  label,
  accessibleName,
  title,
  confirmText,
  children,
  run,
  onDone,
}: ConfirmedRowActionProps) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="button button-ghost button-small"
        aria-label={accessibleName}
        onClick={() => {
          setError(null);
          setOpen(true);
        }}
      >
        {label}
      </button>
      {/* In document.body: inside the table cell the dialog would inherit the table's text styles. */}
      {open
        ? createPortal(
            <ConfirmDialog
              title={title}
              confirmText={confirmText}
              error={error}
              onCancel={() => setOpen(false)}
              onConfirm={() =>
                void run()
                  .then(async () => {
                    await onDone();
                    setOpen(false);
                  })
                  .catch((failure: unknown) =>
                    setError(failure instanceof Error ? failure.message : String(failure)),
                  )
              }
            >
              {children}
            </ConfirmDialog>,
            document.body,
          )
        : null}
    </>
  );
}
