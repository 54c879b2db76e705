/** A file as seen by one scan of the folder. */
export interface FileStat {
  sizeBytes: number;
  mtimeMs: number;
}

/** What the tracker remembers of a file: its stat and since when it has not changed. */
interface Seen extends FileStat {
  unchangedSinceMs: number;
}

/**
 * Tells when a file the cart is writing is complete: its size and modification time unchanged
 * across two scans at least `settleMs` apart. Carts and network shares write a file in pieces, and
 * fs.watch reports the first piece; sending then would upload half an ECG.
 * @example
 * const settle = new SettleTracker(2000);
 * settle.observe('a.scp', { sizeBytes: 10, mtimeMs: 1 }, 0); // false: first sight
 * settle.observe('a.scp', { sizeBytes: 10, mtimeMs: 1 }, 2000); // true: unchanged for 2 s
 */
export class SettleTracker {
  private readonly seen = new Map<string, Seen>();

  /** @param settleMs how long a file must stay unchanged, in milliseconds (≥ 0). */
  constructor(private readonly settleMs: number) {}

  /**
   * Records one scan's view of a file.
   * @param name the file's name in the folder.
   * @param stat its size and modification time now.
   * @param nowMs the scan's time (milliseconds, any monotonic origin).
   * @returns true when it is complete: seen before with the same stat, unchanged for settleMs.
   */
  observe(name: string, stat: FileStat, nowMs: number): boolean {
    const before = this.seen.get(name);
    if (before?.sizeBytes !== stat.sizeBytes || before.mtimeMs !== stat.mtimeMs) {
      this.seen.set(name, { ...stat, unchangedSinceMs: nowMs });
      return false;
    }
    return nowMs - before.unchangedSinceMs >= this.settleMs;
  }

  /** Whether `stat` is still what the tracker last saw of `name` (nothing written since). */
  isUnchanged(name: string, stat: FileStat): boolean {
    const before = this.seen.get(name);
    return before?.sizeBytes === stat.sizeBytes && before.mtimeMs === stat.mtimeMs;
  }

  /** Forgets files not in `present` (sent, moved or deleted), and `name` when given. */
  forget(present: ReadonlySet<string> | null, name?: string): void {
    if (name !== undefined) {
      this.seen.delete(name);
    }
    if (present !== null) {
      for (const known of [...this.seen.keys()]) {
        if (!present.has(known)) {
          this.seen.delete(known);
        }
      }
    }
  }

  /** How many files are being watched until they settle. */
  get pending(): number {
    return this.seen.size;
  }
}
