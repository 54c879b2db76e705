/**
 * One picked file in the desk's queue, and the pure rules the queue runs on: which file goes
 * next, and when to look again.
 */
import { ApiError } from '../../api/client.js';
import type { UploadContext } from './clinical-context.js';

/** Where one file is: being hashed, waiting for its turn or the link, on the wire, done. */
export type UploadPhase = 'hashing' | 'waiting' | 'uploading' | 'sent' | 'failed';

/** Why the last attempt failed, as the API said (status 0: no answer). */
export interface UploadError {
  status: number;
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

/** One picked file in the queue, as shown. */
export interface DeskUpload {
  localId: string;
  name: string;
  sizeBytes: number;
  /** SHA-256 hex of the bytes; null while hashing. */
  key: string | null;
  context: UploadContext;
  addedAt: number;
  phase: UploadPhase;
  /**
   * Share of the bytes sent, 0–1: of the current attempt (multipart), or held by the server
   * (resumable: a retry starts where the last one stopped).
   */
  sentShare: number;
  /** Failed attempts in a row (an attempt that moved a resumable upload forward resets it). */
  failures: number;
  /** Epoch ms of the next attempt while waiting. */
  nextAttemptAt: number | null;
  error: UploadError | null;
  studyId: string | null;
  /** The server already had this file (200): the study shown is the first one. */
  repeat: boolean;
}

/** What became of one picked file. */
export type AddOutcome = 'queued' | 'duplicate' | 'unreadable';

/** While the browser says it is offline, look again this often anyway (it can be wrong). */
export const offlineRecheckMs = 15_000;

/**
 * A file just picked (or restored from disk), not hashed yet and never tried.
 * @example newDeskUpload('id-1', 'a.scp', 1024, emptyContext, Date.now())
 */
export function newDeskUpload(
  localId: string,
  name: string,
  sizeBytes: number,
  context: UploadContext,
  addedAt: number,
): DeskUpload {
  return {
    localId,
    name,
    sizeBytes,
    key: null,
    context,
    addedAt,
    phase: 'waiting',
    sentShare: 0,
    failures: 0,
    nextAttemptAt: null,
    error: null,
    studyId: null,
    repeat: false,
  };
}

/** What went wrong, kept as plain data (the API's status, code, message and details). */
export function describeUploadError(error: unknown): UploadError {
  return error instanceof ApiError
    ? {
        status: error.status,
        code: error.code,
        message: error.message,
        ...(error.details === undefined ? {} : { details: error.details }),
      }
    : { status: 0, code: 'unknown', message: error instanceof Error ? error.message : '' };
}

/**
 * The file to send next: the oldest hashed one waiting whose retry time has come.
 * @param items the queue, oldest first
 * @param nowMs epoch ms
 */
export function nextDueUpload(items: readonly DeskUpload[], nowMs: number): DeskUpload | undefined {
  return items.find(
    (i) =>
      i.phase === 'waiting' &&
      i.key !== null &&
      (i.nextAttemptAt === null || i.nextAttemptAt <= nowMs),
  );
}

/**
 * How long until the queue should look again: at the earliest retry time, or (offline) not
 * before {@link offlineRecheckMs}; null when nothing waits.
 * @example wakeDelayMs([], Date.now(), true) // null
 */
export function wakeDelayMs(
  items: readonly DeskUpload[],
  nowMs: number,
  online: boolean,
): number | null {
  const waiting = items.filter((i) => i.phase === 'waiting' && i.key !== null);
  if (waiting.length === 0) {
    return null;
  }
  const earliest = Math.min(...waiting.map((i) => i.nextAttemptAt ?? 0));
  return online ? Math.max(0, earliest - nowMs) : Math.max(offlineRecheckMs, earliest - nowMs);
}
