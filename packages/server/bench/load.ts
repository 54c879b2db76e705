import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { BenchSession } from './bench-org.js';
import type { PoolFile } from './ecg-pool.js';

/** One upload as the client saw it. */
export interface UploadResult {
  /** The study id (201), or null when the upload failed. */
  studyId: string | null;
  status: number;
  /** `performance.now()` when the request started and when its answer was read, ms. */
  startMs: number;
  endMs: number;
  /** `Date.now()` at the start (to compare with the server's timestamps). */
  startEpochMs: number;
  /** Why the request failed without an answer (the error code). */
  cause?: string;
}

/**
 * Counts of the outcomes that were not 201, e.g. `{ "503": 2, "UND_ERR_SOCKET": 1 }`.
 * @example failures(results) // '{}'
 */
export function failures(results: readonly UploadResult[]): string {
  const counts: Record<string, number> = {};
  for (const r of results) {
    if (r.status !== 201) {
      const label = r.status === 0 ? (r.cause ?? 'network') : String(r.status);
      counts[label] = (counts[label] ?? 0) + 1;
    }
  }
  return JSON.stringify(counts);
}

/**
 * `POST /api/ecg/studies` with a new Idempotency-Key (a new study for a real file).
 * @param base the server URL.
 * @param session the uploading technician.
 * @param file the ECG, as a ready multipart body.
 */
export async function uploadOnce(
  base: string,
  session: BenchSession,
  file: PoolFile,
): Promise<UploadResult> {
  const startEpochMs = Date.now();
  const startMs = performance.now();
  try {
    const response = await fetch(`${base}/api/ecg/studies`, {
      method: 'POST',
      headers: {
        cookie: session.cookie,
        'x-csrf-token': session.csrfToken,
        'idempotency-key': randomUUID(),
        'content-type': file.contentType,
      },
      body: file.body,
    });
    const text = await response.text();
    const studyId =
      response.status === 201 ? (JSON.parse(text) as { id: string }).id : (null as string | null);
    return { studyId, status: response.status, startMs, endMs: performance.now(), startEpochMs };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? String(error);
    return { studyId: null, status: 0, cause, startMs, endMs: performance.now(), startEpochMs };
  }
}

/** Picks the pool file and the uploading county for the i-th upload (round robin). */
type Pick = (i: number) => { session: BenchSession; file: PoolFile };

/**
 * Open loop: `rate` uploads per second, evenly spaced (upload i is due at i / rate s), for
 * `durationS` seconds, whatever the answers; each starts when due even if earlier ones are
 * still running.
 * @returns every upload, and the largest delay of a start behind its due time (client lag), ms.
 */
export async function openLoop(
  base: string,
  pick: Pick,
  rate: number,
  durationS: number,
): Promise<{ results: UploadResult[]; maxLagMs: number }> {
  const total = Math.round(rate * durationS);
  const t0 = performance.now();
  const running: Promise<UploadResult>[] = [];
  let maxLagMs = 0;
  for (let i = 0; i < total; i++) {
    const dueMs = t0 + (i * 1000) / rate;
    const waitMs = dueMs - performance.now();
    if (waitMs > 1) {
      await new Promise((r) => setTimeout(r, waitMs));
    }
    maxLagMs = Math.max(maxLagMs, performance.now() - dueMs);
    const { session, file } = pick(i);
    running.push(uploadOnce(base, session, file));
  }
  return { results: await Promise.all(running), maxLagMs };
}

/**
 * Closed loop: `clients` clients each upload, wait for the answer, and upload again, for
 * `durationS` seconds.
 * @returns every upload that started in the window, and the window's length, ms.
 */
export async function closedLoop(
  base: string,
  pick: Pick,
  clients: number,
  durationS: number,
): Promise<{ results: UploadResult[]; windowMs: number }> {
  const t0 = performance.now();
  const endMs = t0 + durationS * 1000;
  const results: UploadResult[] = [];
  let next = 0;
  const client = async (): Promise<void> => {
    while (performance.now() < endMs) {
      const { session, file } = pick(next++);
      results.push(await uploadOnce(base, session, file));
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  return { results, windowMs: performance.now() - t0 };
}

/**
 * The p-th percentile (nearest rank) of `values`, or NaN when empty.
 * @param values any order (sorted here in a copy).
 * @param p 0–100.
 * @example percentile([1, 2, 3, 4], 50) // 2
 */
export function percentile(values: ArrayLike<number>, p: number): number {
  if (values.length === 0) {
    return NaN;
  }
  const sorted = Float64Array.from(values).sort();
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? NaN;
}
