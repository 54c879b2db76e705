/**
 * The desk's upload queue: every picked file is hashed (its SHA-256 is the Idempotency-Key), kept
 * on disk, and sent one at a time, oldest first, while the link is up. A failure that may pass
 * (link down, server busy) is retried with backoff; a refusal of the file is shown and dropped.
 * A transport may make the upload resumable: it hands back the upload's URL, which is kept on disk
 * with the file, so that the next attempt (after a drop, a reload, a restart) continues from the
 * bytes the server holds; an attempt that moved bytes forward counts as no failure in the backoff.
 * Plain TypeScript with injected I/O, so the rules are tested without a browser; the page reads
 * it through `useUploadQueue`.
 */
import type { UploadAnswer, UploadRequest } from '../../api/ecg-desk.js';
import { contextFields, type UploadContext } from './clinical-context.js';
import {
  describeUploadError,
  newDeskUpload,
  nextDueUpload,
  wakeDelayMs,
  type AddOutcome,
  type DeskUpload,
} from './desk-upload.js';
import { isRetryable, retryDelayMs } from './retry-policy.js';
import type { UploadStore } from './upload-store.js';

/** One attempt to send a file, as the queue asks its transport for it. */
export interface QueueUploadRequest extends Omit<UploadRequest, 'csrfToken' | 'stallTimeoutMs'> {
  /** The resumable upload's URL from an earlier attempt (kept on disk); null when none. */
  resumeUrl: string | null;
  /** The transport made (or dropped, null) a resumable upload for this file. */
  onResumeUrl: (url: string | null) => void;
}

/** The queue's I/O. */
export interface QueueDeps {
  /** `<userId>:<orgId>` of the session the queue sends for. */
  ownerKey: string;
  store: UploadStore;
  upload: (request: QueueUploadRequest) => Promise<UploadAnswer>;
  /** Abandons a resumable upload on the server (the file was removed from the queue). */
  discard?: (resumeUrl: string) => void;
  hash: (file: Blob) => Promise<string>;
  isOnline: () => boolean;
  onSent?: (answer: UploadAnswer) => void;
  now?: () => number;
  random?: () => number;
  newId?: () => string;
}

/** Sent files kept on screen. */
const keptSent = 100;

/** The queue of one signed-in user acting for one organisation. */
export class UploadQueue {
  private items: readonly DeskUpload[] = [];
  private readonly files = new Map<string, Blob>();
  /** Resumable uploads' URLs, by local id. */
  private readonly resumeUrls = new Map<string, string>();
  /** Each file's disk writes, in order (a late save must not bring back a forgotten file). */
  private readonly writes = new Map<string, Promise<void>>();
  private readonly listeners = new Set<() => void>();
  private busy = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: { localId: string; abort: AbortController } | null = null;
  private disposed = false;
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly newId: () => string;

  /** @param deps the queue's I/O */
  constructor(private readonly deps: QueueDeps) {
    this.now = deps.now ?? Date.now;
    this.random = deps.random ?? Math.random;
    this.newId = deps.newId ?? (() => crypto.randomUUID());
  }

  /** Registers a change listener (for useSyncExternalStore); returns its removal. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The files, oldest first; a new array after every change. */
  getSnapshot = (): readonly DeskUpload[] => this.items;

  /** Brings back the files still queued on disk for this owner and starts sending. */
  async start(): Promise<void> {
    const stored = await this.deps.store.load(this.deps.ownerKey).catch(() => []);
    const known = new Set(this.items.map((i) => i.localId));
    const restored = stored
      .filter((s) => !known.has(s.localId))
      .map((s): DeskUpload => {
        this.files.set(s.localId, s.file);
        if (typeof s.uploadUrl === 'string') {
          this.resumeUrls.set(s.localId, s.uploadUrl);
        }
        return {
          ...newDeskUpload(s.localId, s.name, s.sizeBytes, s.context, s.addedAt),
          key: s.key,
        };
      });
    this.set([...restored, ...this.items]);
    void this.pump();
  }

