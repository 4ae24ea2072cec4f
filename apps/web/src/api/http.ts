import type { FieldError } from '@tradeflow/domain';

/** An error answer of the API: `{ statusCode, error, message, errors?: [{ field, message }] }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fieldErrors: FieldError[] = [],
    /** The whole JSON body of the answer, for endpoints that say more than message and errors. */
    readonly body: unknown = undefined,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The session ended or never began: the app shows the sign-in page. */
export class UnauthorizedError extends ApiError {
  constructor(message = 'Please sign in') {
    super(401, message);
    this.name = 'UnauthorizedError';
  }
}

let onUnauthorized: () => void = () => undefined;

/** For requests that do not go through apiRequest (the upload): a 401 signs out the same way. */
export function signalUnauthorized(): void {
  onUnauthorized();
}

/** The auth layer registers what happens on any 401 (show the sign-in page). */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

/** The ApiError of an answer with status `status` and body text `text`. */
export function errorFromBody(status: number, statusText: string, text: string): ApiError {
  let message = `${status} ${statusText}`.trim();
  let fieldErrors: FieldError[] = [];
  let body: unknown;
  try {
    body = JSON.parse(text);
    const { message: said, errors } = body as { message?: unknown; errors?: unknown };
    if (typeof said === 'string') message = said;
    else if (Array.isArray(said)) message = said.join('; ');
    if (Array.isArray(errors)) fieldErrors = errors as FieldError[];
  } catch {
    // not JSON: keep the status line
  }
  return new ApiError(status, message, fieldErrors, body);
}

async function errorFrom(response: Response): Promise<ApiError> {
  return errorFromBody(response.status, response.statusText, await response.text().catch(() => ''));
}

export interface RequestOptions {
  method?: string;
  body?: unknown;
  signal?: AbortSignal;
  /** Leave 401 to the caller (the sign-in form and the "who am I" probe). */
  allowUnauthorized?: boolean;
}

/** fetch against the API: JSON in and out, errors as ApiError, a 401 signs the user out. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData || typeof options.body === 'string') {
    body = options.body;
    if (typeof options.body === 'string') headers['content-type'] = 'text/csv';
  } else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] = 'application/json';
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body,
      signal: options.signal,
      credentials: 'same-origin',
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'The server cannot be reached. Check your connection and try again.');
  }
  if (response.status === 401 && !options.allowUnauthorized) {
    onUnauthorized();
    throw new UnauthorizedError();
  }
  if (!response.ok) throw await errorFrom(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export function withQuery(path: string, params: URLSearchParams): string {
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
