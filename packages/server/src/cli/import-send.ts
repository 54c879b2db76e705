import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { checkEcgBytes, moveToRefused, moveToSent } from './import-files.js';
import type { SettleTracker } from './import-settle.js';
import { uploadEcgFile } from './import-upload.js';

/** How `gesang import` sends. */
export interface SendOptions {
  dir: string;
  server: URL;
  token: string;
  /** Check locally that a file is a readable ECG before sending it. */
  check: boolean;
  /** Give up on a file after this many failed attempts in a row (it stays); Infinity: never. */
  maxAttempts: number;
  /** First wait after a failed attempt, doubled each time up to five minutes (milliseconds). */
  retryBaseMs: number;
  /** Longest one upload may take (milliseconds). */
  uploadTimeoutMs: number;
  /** Where the one line per file goes. */
  log: (line: string) => void;
}

/** What became of one file. */
export type SendOutcome = 'sent' | 'repeat' | 'refused' | 'failed' | 'unauthorised' | 'changed';

const maxBackoffMs = 5 * 60_000;

/** Waits `ms`, or less when `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

/**
 * Sends one settled file: reads it, keys it by the SHA-256 of its bytes (a re-send after a crash
 * finds the same study), checks it is an ECG (unless told not to), uploads it, retrying network
 * errors and 5xx with exponential backoff (1, 2, 4 … s, at most 5 min, ±50 % jitter), then moves
 * it to `sent/` or `refused/`. A file changed while it was sent stays for the next scan.
 * @param options where and how to send.
 * @param name the file's name in the folder.
 * @param settle the tracker that saw it settle (to tell whether it changed since).
 * @param signal Ctrl-C: stops waiting and uploading at once (the file stays; its key is stable).
 * @returns what became of the file.
 * @throws when `signal` aborts, and the file system's error when the file cannot be read or moved.
 * @example await sendFile(options, 'ECG_0001.SCP', settle, signal) // 'sent'
 */
export async function sendFile(
  options: SendOptions,
  name: string,
  settle: SettleTracker,
  signal: AbortSignal,
): Promise<SendOutcome> {
  const path = join(options.dir, name);
  const bytes = new Uint8Array(await readFile(path));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const unchanged = async (): Promise<boolean> => {
    const st = await stat(path).catch(() => null);
    return st !== null && settle.isUnchanged(name, { sizeBytes: st.size, mtimeMs: st.mtimeMs });
  };
  const local = options.check ? checkEcgBytes(bytes) : null;
  if (local !== null) {
    await moveToRefused(options.dir, name, sha256, local);
    options.log(`refused ${name}: ${local.code}: ${local.message} (not sent; see refused/)`);
    return 'refused';
  }
  for (let attempt = 1; ; attempt++) {
    const result = await uploadEcgFile({
      server: options.server,
      token: options.token,
      bytes,
      fileName: name,
      key: sha256,
      signal,
      timeoutMs: options.uploadTimeoutMs,
    });
    switch (result.kind) {
      case 'sent': {
        if (!(await unchanged())) {
          options.log(
            `changed ${name} while it was sent (study ${result.studyId}); sending it again`,
          );
          return 'changed';
        }
        await moveToSent(options.dir, name, sha256, result);
        const how = result.created ? 'new study' : 'sent before, same study';
        options.log(`sent ${name}: ${how} ${result.studyId}`);
        return result.created ? 'sent' : 'repeat';
      }
      case 'refused':
        await moveToRefused(options.dir, name, sha256, { by: 'server', ...result });
        options.log(`refused ${name}: ${result.status} ${result.code}: ${result.message}`);
        return 'refused';
      case 'unauthorised':
        options.log(
          `stopped: the server refused the device token (${result.status} ${result.code}: ${result.message}); ${name} stays`,
        );
        return 'unauthorised';
      case 'retry': {
        if (attempt >= options.maxAttempts) {
          options.log(
            `failed ${name}: ${result.reason}; gave up after ${attempt} attempts, the file stays`,
          );
          return 'failed';
        }
        // Jitter: gateways cut off by the same outage do not all come back at the same instant.
        const waitMs = options.retryBaseMs * 2 ** (attempt - 1) * (0.5 + Math.random());
        const jitteredMs = Math.round(Math.min(waitMs, maxBackoffMs));
        options.log(
          `retry ${name}: ${result.reason}; attempt ${attempt + 1} in ${Math.round(jitteredMs / 1000)} s`,
        );
        await sleep(jitteredMs, signal);
        signal.throwIfAborted(); // stopped while waiting: the file stays for the next run
      }
    }
  }
}
