import { watch, type FSWatcher } from 'node:fs';
import { candidateFiles } from './import-files.js';
import { sendFile, sleep, type SendOptions, type SendOutcome } from './import-send.js';
import { SettleTracker } from './import-settle.js';

/** How `gesang import` watches and sends. */
export interface ImportOptions extends SendOptions {
  /** Send what is there (and settles meanwhile), then return. */
  once: boolean;
  /** A file is complete when unchanged across two scans this far apart (milliseconds). */
  settleMs: number;
  /** Rescan this often even without an fs.watch event (milliseconds). */
  rescanMs: number;
}

/** What a run did, file by file. */
export interface ImportSummary {
  sent: number;
  /** Sent before (the server answered with the first study). */
  repeat: number;
  refused: number;
  /** Gave up for now (with --once, after the attempts allowed); the files stay. */
  failed: number;
  /** The server refused the token: the run stopped. */
  unauthorised: boolean;
  /** Stopped by Ctrl-C / SIGTERM. */
  stopped: boolean;
}

/** Waits for the next scan of the watched folder. */
interface FolderWaker {
  /** Resolves after `ms`, on an fs.watch event (debounced), or when `signal` aborts. */
  wait(ms: number, signal: AbortSignal): Promise<void>;
  /** Stops watching. */
  close(): void;
}

/** Bursts of fs.watch events (a cart writing in pieces) cause one scan, not one per event. */
const debounceMs = 200;

/**
 * Waits for the next scan: fs.watch events on the folder end a wait early (after a short
 * debounce); the timeout is the periodic rescan, which also covers file systems where fs.watch
 * reports nothing (network shares, some container mounts).
 */
function folderWaker(dir: string, log: (line: string) => void): FolderWaker {
  let wake: (() => void) | null = null;
  let poked = false;
  const poke = (): void => {
    poked = true;
    wake?.();
  };
  let watcher: FSWatcher | null = null;
  const noWatch = (error: unknown): void => {
    log(`fs.watch unavailable on ${dir} (${String(error)}); rescanning periodically only`);
    watcher?.close();
    watcher = null;
  };
  try {
    watcher = watch(dir, poke);
    watcher.on('error', noWatch);
  } catch (error) {
    noWatch(error);
  }
  return {
    async wait(ms: number, signal: AbortSignal): Promise<void> {
      await sleep(Math.min(debounceMs, ms), signal);
      if (!poked) {
        const early = new AbortController();
        wake = () => early.abort();
        await sleep(Math.max(0, ms - debounceMs), AbortSignal.any([signal, early.signal]));
        wake = null;
      }
      poked = false;
    },
    close: (): void => watcher?.close(),
  };
}

/** How long a watching run leaves a file alone after an error of the file system (ms). */
const errorPauseMs = 60_000;

/** {@link sendFile}, with the file system's errors logged and reported as an outcome. */
async function sendSafely(
  options: ImportOptions,
  name: string,
  settle: SettleTracker,
  signal: AbortSignal,
): Promise<SendOutcome | 'gone' | 'stopped' | 'error'> {
  try {
    return await sendFile(options, name, settle, signal);
  } catch (error) {
    if (signal.aborted) {
      return 'stopped';
    }
    if ((error as { code?: unknown }).code === 'ENOENT') {
      return 'gone'; // removed by someone else meanwhile
    }
    const later = options.once ? 'by the next run' : 'in a minute';
    options.log(`error ${name}: ${String(error)}; the file stays and is tried again ${later}`);
    return 'error';
  }
}

/**
 * Watches `options.dir` and sends every ECG file that appears in it (and those already there),
 * one at a time, oldest first, each once it has settled; see {@link sendFile}. With `once`, returns
 * when every file present has been dealt with (sent, refused, or given up after maxAttempts).
 * Otherwise runs until `signal` aborts or the server refuses the token.
 * @param options folder, server, token and timings.
 * @param signal Ctrl-C / SIGTERM: stops at once (a file being sent stays and is sent next time).
 * @returns the counts.
 * @throws GesangError never; the file system's error when the folder cannot be read at the start.
 * @example await runImport({ ...options, once: true }, new AbortController().signal) // { sent: 2, … }
 */
export async function runImport(
  options: ImportOptions,
  signal: AbortSignal,
): Promise<ImportSummary> {
  const summary: ImportSummary = {
    sent: 0,
    repeat: 0,
    refused: 0,
    failed: 0,
    unauthorised: false,
    stopped: false,
  };
  const settle = new SettleTracker(options.settleMs);
  const givenUp = new Set<string>(); // with --once: not sent this run
  const pausedUntilMs = new Map<string, number>(); // watching: a file that could not be moved
  await candidateFiles(options.dir); // fails loudly now if the folder cannot be read
  const waker = folderWaker(options.dir, options.log);
  try {
    while (!signal.aborted) {
      const files = await candidateFiles(options.dir).catch((error: unknown) => {
        options.log(`cannot read ${options.dir} (${String(error)}); trying again`);
        return null;
      });
      if (files !== null) {
        settle.forget(new Set(files.map((f) => f.name)));
        const nowMs = Date.now();
        const done = new Set<string>();
        for (const { name, ...stat } of files) {
          const paused = givenUp.has(name) || (pausedUntilMs.get(name) ?? 0) > nowMs;
          if (signal.aborted || paused || !settle.observe(name, stat, nowMs)) {
            continue;
          }
          const outcome = await sendSafely(options, name, settle, signal);
          if (outcome === 'unauthorised') {
            summary.unauthorised = true;
            return summary;
          }
          if (outcome === 'failed' || (outcome === 'error' && options.once)) {
            summary.failed += 1;
            givenUp.add(name);
          } else if (outcome === 'error') {
            pausedUntilMs.set(name, nowMs + errorPauseMs);
          } else if (outcome !== 'changed' && outcome !== 'stopped') {
            if (outcome !== 'gone') {
              summary[outcome] += 1;
            }
            done.add(name);
            settle.forget(null, name);
          }
        }
        const waiting = files.filter((f) => !done.has(f.name) && !givenUp.has(f.name));
        if (options.once && waiting.length === 0) {
          break;
        }
      }
      await waker.wait(settle.pending > 0 ? options.settleMs : options.rescanMs, signal);
    }
  } finally {
    waker.close();
  }
  summary.stopped = signal.aborted;
  return summary;
}
