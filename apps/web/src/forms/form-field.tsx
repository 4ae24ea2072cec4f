import type { ReactNode } from 'react';

/** What a control needs to be announced with its field's error or hint. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** The control's ids for its field's error (when there is one) or hint (when `hasHint`). */
export function fieldControlProps(
  id: string,
  error: string | undefined,
  hasHint: boolean,
): FieldControlProps {
  return {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : hasHint ? `${id}-hint` : undefined,
  };
}

/**
 * A labelled form control with its error (or, when there is none, its hint) below, tied to the
 * control for screen readers. `children` renders the control from its props (or is a control built
 * with fieldControlProps). `compact` is the one-line field of the small admin forms.
 */
export function FormField({
  id,
  label,
  error,
  hint,
  wide = false,
  compact = false,
  children,
}: {
  id: string;
  label: ReactNode;
  error?: string | undefined;
  hint?: ReactNode;
  wide?: boolean;
  compact?: boolean;
  children: ((control: FieldControlProps) => ReactNode) | ReactNode;
}) {
  const control = fieldControlProps(id, error, Boolean(hint));
  return (
    <div className={compact ? 'field' : `form-field${wide ? ' form-field-wide' : ''}`}>
      <label className={compact ? 'field-label' : undefined} htmlFor={id}>
        {label}
      </label>
      {typeof children === 'function' ? children(control) : children}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}
