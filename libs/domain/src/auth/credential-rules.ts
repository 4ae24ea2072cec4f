import type { FieldError } from '../shipment/shipment';

export const CREDENTIAL_LIMITS = {
  usernameMaxLength: 64,
  passwordMinLength: 12,
  // argon2 hashes any length, but an unbounded password is a cheap way to make the server work hard.
  passwordMaxLength: 256,
  apiKeyNameMaxLength: 100,
} as const;

// Lower-case letters, digits and . _ - @ (e-mail addresses work), starting with a letter or digit.
const USERNAME = /^[a-z0-9][a-z0-9._@-]*$/;

/** Usernames are case-insensitive: stored and compared in lower case. */
export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}

export function usernameProblem(username: unknown): string | undefined {
  if (typeof username !== 'string' || username.trim() === '') return 'is required';
  const normalised = normaliseUsername(username);
  if (normalised.length > CREDENTIAL_LIMITS.usernameMaxLength)
    return `must be at most ${CREDENTIAL_LIMITS.usernameMaxLength} characters`;
  if (!USERNAME.test(normalised))
    return 'may contain only letters, digits and . _ - @, and must start with a letter or digit';
  return undefined;
}

/**
 * Password rules (NIST SP 800-63B: length over composition): 12 to 256 characters, not made of one
 * repeated character, and not containing the username.
 */
export function passwordProblem(password: unknown, username?: string): string | undefined {
  if (typeof password !== 'string' || password === '') return 'is required';
  const length = [...password].length;
  if (length < CREDENTIAL_LIMITS.passwordMinLength)
    return `must be at least ${CREDENTIAL_LIMITS.passwordMinLength} characters`;
  if (length > CREDENTIAL_LIMITS.passwordMaxLength)
    return `must be at most ${CREDENTIAL_LIMITS.passwordMaxLength} characters`;
  if (new Set(password).size === 1) return 'must not be one character repeated';
  if (username && username.length >= 3 && password.toLowerCase().includes(normaliseUsername(username)))
    return 'must not contain the username';
  return undefined;
}

/** Field errors of a `{ username, password, role }` body, in field order. */
export function newUserProblems(input: { username?: unknown; password?: unknown }): FieldError[] {
  const errors: FieldError[] = [];
  const username = usernameProblem(input.username);
  if (username) errors.push({ field: 'username', message: username });
  const password = passwordProblem(
    input.password,
    typeof input.username === 'string' ? input.username : undefined,
  );
  if (password) errors.push({ field: 'password', message: password });
  return errors;
}