  /**
   * Queues picked files with the clinical context given for them.
   * @returns per file: queued, a duplicate of one already waiting, or unreadable
   */
  async add(files: readonly File[], context: UploadContext): Promise<AddOutcome[]> {
    const added = files.map((file) => {
      const item = newDeskUpload(this.newId(), file.name, file.size, context, this.now());
      item.phase = 'hashing';
      this.files.set(item.localId, file);
      return item;
    });
    this.set([...this.items, ...added]);
    const outcomes: AddOutcome[] = [];
    for (const item of added) {
      outcomes.push(await this.admit(item, this.files.get(item.localId) as Blob));
      void this.pump(); // the first file goes while the next ones are hashed
    }
    return outcomes;
  }

  /** The link is back: try every waiting file now. */
  linkUp(): void {
    this.set(this.items.map((i) => (i.phase === 'waiting' ? { ...i, nextAttemptAt: null } : i)));
    void this.pump();
  }

  /** Tries one waiting file again now. */
  retryNow(localId: string): void {
    this.patch(localId, { nextAttemptAt: null });
    void this.pump();
  }

  /** Drops a file from the queue (and from disk), stopping its upload if under way. */
  remove(localId: string): void {
    if (this.inFlight?.localId === localId) {
      this.inFlight.abort.abort();
    }
    const resumeUrl = this.resumeUrls.get(localId);
    if (resumeUrl !== undefined) {
      this.deps.discard?.(resumeUrl);
    }
    this.files.delete(localId);
    this.resumeUrls.delete(localId);
    this.set(this.items.filter((i) => i.localId !== localId));
    void this.write(localId, () => this.deps.store.remove(localId));
  }

