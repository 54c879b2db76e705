/**
 * The one HTTP transport of the web app. Every API call goes through {@link request}: it sends the
 * session cookie (same origin only), adds the CSRF header to state-changing requests, and turns
 * problem responses (`{status, code, message, field?}`) into an {@link ApiError}.
 */
import type { ErrorCode, Problem } from '@gesang/domain';

/** Codes the client itself produces when no problem body arrived. */
export type ClientErrorCode = 'network' | 'unknown';

/** An API failure. `code` is translated by the UI (`errors.<code>`); never show `message` raw. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  /**
   * @param status HTTP status, or 0 when the request never got an answer.
   * @param code the server's machine-readable code, or a client code.
   * @param message English text from the server, for logs only.
   * @param field the request field at fault (`body.username`), when the server named one.
   * @param details extra structured detail from the problem body.
   */
  constructor(
    readonly status: number,
    readonly code: ErrorCode | ClientErrorCode,
    message: string,
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;

/** Remember the CSRF token from the latest session (null after sign-out). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when a signed-in request answers 401 `unauthenticated` (the session expired). */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

/** Query values; `undefined` and empty strings are left out. */
export type Query = Record<string, string | number | boolean | undefined | null>;

/** Build `path?query`, skipping empty values. @example withQuery('/api/users', { q: 'tse' }) */
export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') {
      params.set(key, String(value));
    }
  }
  const text = params.toString();
  return text === '' ? path : `${path}?${text}`;
}

function isProblem(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && 'code' in body && 'status' in body;
}

/**
 * Send one request to the API and parse the JSON answer.
 * @param method HTTP method.
 * @param path same-origin path starting with `/api/`.
 * @param body JSON body for POST/PATCH/PUT, if any.
 * @returns the parsed body (`undefined` for 204).
 * @throws ApiError on a problem response or a network failure.
 * @example const users = await request<UserList>('GET', withQuery('/api/users', { q }));
 */
export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  // The session cookie is HTTP-only; the CSRF token proves the request comes from our page.
  if (method !== 'GET' && method !== 'HEAD' && csrfToken !== null) {
    headers['X-CSRF-Token'] = csrfToken;
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch (cause) {
    throw new ApiError(0, 'network', cause instanceof Error ? cause.message : 'network error');
  }
  if (response.status === 204) {
    return undefined as T;
  }
  const parsed: unknown = await response.json().catch(() => undefined);
  if (response.ok) {
    return parsed as T;
  }
  if (isProblem(parsed)) {
    if (parsed.code === 'unauthenticated' && csrfToken !== null) {
      onUnauthenticated?.();
    }
    throw new ApiError(parsed.status, parsed.code, parsed.message, parsed.field, parsed.details);
  }
  const code: ClientErrorCode = response.status >= 502 ? 'network' : 'unknown';
  throw new ApiError(response.status, code, `HTTP ${response.status}`);
}
