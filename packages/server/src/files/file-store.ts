import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

/** A file now kept in the store. */
export interface StoredFile {
  /** SHA-256 of the content, lower-case hex: the file's name in the store. */
  sha256: string;
  sizeBytes: number;
  /** False when identical content was stored before (nothing new was written). */
  created: boolean;
}

/** Original uploads kept byte for byte, content-addressed by SHA-256, under one folder. */
export interface FileStore {
  /** The store's folder. */
  readonly root: string;
  /**
   * Streams `source` into the store while hashing it. The bytes go to a temporary file that is
   * flushed to disk (fsync) and then renamed to its hash, so a crash never leaves a partial file
   * under a hash name; identical content is kept once.
   * @param source the content.
   * @param check called once the content is on disk, before it is kept; throwing refuses it
   *   (e.g. a source cut short at a size limit).
   * @throws whatever `source` or `check` throws; the temporary file is removed.
   */
  put(source: Readable, check?: () => void): Promise<StoredFile>;
  /** The whole content of a stored file. */
  read(sha256: string): Promise<Uint8Array<ArrayBuffer>>;
  /** Absolute path of a stored file (whether or not it exists). */
  pathOf(sha256: string): string;
}

const hexSha256 = /^[0-9a-f]{64}$/;

/** fsync of a folder, so that a rename inside it survives a power cut. */
async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Removes a file; one that is already gone is fine. */
async function unlinkQuietly(path: string): Promise<void> {
  await unlink(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') {
      throw error;
    }
  });
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Opens (creating on first write) a file store in `root`: `sha256/ab/cd/<hash>` for files,
 * `tmp/` for uploads in progress.
 * @param root absolute folder, e.g. `<GESANG_DATA_DIR>/files`.
 * @example
 * const store = createFileStore('/var/lib/gesang/files');
 * const { sha256 } = await store.put(fs.createReadStream('ecg.xml'));
 */
export function createFileStore(root: string): FileStore {
  const tmpDir = join(root, 'tmp');
  const pathOf = (sha256: string): string => {
    if (!hexSha256.test(sha256)) {
      throw new Error(`not a SHA-256 hex digest: ${sha256.slice(0, 80)}`);
    }
    return join(root, 'sha256', sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  };

  // Folders made once per process (made again if a write finds one gone).
  const madeDirs = new Map<string, Promise<void>>();
  const makeDir = (dir: string): Promise<void> => {
    let made = madeDirs.get(dir);
    if (made === undefined) {
      made = mkdir(dir, { recursive: true }).then(() => undefined);
      made.catch(() => madeDirs.delete(dir));
      madeDirs.set(dir, made);
    }
    return made;
  };
  /** Opens a new temporary file for writing, remaking `tmp/` if it was removed meanwhile. */
  const openTmp = async (tmpPath: string): Promise<FileHandle> => {
    await makeDir(tmpDir);
    try {
      return await open(tmpPath, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        throw error;
      }
      madeDirs.delete(tmpDir);
      await makeDir(tmpDir);
      return open(tmpPath, 'wx');
    }
  };

  // One handle from open to fsync (no reopening), `unlink` rather than `rm` (no lstat walk):
  // an upload costs the file system as few round trips as its durability allows.
  const put = async (source: Readable, check?: () => void): Promise<StoredFile> => {
    const tmpPath = join(tmpDir, `${randomUUID()}.part`);
    const hash = createHash('sha256');
    let sizeBytes = 0;
    const handle = await openTmp(tmpPath);
    let isOpen = true;
    try {
      for await (const chunk of source) {
        const bytes = chunk as Buffer;
        hash.update(bytes);
        sizeBytes += bytes.length;
        for (let written = 0; written < bytes.length;) {
          written += (await handle.write(bytes, written)).bytesWritten;
        }
      }
      check?.();
      await handle.sync();
      isOpen = false;
      await handle.close();
      const sha256 = hash.digest('hex');
      const target = pathOf(sha256);
      if (await exists(target)) {
        await unlinkQuietly(tmpPath);
        return { sha256, sizeBytes, created: false };
      }
      const dir = join(target, '..');
      await makeDir(dir);
      // rename is atomic within one file system: the hash name holds the whole file or nothing.
      await rename(tmpPath, target).catch(async (error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') {
          throw error;
        }
        madeDirs.delete(dir); // the folder was removed since: make it again
        await makeDir(dir);
        await rename(tmpPath, target);
      });
      await syncDir(dir);
      return { sha256, sizeBytes, created: true };
    } catch (error) {
      if (isOpen) {
        await handle.close().catch(() => undefined);
      }
      await unlinkQuietly(tmpPath);
      throw error;
    }
  };

  return {
    root,
    put,
    pathOf,
    read: async (sha256) => new Uint8Array(await readFile(pathOf(sha256))),
  };
}
