/** At most this many recipients per report or alert. */
export const MAX_EMAIL_RECIPIENTS = 50;

// The practical subset of RFC 5321 mailbox syntax: a dot-atom local part and a domain with a dot.
const EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

export function isEmailAddress(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length <= 254 &&
    EMAIL.test(value) &&
    !value.startsWith('.') &&
    !value.includes('..') &&
    (value.split('@')[0] as string).length <= 64
  );
}

/** Problems of an `emailTo` list, as messages for the field; empty when it is fine. */
export function emailListProblems(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) return ['must be a list of e-mail addresses'];
  const problems: string[] = [];
  if (value.length > MAX_EMAIL_RECIPIENTS)
    problems.push(`must have at most ${MAX_EMAIL_RECIPIENTS} addresses`);
  const bad = value.filter((address) => !isEmailAddress(address));
  if (bad.length) {
    problems.push(`not an e-mail address: ${bad.map((b) => JSON.stringify(b)).join(', ')}`);
  }
  return problems;
}
