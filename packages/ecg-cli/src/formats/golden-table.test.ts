/**
 * Every shared sample file, read the way a user's file is read (format detected by content, never
 * by extension, through `loadEcgRecord`), matches its golden entry; and no sample file is missing
 * from the golden table.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ECG_FILE_READERS } from '@gesang/ecg-formats';
import { describe, expect, it } from 'vitest';
import { loadEcgRecord } from '../disk/load-record.js';
import { sharedDataPath } from '../disk/shared-data.js';
import { expectGolden } from './golden-check.js';
import { GOLDEN_FILES } from './golden-table.js';

/** Sample files a user would open: data files, WFDB records by their header. */
function sampleFiles(): string[] {
  const root = sharedDataPath();
  const folder = sharedDataPath('ecg-formats');
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => join(folder, name))
    .filter((path) => statSync(path).isFile())
    .filter((path) => !/README\.md$|\.(dat|atr)$/.test(path))
    .map((path) => relative(root, path))
    .sort();
}

describe('the golden table of ../shared/data/ecg-formats', () => {
  it('has one entry per sample file', () => {
    expect(GOLDEN_FILES.map((g) => g.path).sort()).toEqual(sampleFiles());
  });

  it('each single-file sample is claimed by exactly one reader, its own', () => {
    for (const golden of GOLDEN_FILES.filter((g) => g.format !== 'WFDB')) {
      const bytes = new Uint8Array(readFileSync(sharedDataPath(golden.path)));
      const claimed = ECG_FILE_READERS.filter((r) => r.sniff(bytes)).map((r) => r.name);
      expect(claimed, golden.path).toEqual([golden.format]);
    }
  });

  it.each(GOLDEN_FILES.map((g) => [g.path, g] as const))('%s', async (path, golden) => {
    expectGolden(await loadEcgRecord(sharedDataPath(path)), golden);
  });
});