  /** Stops timers and any upload under way (files on disk stay queued). */
  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    this.inFlight?.abort.abort();
    this.listeners.clear();
  }

  /** Hashes a new file, drops it if the same bytes are already waiting, else keeps it on disk. */
  private async admit(item: DeskUpload, file: Blob): Promise<AddOutcome> {
    let key: string;
    try {
      key = await this.deps.hash(file);
    } catch (error) {
      this.files.delete(item.localId);
      this.patch(item.localId, {
        phase: 'failed',
        error: { ...describeUploadError(error), code: 'unreadable' },
      });
      return 'unreadable';
    }
    const twin = this.items.find((i) => i.key === key && i.localId !== item.localId);
    if (twin !== undefined && (twin.phase === 'waiting' || twin.phase === 'uploading')) {
      this.remove(item.localId);
      return 'duplicate';
    }
    // Sent or refused before: this pick replaces that row, and the server answers for it again.
    this.set(
      this.items
        .filter((i) => i !== twin)
        .map((i) => (i.localId === item.localId ? { ...i, key, phase: 'waiting' as const } : i)),
    );
    await this.save(item.localId); // failing (e.g. disk full): sent from memory while open
    return 'queued';
  }

  /** Writes the file's queue entry (with its resumable upload's URL) to disk. */
  private save(localId: string): Promise<void> {
    return this.write(localId, () => {
      const item = this.items.find((i) => i.localId === localId);
      const file = this.files.get(localId);
      if (item === undefined || file === undefined || item.key === null) {
        return Promise.resolve(); // sent or removed meanwhile: it stays off the disk
      }
      const { name, sizeBytes, key, context, addedAt } = item;
      const uploadUrl = this.resumeUrls.get(localId) ?? null;
      const ownerKey = this.deps.ownerKey;
      const entry = { localId, ownerKey, name, sizeBytes, key, context, addedAt, file, uploadUrl };
      return this.deps.store.save(entry);
    });
  }

  /** Runs a disk write for `localId` after the ones before it; its failure is ignored. */
  private write(localId: string, run: () => Promise<void>): Promise<void> {
    const next = (this.writes.get(localId) ?? Promise.resolve()).then(run).catch(() => undefined);
    this.writes.set(localId, next);
    void next.then(() => {
      if (this.writes.get(localId) === next) {
        this.writes.delete(localId);
      }
    });
    return next;
  }

  private async pump(): Promise<void> {
    if (this.busy || this.disposed) {
      return;
    }
    this.busy = true;
    try {
      for (
        let next = nextDueUpload(this.items, this.now());
        next !== undefined;
        next = nextDueUpload(this.items, this.now())
      ) {
        if (!this.deps.isOnline() || this.disposed) {
          break;
        }
        await this.send(next);
      }
    } finally {
      this.busy = false;
    }
    this.schedule();
  }

  /** Wakes the pump at the next retry (or to re-check a link the browser calls offline). */
  private schedule(): void {
    clearTimeout(this.timer);
    const delayMs = wakeDelayMs(this.items, this.now(), this.deps.isOnline());
    if (this.disposed || delayMs === null) {
      return;
    }
    this.timer = setTimeout(() => void this.pump(), delayMs);
  }

  private async send(item: DeskUpload): Promise<void> {
    const { localId } = item;
    const file = this.files.get(localId);
    if (file === undefined || item.key === null) {
      this.patch(localId, {
        phase: 'failed',
        error: { status: 0, code: 'unreadable', message: '' },
      });
      return;
    }
    const abort = new AbortController();
    this.inFlight = { localId, abort };
    this.patch(localId, { phase: 'uploading', sentShare: 0 });
    let firstSentBytes: number | null = null;
    let progressed = false;
    try {
      const answer = await this.deps.upload({
        file,
        fileName: item.name,
        key: item.key,
        fields: contextFields(item.context),
        onProgress: (sent, total) => {
          firstSentBytes ??= sent;
          progressed ||= sent > firstSentBytes;
          this.patch(localId, { sentShare: total > 0 ? sent / total : 0 });
        },
        signal: abort.signal,
        resumeUrl: this.resumeUrls.get(localId) ?? null,
        onResumeUrl: (url) => {
          if (url === null) {
            this.resumeUrls.delete(localId);
          } else {
            this.resumeUrls.set(localId, url);
          }
          void this.save(localId);
        },
      });
      this.patch(localId, {
        phase: 'sent',
        sentShare: 1,
        studyId: answer.study.id,
        repeat: answer.status === 200,
        nextAttemptAt: null,
        error: null,
      });
      this.forget(localId);
      this.deps.onSent?.(answer);
    } catch (error) {
      const current = this.items.find((i) => i.localId === localId);
      if (current === undefined) {
        return; // removed while on the wire
      }
      // Bytes kept on the server since the last attempt: the link works, if badly; retry soon.
      const resumed = progressed && this.resumeUrls.has(localId);
      const failures = resumed ? 1 : current.failures + 1;
      if (isRetryable(error) && !this.disposed) {
        const nextAttemptAt = this.now() + retryDelayMs(failures, this.random);
        this.patch(localId, {
          phase: 'waiting',
          failures,
          nextAttemptAt,
          error: describeUploadError(error),
        });
      } else if (!this.disposed) {
        this.patch(localId, { phase: 'failed', failures, error: describeUploadError(error) });
        this.forget(localId);
      }
    } finally {
      this.inFlight = null;
    }
  }

  /** The server has answered for this file for good: it leaves the disk and memory. */
  private forget(localId: string): void {
    this.files.delete(localId);
    this.resumeUrls.delete(localId);
    void this.write(localId, () => this.deps.store.remove(localId));
    const done = this.items.filter((i) => i.phase === 'sent' || i.phase === 'failed');
    if (done.length > keptSent) {
      const drop = new Set(done.slice(0, done.length - keptSent));
      this.set(this.items.filter((i) => !drop.has(i)));
    }
  }

  private patch(localId: string, change: Partial<DeskUpload>): void {
    this.set(this.items.map((i) => (i.localId === localId ? { ...i, ...change } : i)));
  }

  private set(items: readonly DeskUpload[]): void {
    this.items = items;
    this.listeners.forEach((listener) => listener());
  }
}
