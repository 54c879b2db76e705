import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

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

  const put = async (source: Readable, check?: () => void): Promise<StoredFile> => {
    await mkdir(tmpDir, { recursive: true });
    const tmpPath = join(tmpDir, `${randomUUID()}.part`);
    const hash = createHash('sha256');
    let sizeBytes = 0;
    const tap = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        hash.update(chunk);
        sizeBytes += chunk.length;
        callback(null, chunk);
      },
    });
    try {
      await pipeline(source, tap, createWriteStream(tmpPath, { flags: 'wx' }));
      check?.();
      const handle = await open(tmpPath, 'r+');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
      const sha256 = hash.digest('hex');
      const target = pathOf(sha256);
      if (await exists(target)) {
        await rm(tmpPath, { force: true });
        return { sha256, sizeBytes, created: false };
      }
      const dir = join(target, '..');
      await mkdir(dir, { recursive: true });
      // rename is atomic within one file system: the hash name holds the whole file or nothing.
      await rename(tmpPath, target);
      await syncDir(dir);
      return { sha256, sizeBytes, created: true };
    } catch (error) {
      await rm(tmpPath, { force: true });
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
