import { existsSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sweepExpiredUploads } from './sweep-uploads.js';

const hourMs = 60 * 60_000;
const nowMs = Date.parse('2026-05-02T12:00:00Z');
let dir: string;

/** A record as @tus/file-store writes it (`<id>.json`), and optionally its partial file. */
function upload(id: string, createdHoursAgo: number, withData: boolean): void {
  const creation = new Date(nowMs - createdHoursAgo * hourMs).toISOString();
  writeFileSync(join(dir, `${id}.json`), JSON.stringify({ id, size: 10, creation_date: creation }));
  if (withData) {
    writeFileSync(join(dir, id), 'partial');
  }
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gesang-sweep-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('sweepExpiredUploads', () => {
  it('removes uploads older than the expiry and nothing else', async () => {
    const stale = 'a'.repeat(32);
    const fresh = 'b'.repeat(32);
    const finished = 'c'.repeat(32);
    const orphan = 'd'.repeat(32);
    upload(stale, 25, true);
    upload(fresh, 23, true);
    upload(finished, 30, false); // became a study: only its record was left
    writeFileSync(join(dir, orphan), 'no record'); // a crash between file and record
    const longAgoS = (nowMs - 48 * hourMs) / 1000;
    utimesSync(join(dir, orphan), longAgoS, longAgoS);
    writeFileSync(join(dir, 'README'), 'not an upload');

    expect(await sweepExpiredUploads(dir, nowMs, 24 * hourMs)).toBe(3);
    expect(existsSync(join(dir, stale))).toBe(false);
    expect(existsSync(join(dir, `${stale}.json`))).toBe(false);
    expect(existsSync(join(dir, `${finished}.json`))).toBe(false);
    expect(existsSync(join(dir, orphan))).toBe(false);
    expect(existsSync(join(dir, fresh))).toBe(true);
    expect(existsSync(join(dir, `${fresh}.json`))).toBe(true);
    expect(existsSync(join(dir, 'README'))).toBe(true);
  });

  it('finds nothing to do before the first upload made the folder', async () => {
    expect(await sweepExpiredUploads(join(dir, 'missing'), nowMs, hourMs)).toBe(0);
  });
});
