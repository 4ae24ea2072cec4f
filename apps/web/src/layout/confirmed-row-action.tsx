import { type ReactNode, useState } from 'react';
import { createPortal } from 'react-dom';
import { useWrite, type WrittenRecord } from '../api/writes';
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
  /** What the request writes: refetched (useWrite's policy) before onDone. */
  record: WrittenRecord;
  /** The request; a failure is shown in the dialog, which stays open. */
  run(): Promise<unknown>;
  /** After success and the refetch (say so), before the dialog closes. */
  onDone(): Promise<unknown> | void;
}

/** A table row's button for an action that cannot be undone: it asks first, in a ConfirmDialog. */
export function ConfirmedRowAction({
  label,
  accessibleName,
  title,
  confirmText,
  children,
  record,
  run,
  onDone,
}: ConfirmedRowActionProps) {
  const [open, setOpen] = useState(false);
  const action = useWrite(record, run, {
    onSuccess: async () => {
      await onDone();
      setOpen(false);
    },
  });
  return (
    <>
      <button
        type="button"
        className="button button-ghost button-small"
        aria-label={accessibleName}
        onClick={() => {
          action.reset();
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
              busy={action.isPending}
              error={action.error?.message ?? null}
              onCancel={() => setOpen(false)}
              onConfirm={() => action.mutate()}
            >
              {children}
            </ConfirmDialog>,
            document.body,
          )
        : null}
    </>
  );
}
