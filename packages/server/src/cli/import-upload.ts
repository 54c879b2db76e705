/** What the server made of one upload. */
export type UploadResult =
  /** Stored: a new study (201) or the first one under the same key (200: sent before). */
  | { kind: 'sent'; studyId: string; created: boolean }
  /** Refused for the file itself (a 4xx such as 413 too large): sending it again would not help. */
  | { kind: 'refused'; status: number; code: string; message: string }
  /** The token is wrong or revoked (401/403): no file can be sent; stop. */
  | { kind: 'unauthorised'; status: number; code: string; message: string }
  /** Network error, timeout, 5xx, 408 or 429: send the same file again later. */
  | { kind: 'retry'; reason: string };

/** What {@link uploadEcgFile} sends. */
export interface UploadRequest {
  /** The server's base URL, e.g. `https://gesang.example.cn/` (a path prefix is kept). */
  server: URL;
  /** The device token (`gsd_…`) of the uploading organisation. */
  token: string;
  bytes: Uint8Array;
  fileName: string;
  /** The Idempotency-Key: the same for every attempt of the same file. */
  key: string;
  /** Ctrl-C: ends the attempt and makes {@link uploadEcgFile} throw. */
  signal: AbortSignal;
  /** Longest an attempt may take before it counts as a network error (milliseconds). */
  timeoutMs: number;
}

/** Statuses worth trying again: the server or a proxy was busy or timed out. */
const transientStatuses = new Set([408, 425, 429, 500, 502, 503, 504]);

/** The server's `{code, message}` problem, or a stand-in when the body is not one. */
async function problemOf(response: Response): Promise<{ code: string; message: string }> {
  const text = await response.text().catch(() => '');
  try {
    const body = JSON.parse(text) as { code?: unknown; message?: unknown };
    if (typeof body.code === 'string' && typeof body.message === 'string') {
      return { code: body.code, message: body.message };
    }
  } catch {
    // not JSON: a proxy's error page
  }
  return { code: `http_${response.status}`, message: text.slice(0, 500) || response.statusText };
}

/**
 * Uploads one ECG file as a cart gateway: `POST /api/ecg/device/studies`, multipart field `file`,
 * `Authorization: Bearer <device token>`, `Idempotency-Key`. Never throws for what the network
 * or the server does; the caller decides by the result's kind.
 * @param req server, token, file and key.
 * @returns sent (with the study id), refused, unauthorised, or retry.
 * @throws only when `req.signal` was aborted by the caller.
 * @example await uploadEcgFile({ server: new URL('http://localhost:3000/'), token, bytes, fileName: 'a.scp', key, signal, timeoutMs: 600_000 })
 */
export async function uploadEcgFile(req: UploadRequest): Promise<UploadResult> {
  const base = req.server.href.endsWith('/') ? req.server : new URL(`${req.server.href}/`);
  const form = new FormData();
  form.append('file', new Blob([req.bytes]), req.fileName);
  let response: Response;
  try {
    response = await fetch(new URL('api/ecg/device/studies', base), {
      method: 'POST',
      headers: { authorization: `Bearer ${req.token}`, 'idempotency-key': req.key },
      body: form,
      signal: AbortSignal.any([req.signal, AbortSignal.timeout(req.timeoutMs)]),
    });
  } catch (error) {
    if (req.signal.aborted) {
      throw error; // stopped by the caller; a timeout is a network error like any other
    }
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { kind: 'retry', reason: cause?.code ?? cause?.message ?? String(error) };
  }
  if (response.status === 200 || response.status === 201) {
    const body = (await response.json().catch(() => ({}))) as { id?: unknown };
    if (typeof body.id !== 'string') {
      return { kind: 'retry', reason: `answer ${response.status} without a study id` };
    }
    return { kind: 'sent', studyId: body.id, created: response.status === 201 };
  }
  if (transientStatuses.has(response.status) || response.status >= 500) {
    const problem = await problemOf(response);
    return { kind: 'retry', reason: `${response.status} ${problem.code}: ${problem.message}` };
  }
  const problem = await problemOf(response);
  const kind = response.status === 401 || response.status === 403 ? 'unauthorised' : 'refused';
  return { kind, status: response.status, ...problem };
}
