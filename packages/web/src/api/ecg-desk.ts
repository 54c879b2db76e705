/**
 * The county desk's ECG endpoints (`/api/ecg/studies…`, `/api/ecg/events`). Uploads go through
 * XMLHttpRequest rather than `fetch`, because only XHR reports upload progress, which a
 * technician on a slow link needs to see.
 */
import type { Problem, Study, StudySummary } from '@gesang/domain';
import { ApiError, request, withQuery } from './client.js';

/** A page of the organisation's studies, newest first. */
export interface StudyPage {
  items: StudySummary[];
  total: number;
}

/**
 * The acting organisation's studies, newest first.
 * @param query page size (1–200) and offset
 * @example const { items } = await listDeskStudies({ limit: 100 });
 */
export function listDeskStudies(
  query: { limit?: number; offset?: number } = {},
): Promise<StudyPage> {
  return request<StudyPage>('GET', withQuery('/api/ecg/studies', { ...query }));
}

/** One whole study: status, triage, analysis, record summary and the latest report. */
export function fetchStudy(id: string): Promise<Study> {
  return request<Study>('GET', `/api/ecg/studies/${encodeURIComponent(id)}`);
}

/**
 * The study's original file, byte for byte (as uploaded).
 * @throws ApiError (status 0, `network`) when the link fails, or the server's problem
 */
export async function fetchStudyFile(id: string): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(`/api/ecg/studies/${encodeURIComponent(id)}/file`, {
      credentials: 'same-origin',
    });
  } catch (cause) {
    throw new ApiError(0, 'network', cause instanceof Error ? cause.message : 'network error');
  }
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => undefined);
    const problem = body as Partial<Problem> | undefined;
    throw new ApiError(response.status, problem?.code ?? 'unknown', problem?.message ?? '');
  }
  return new Uint8Array(await response.arrayBuffer());
}

/** What an accepted upload answered. */
export interface UploadAnswer {
  /** 201: a new study; 200: this key was sent before and this is the first study. */
  status: 200 | 201;
  study: StudySummary;
}

/** One upload over XMLHttpRequest. */
export interface UploadRequest {
  file: Blob;
  fileName: string;
  /** The `Idempotency-Key` (the file's SHA-256): a repeat returns the first study. */
  key: string;
  /** Multipart text fields besides `file` (clinical context). */
  fields: Record<string, string>;
  csrfToken: string | null;
  /** Bytes sent so far and in all, as the browser reports them. */
  onProgress: (sentBytes: number, totalBytes: number) => void;
  /** With no byte moving for this long the upload is abandoned as a network failure. */
  stallTimeoutMs: number;
  /** Aborts the upload (the technician removed the file from the queue). */
  signal?: AbortSignal;
}

const networkError = (message: string): ApiError => new ApiError(0, 'network', message);

function answerOf(xhr: XMLHttpRequest): UploadAnswer | ApiError {
  let body: unknown;
  try {
    body = JSON.parse(xhr.responseText);
  } catch {
    body = undefined;
  }
  if (xhr.status === 200 || xhr.status === 201) {
    return { status: xhr.status, study: body as StudySummary };
  }
  const problem = body as Partial<Problem> | undefined;
  if (problem?.code !== undefined) {
    return new ApiError(
      xhr.status,
      problem.code,
      problem.message ?? '',
      problem.field,
      problem.details,
    );
  }
  return new ApiError(xhr.status, xhr.status >= 502 ? 'network' : 'unknown', `HTTP ${xhr.status}`);
}

/**
 * POST /api/ecg/studies with progress: multipart `file` plus `fields`, header `Idempotency-Key`.
 * @returns the study (201 new, 200 sent before)
 * @throws ApiError: status 0 `network` when the link drops or stalls, else the server's problem
 *   (413 `payload_too_large` with `details.limitBytes`, 409 `conflict`…)
 * @example await uploadStudyFile({ file, fileName: file.name, key, fields: {}, csrfToken,
 *   onProgress: (sent, total) => setShare(sent / total), stallTimeoutMs: 60_000 });
 */
export function uploadStudyFile(input: UploadRequest): Promise<UploadAnswer> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(input.fields)) {
      form.append(name, value);
    }
    form.append('file', input.file, input.fileName);
    const xhr = new XMLHttpRequest();
    let stall: ReturnType<typeof setTimeout> | undefined;
    const armStall = (): void => {
      clearTimeout(stall);
      stall = setTimeout(() => xhr.abort(), input.stallTimeoutMs);
    };
    const settle = (outcome: UploadAnswer | ApiError): void => {
      clearTimeout(stall);
      if (outcome instanceof ApiError) {
        reject(outcome);
      } else {
        resolve(outcome);
      }
    };
    xhr.open('POST', '/api/ecg/studies');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Idempotency-Key', input.key);
    if (input.csrfToken !== null) {
      xhr.setRequestHeader('X-CSRF-Token', input.csrfToken);
    }
    xhr.upload.addEventListener('progress', (event) => {
      armStall();
      input.onProgress(event.loaded, event.lengthComputable ? event.total : input.file.size);
    });
    xhr.addEventListener('progress', armStall);
    xhr.addEventListener('load', () => settle(answerOf(xhr)));
    xhr.addEventListener('error', () => settle(networkError('upload failed')));
    xhr.addEventListener('abort', () => settle(networkError('upload stalled')));
    xhr.addEventListener('timeout', () => settle(networkError('upload timed out')));
    input.signal?.addEventListener('abort', () => xhr.abort());
    armStall();
    xhr.send(form);
  });
}
