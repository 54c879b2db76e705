import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileStore } from './file-store.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'gesang-files-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('content-addressed file store', () => {
  it('keeps the bytes under their SHA-256 and reads them back unchanged', async () => {
    const store = createFileStore(root);
    const bytes = Buffer.from('ECG bytes \u0000\u00ff'.repeat(10_000));
    const expected = createHash('sha256').update(bytes).digest('hex');
    const stored = await store.put(Readable.from([bytes.subarray(0, 7), bytes.subarray(7)]));
    expect(stored).toEqual({ sha256: expected, sizeBytes: bytes.length, created: true });
    expect(Buffer.from(await store.read(expected)).equals(bytes)).toBe(true);
    expect(store.pathOf(expected)).toBe(
      join(root, 'sha256', expected.slice(0, 2), expected.slice(2, 4), expected),
    );
  });

  it('keeps identical content once, also when stored concurrently', async () => {
    const store = createFileStore(root);
    const results = await Promise.all(
      Array.from({ length: 5 }, () => store.put(Readable.from([Buffer.from('same content')]))),
    );
    expect(new Set(results.map((r) => r.sha256)).size).toBe(1);
    const again = await store.put(Readable.from([Buffer.from('same content')]));
    expect(again.created).toBe(false);
    expect(filesUnder(join(root, 'sha256'))).toHaveLength(1);
    expect(filesUnder(join(root, 'tmp'))).toEqual([]);
  });

  it('leaves neither a partial file nor a hash-named file when the upload fails midway', async () => {
    const store = createFileStore(root);
    function* failing(): Generator<Buffer> {
      yield Buffer.from('first half');
      throw new Error('link dropped');
    }
    await expect(store.put(Readable.from(failing()))).rejects.toThrow('link dropped');
    expect(filesUnder(root)).toEqual([]);
  });

  it('keeps storing after its folders were removed behind its back', async () => {
    const store = createFileStore(root);
    await store.put(Readable.from([Buffer.from('first')]));
    rmSync(root, { recursive: true, force: true });
    const bytes = Buffer.from('second, after the folder went');
    const expected = createHash('sha256').update(bytes).digest('hex');
    expect(await store.put(Readable.from([bytes]))).toEqual({
      sha256: expected,
      sizeBytes: bytes.length,
      created: true,
    });
    expect(Buffer.from(await store.read(expected)).equals(bytes)).toBe(true);
    expect(readdirSync(join(root, 'tmp'))).toEqual([]);
  });

  it('refuses a name that is not a SHA-256 digest (no path tricks)', () => {
    const store = createFileStore(root);
    expect(() => store.pathOf('../../etc/passwd')).toThrow(/SHA-256/);
  });
});
