/**
 * The four tus 1.0 requests the desk makes (creation, HEAD, PATCH, termination) and the study
 * answer of a finished upload, over `fetch` (injected, so the rules are tested without a
 * browser). Every request carries the session cookie (same origin) and, when it changes state, the
 * CSRF token; every failure is an `ApiError` like the rest of the app's API calls.
 */
import type { Problem, StudySummary } from '@gesang/domain';
import { ApiError } from '../../api/client.js';

/** What every tus request needs. */
export interface TusCall {
  fetchFn: typeof fetch;
  /** The session's CSRF token, read at each request (it may be renewed between chunks). */
  csrfToken: () => string | null;
  /** With no answer for this long a request is abandoned as a network failure (ms). */
  stallTimeoutMs: number;
  /** Aborts the request under way (the file was removed from the queue). */
  signal?: AbortSignal;
}

/** Where a resumable upload stands on the server. */
export interface TusOffset {
  offsetBytes: number;
  lengthBytes: number;
}

/** What a finished upload became (GET …/study). */
export interface UploadStudyAnswer {
  study: StudySummary;
  /** The key had been used before: this is the first study made with it. */
  repeat: boolean;
}

/** Where the desk's signed-in user creates uploads. */
export const uploadsEndpoint = '/api/ecg/uploads';

/**
 * Upload-Metadata (tus 1.0 §Upload-Metadata): `key base64(UTF-8 value)`, comma-separated.
 * @example encodeMetadata({ filename: 'a.edf' }) // 'filename YS5lZGY='
 */
export function encodeMetadata(pairs: Record<string, string>): string {
  return Object.entries(pairs)
    .map(([key, value]) => {
      let binary = '';
      for (const byte of new TextEncoder().encode(value)) {
        binary += String.fromCharCode(byte);
      }
      return `${key} ${btoa(binary)}`;
    })
    .join(',');
}

async function problemOf(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  const problem = body as Partial<Problem> | undefined;
  if (problem?.code !== undefined) {
    return new ApiError(
      response.status,
      problem.code,
      problem.message ?? '',
      problem.field,
      problem.details,
    );
  }
  // HEAD answers have no body: name what the status means.
  const code =
    response.status === 404 || response.status === 410
      ? 'not_found'
      : response.status >= 502
        ? 'network'
        : 'unknown';
  return new ApiError(response.status, code, `HTTP ${response.status}`);
}

/** One request with the tus and CSRF headers, a stall timer, and failures as ApiError. */
async function send(
  call: TusCall,
  method: string,
  url: string,
  headers: Record<string, string>,
  body?: Blob,
): Promise<Response> {
  const abort = new AbortController();
  const stall = setTimeout(() => abort.abort(), call.stallTimeoutMs);
  const onAbort = (): void => abort.abort();
  call.signal?.addEventListener('abort', onAbort);
  const csrf = call.csrfToken();
  try {
    const response = await call.fetchFn(url, {
      method,
      credentials: 'same-origin',
      headers: {
        'Tus-Resumable': '1.0.0',
        ...(method === 'HEAD' || method === 'GET' || csrf === null ? {} : { 'X-CSRF-Token': csrf }),
        ...headers,
      },
      body: body ?? null,
      signal: abort.signal,
    });
    if (!response.ok) {
      throw await problemOf(response);
    }
    return response;
  } catch (error) {
    if (error instanceof ApiError) {
      throw error;
    }
    const why = call.signal?.aborted === true ? 'aborted' : abort.signal.aborted ? 'stalled' : '';
    throw new ApiError(0, 'network', why || (error instanceof Error ? error.message : 'network'));
  } finally {
    clearTimeout(stall);
    call.signal?.removeEventListener('abort', onAbort);
  }
}

const byteHeader = (response: Response, name: string): number => {
  const value = Number(response.headers.get(name));
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new ApiError(response.status, 'unknown', `missing or bad ${name}`);
  }
  return value;
};

/**
 * Creates an upload of `lengthBytes` (POST).
 * @returns the upload's URL (Location)
 * @throws ApiError, e.g. 413 `payload_too_large` with `details.limitBytes`
 */
export async function createTusUpload(
  call: TusCall,
  endpoint: string,
  lengthBytes: number,
  metadata: Record<string, string>,
): Promise<string> {
  const response = await send(call, 'POST', endpoint, {
    'Upload-Length': String(lengthBytes),
    'Upload-Metadata': encodeMetadata(metadata),
  });
  const location = response.headers.get('Location');
  if (location === null) {
    throw new ApiError(response.status, 'unknown', 'no Location');
  }
  return location;
}

/** How many bytes the server holds (HEAD). @throws ApiError 404/410 `not_found` when gone */
export async function headTusUpload(call: TusCall, url: string): Promise<TusOffset> {
  const response = await send(call, 'HEAD', url, {});
  return {
    offsetBytes: byteHeader(response, 'Upload-Offset'),
    lengthBytes: byteHeader(response, 'Upload-Length'),
  };
}

/**
 * Sends `chunk` to be stored at `offsetBytes` (PATCH).
 * @returns the new offset, in bytes
 * @throws ApiError 409 with field `header.upload-offset` when the server stands elsewhere
 */
export async function patchTusUpload(
  call: TusCall,
  url: string,
  offsetBytes: number,
  chunk: Blob,
): Promise<number> {
  const response = await send(
    call,
    'PATCH',
    url,
    { 'Upload-Offset': String(offsetBytes), 'Content-Type': 'application/offset+octet-stream' },
    chunk,
  );
  return byteHeader(response, 'Upload-Offset');
}

/** The study a complete upload became (made now if the last PATCH could not). */
export async function fetchUploadStudy(call: TusCall, url: string): Promise<UploadStudyAnswer> {
  const response = await send(call, 'GET', `${url}/study`, { Accept: 'application/json' });
  return (await response.json()) as UploadStudyAnswer;
}

/** Abandons an upload (DELETE), so its partial bytes leave the server now. */
export async function terminateTusUpload(call: TusCall, url: string): Promise<void> {
  await send(call, 'DELETE', url, {});
}
