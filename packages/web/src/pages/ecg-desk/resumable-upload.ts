/**
 * Sends one file as a resumable (tus 1.0) upload: created once, its URL kept with the queued
 * file, then sent in chunks from wherever the server stands. A dropped link, a reload or a
 * crashed browser costs at most the chunk that was on the wire: the next attempt asks the server
 * (HEAD) how many bytes it holds and continues from there.
 */
import type { UploadAnswer } from '../../api/ecg-desk.js';
import { ApiError } from '../../api/client.js';
import {
  createTusUpload,
  fetchUploadStudy,
  headTusUpload,
  patchTusUpload,
  uploadsEndpoint,
  type TusCall,
} from './tus-client.js';

/**
 * Files from this size on go resumable; smaller ones in one multipart POST. Below it a file is
 * at most ~13 s of a 20 kB/s county link, cheaper to send again than the two extra round trips
 * (create, then ask for the study) a resumable upload costs on a high-latency link.
 */
export const resumableMinBytes = 256 * 1024;

/**
 * Bytes per PATCH: ~3 s on a 20 kB/s link, so the progress bar moves and a drop loses at most
 * this much (the server keeps what arrived of a cut chunk, too).
 */
export const chunkBytes = 64 * 1024;

/** One resumable send, as the queue asks for it. */
export interface ResumableRequest {
  file: Blob;
  fileName: string;
  /** The file's SHA-256, the idempotency key: the same bytes always give the first study. */
  key: string;
  /** Clinical context fields (the multipart upload's text fields). */
  fields: Record<string, string>;
  /** The upload's URL from an earlier attempt; null when there is none yet. */
  resumeUrl: string | null;
  /** Told when the upload's URL is made (to keep with the file) or dropped (null: it is gone). */
  onResumeUrl: (url: string | null) => void;
  /** Bytes the server holds, and in all. */
  onProgress: (sentBytes: number, totalBytes: number) => void;
}

/** How the file is sent. */
export interface ResumableOptions {
  call: TusCall;
  endpoint?: string;
  /** Bytes per PATCH (default {@link chunkBytes}). */
  chunkBytes?: number;
}

const isGone = (error: unknown): boolean =>
  error instanceof ApiError && (error.status === 404 || error.status === 410);

const isOffsetConflict = (error: unknown): boolean =>
  error instanceof ApiError && error.status === 409 && error.field === 'header.upload-offset';

/** Where to send from: the kept upload (HEAD) if the server still has it, else a new upload. */
async function open(
  request: ResumableRequest,
  options: ResumableOptions,
  keptUrl: string | null,
): Promise<{ url: string; offsetBytes: number }> {
  const size = request.file.size;
  if (keptUrl !== null) {
    try {
      const head = await headTusUpload(options.call, keptUrl);
      if (head.lengthBytes === size) {
        return { url: keptUrl, offsetBytes: head.offsetBytes };
      }
    } catch (error) {
      if (!isGone(error)) {
        throw error; // no answer: the next attempt asks again
      }
    }
    request.onResumeUrl(null); // expired or not this file's: start over
  }
  const url = await createTusUpload(options.call, options.endpoint ?? uploadsEndpoint, size, {
    ...request.fields,
    filename: request.fileName,
    idempotencyKey: request.key,
  });
  request.onResumeUrl(url);
  return { url, offsetBytes: 0 };
}

/**
 * Sends `request.file` resumably and returns the study it became.
 * @returns 201 and the new study, or 200 and the first study when the key was used before
 * @throws ApiError: status 0 `network` when the link drops or stalls (the queue retries, and the
 *   retry resumes), else the server's refusal (413 too large, 409 key used for another file…)
 * @example await sendResumable({ file, fileName, key, fields: {}, resumeUrl: null,
 *   onResumeUrl: keep, onProgress: show }, { call });
 */
export async function sendResumable(
  request: ResumableRequest,
  options: ResumableOptions,
): Promise<UploadAnswer> {
  const { file } = request;
  const step = options.chunkBytes ?? chunkBytes;
  let { url, offsetBytes } = await open(request, options, request.resumeUrl);
  request.onProgress(offsetBytes, file.size);
  // Bounded, so that a server that never agrees on the offset fails instead of looping.
  let recoveries = 0;
  while (offsetBytes < file.size) {
    try {
      const end = Math.min(offsetBytes + step, file.size);
      offsetBytes = await patchTusUpload(
        options.call,
        url,
        offsetBytes,
        file.slice(offsetBytes, end),
      );
      request.onProgress(offsetBytes, file.size);
    } catch (error) {
      if (recoveries >= 3 || !(isOffsetConflict(error) || isGone(error))) {
        throw error;
      }
      recoveries += 1;
      // The server stands elsewhere (an earlier chunk arrived after all): ask it. Gone: anew.
      ({ url, offsetBytes } = await open(request, options, isGone(error) ? null : url));
      request.onProgress(offsetBytes, file.size);
    }
  }
  const answer = await fetchUploadStudy(options.call, url);
  return { status: answer.repeat ? 200 : 201, study: answer.study };
}
