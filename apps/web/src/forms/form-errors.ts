import { fieldLabel, wordFieldNames } from '@tradeflow/domain';
import { ApiError } from '../api/http';

/** What a form shows after a submit the API refused: a message per field, and one on top. */
export interface FormErrors<F extends string> {
  /** The API's messages per form field, field names worded for people ('arrival date'), joined by '; '. */
  byField: Partial<Record<F, string>>;
  /** The banner: errors of fields the form does not show, else a pointer to the highlighted fields. */
  form: string | null;
}

export const NO_FORM_ERRORS: FormErrors<never> = { byField: {}, form: null };

const HIGHLIGHTED = 'Please correct the highlighted fields.';

/**
 * Splits an error a submit met across the form. `fieldOf` names the form field that shows an API
 * field ('legs[0].from' may belong to 'legs'), or null when none does: that error goes on top, with
 * its field named. An error without field errors (a 409, a network failure) is the banner alone.
 */
export function formErrorsOf<F extends string>(
  error: unknown,
  fieldOf: (apiField: string) => F | null,
  fallback: string,
): FormErrors<F> {
  if (!(error instanceof ApiError) || error.fieldErrors.length === 0) {
    return { byField: {}, form: error instanceof Error ? wordFieldNames(error.message) : fallback };
  }
  const byField: Partial<Record<F, string>> = {};
  const other: string[] = [];
  for (const problem of error.fieldErrors) {
    const field = fieldOf(problem.field);
    const message = wordFieldNames(problem.message);
    if (field === null) other.push(`${fieldLabel(problem.field)}: ${message}`);
    else byField[field] = byField[field] ? `${byField[field]}; ${message}` : message;
  }
  return { byField, form: other.length ? other.join('; ') : HIGHLIGHTED };
}

/**
 * The `fieldOf` of a form whose fields are the API's top-level fields: 'legs[0].from' and
 * 'params.filters' belong to 'legs' and 'params' when the form has them.
 */
export function topLevelFieldOf<F extends string>(fields: readonly F[]): (apiField: string) => F | null {
  return (apiField) => {
    const head = apiField.replace(/[.[].*$/, '');
    return (fields as readonly string[]).includes(head) ? (head as F) : null;
  };
}

/** The first field with an error, to move the focus to. */
export function firstFieldWithError<F extends string>(errors: FormErrors<F>): F | undefined {
  return Object.keys(errors.byField)[0] as F | undefined;
}

/** The `fieldOf` of a form that sends one item of a list ('rates[0].date' is the item's 'date'). */
export function firstItemFieldOf<F extends string>(
  list: string,
  itemFieldOf: (itemField: string) => F | null,
): (apiField: string) => F | null {
  const prefix = `${list}[0].`;
  return (apiField) => (apiField.startsWith(prefix) ? itemFieldOf(apiField.slice(prefix.length)) : null);
}
