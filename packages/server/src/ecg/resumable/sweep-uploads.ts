import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { uploadIdPattern } from './tus-service.js';

/** How often expired uploads are looked for. */
export const sweepIntervalMs = 60 * 60_000;

const ageOfRecordMs = async (recordPath: string, nowMs: number): Promise<number | null> => {
  try {
    const record = JSON.parse(await readFile(recordPath, 'utf8')) as { creation_date?: unknown };
    const createdMs =
      typeof record.creation_date === 'string' ? Date.parse(record.creation_date) : NaN;
    return Number.isNaN(createdMs) ? null : nowMs - createdMs;
  } catch {
    return null; // unreadable: judged by its file time below
  }
};

/**
 * Removes uploads created more than `expiryMs` ago from the partial-upload folder: unfinished ones
 * (their client never came back), and the small records of finished ones (their bytes live in the
 * file store). A partial file or record whose record is unreadable goes by its modification time.
 * @param directory the partial-upload folder (`<GESANG_DATA_DIR>/partial-uploads`).
 * @param nowMs the time now, epoch ms.
 * @param expiryMs the age at which an upload goes, in ms (24 h in production).
 * @returns how many uploads were removed.
 * @example await sweepExpiredUploads('/var/lib/gesang/partial-uploads', Date.now(), 86_400_000)
 */
export async function sweepExpiredUploads(
  directory: string,
  nowMs: number,
  expiryMs: number,
): Promise<number> {
  let names: string[];
  try {
    names = await readdir(directory);
  } catch {
    return 0; // nothing uploaded yet
  }
  const ids = new Set(
    names.map((name) => name.replace(/\.json$/, '')).filter((id) => uploadIdPattern.test(id)),
  );
  let removed = 0;
  for (const id of ids) {
    const dataPath = join(directory, id);
    const recordPath = `${dataPath}.json`;
    let ageMs = await ageOfRecordMs(recordPath, nowMs);
    if (ageMs === null) {
      // A missing file counts as never touched: the newest present one dates the upload.
      const times = await Promise.all(
        [dataPath, recordPath].map((p) =>
          stat(p).then(
            (s) => s.mtimeMs,
            () => -Infinity,
          ),
        ),
      );
      ageMs = nowMs - Math.max(...times);
    }
    if (ageMs > expiryMs) {
      await rm(dataPath, { force: true });
      await rm(recordPath, { force: true });
      removed += 1;
    }
  }
  return removed;
}

/**
 * Sweeps now and then every {@link sweepIntervalMs} until stopped.
 * @param directory the partial-upload folder.
 * @param expiryMs the age at which an upload goes.
 * @param onError told when a sweep fails (the next one tries again).
 * @returns a function that stops the sweeps.
 */
export function startUploadSweeps(
  directory: string,
  expiryMs: number,
  onError: (error: unknown) => void,
): () => void {
  const sweep = (): void => {
    sweepExpiredUploads(directory, Date.now(), expiryMs).catch(onError);
  };
  sweep();
  const timer = setInterval(sweep, sweepIntervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
