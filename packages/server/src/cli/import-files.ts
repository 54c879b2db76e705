import { appendFile, mkdir, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { EcgFormatError, readEcgFile } from '@gesang/ecg-formats';

/** Sub-folders of the watched folder: files sent, and files refused with their reason. */
export const sentFolder = 'sent';
/** See {@link sentFolder}. */
export const refusedFolder = 'refused';

/** Why a file was refused, as written to its `.reason.txt`. */
export interface Refusal {
  /** Who refused it: the server (with its HTTP status) or the local check before sending. */
  by: 'server' | 'local check';
  status: number | null;
  code: string;
  message: string;
}

/**
 * Names in the watched folder that may be ECGs to send: regular files, not hidden (`.name`, as
 * many programs name a file while writing it) and not ending in `.tmp` or `.part` (ditto).
 * @param dir the watched folder.
 * @returns the names, oldest modification first (so ECGs go in the order the cart wrote them).
 * @throws the file system's error when the folder cannot be read.
 * @example await candidateFiles('/srv/ecg-out') // ['ECG_0001.SCP', 'ECG_0002.SCP']
 */
export async function candidateFiles(
  dir: string,
): Promise<{ name: string; mtimeMs: number; sizeBytes: number }[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = [];
  for (const entry of entries) {
    const name = entry.name;
    if (!entry.isFile() || name.startsWith('.') || /\.(tmp|part)$/i.test(name)) {
      continue;
    }
    const st = await stat(join(dir, name)).catch(() => null); // gone since readdir: skip
    if (st?.isFile() === true) {
      files.push({ name, mtimeMs: st.mtimeMs, sizeBytes: st.size });
    }
  }
  return files.sort((a, b) => a.mtimeMs - b.mtimeMs || a.name.localeCompare(b.name));
}

/**
 * Checks, before sending, that the bytes are an ECG the server can read: the same reader its
 * ingest job runs, which would reject the file after upload anyway (a printout, a log, a settings
 * file the cart also writes to the folder).
 * @param bytes the whole file.
 * @returns null when readable, else the refusal with the reader's code and message.
 * @example checkEcgBytes(new TextEncoder().encode('hello'))?.code // 'not-ecg'
 */
export function checkEcgBytes(bytes: Uint8Array): Refusal | null {
  try {
    readEcgFile(bytes);
    return null;
  } catch (error) {
    if (error instanceof EcgFormatError) {
      return { by: 'local check', status: null, code: error.code, message: error.message };
    }
    return null; // a fault of the reader, not of the file: let the server keep it for inspection
  }
}

/** A free name for `name` in `folder`: itself, else with the hash's first 8 digits before the extension. */
async function targetIn(folder: string, name: string, sha256: string): Promise<string> {
  const plain = join(folder, name);
  if ((await stat(plain).catch(() => null)) === null) {
    return plain;
  }
  const ext = extname(name);
  // Same name and same leading hash: the same bytes sent again, so replacing it loses nothing.
  return join(folder, `${name.slice(0, name.length - ext.length)}.${sha256.slice(0, 8)}${ext}`);
}

/**
 * Moves a sent file to `DIR/sent/` and appends `time, file, sha256, study id, new|repeat` to
 * `DIR/sent/sent.log` (tab-separated).
 * @param dir the watched folder.
 * @param name the file's name in it.
 * @param sha256 hex digest of its bytes (its Idempotency-Key).
 * @param sent the study it became, and whether the server created it now.
 * @returns the file's new path.
 * @example await moveToSent(dir, 'a.scp', sha, { studyId, created: true })
 */
export async function moveToSent(
  dir: string,
  name: string,
  sha256: string,
  sent: { studyId: string; created: boolean },
): Promise<string> {
  const folder = join(dir, sentFolder);
  await mkdir(folder, { recursive: true });
  const target = await targetIn(folder, name, sha256);
  await rename(join(dir, name), target);
  const line = [new Date().toISOString(), target.slice(folder.length + 1), sha256, sent.studyId];
  await appendFile(
    join(folder, 'sent.log'),
    `${[...line, sent.created ? 'new' : 'repeat'].join('\t')}\n`,
  );
  return target;
}

/**
 * Moves a refused file to `DIR/refused/` and writes `<file>.reason.txt` beside it.
 * @param dir the watched folder.
 * @param name the file's name in it.
 * @param sha256 hex digest of its bytes.
 * @param refusal who refused it, with the code and message.
 * @returns the file's new path.
 * @example await moveToRefused(dir, 'notes.txt', sha, { by: 'local check', status: null, code: 'not-ecg', message })
 */
export async function moveToRefused(
  dir: string,
  name: string,
  sha256: string,
  refusal: Refusal,
): Promise<string> {
  const folder = join(dir, refusedFolder);
  await mkdir(folder, { recursive: true });
  const target = await targetIn(folder, name, sha256);
  await rename(join(dir, name), target);
  const status = refusal.status === null ? '' : `status: ${refusal.status}\n`;
  await writeFile(
    `${target}.reason.txt`,
    `refused by: ${refusal.by}\n${status}code: ${refusal.code}\nmessage: ${refusal.message}\nsha256: ${sha256}\ntime: ${new Date().toISOString()}\n`,
  );
  return target;
}
