import {
  copyFileSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { analyseBytes } from '../ecg/ingest/analyse-bytes.js';
import { loadTriageCache, saveTriageCache, type TriageCache } from './triage-cache.js';
import { findSharedEcgDir, triagePool } from './triage-pool.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const formats = resolve(repoRoot, '..', 'shared', 'data', 'ecg-formats');
const dir = mkdtempSync(join(tmpdir(), 'gesang-sim-pool-'));
const cacheDir = mkdtempSync(join(tmpdir(), 'gesang-sim-cache-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
});

// Real cart files: a 12-lead DICOM and a 12-lead SCP-ECG (per pydicom and the SCP golden table),
// MIT-BIH 100 (2 signals per its header: not a 12-lead ECG) with its signal and annotation
// files, and a note that is no ECG at all.
for (const [folder, name] of [
  ['dicom', 'waveform_ecg.dcm'],
  ['scp-ecg', 'ecgtoolkit_Example.scp'],
  ['wfdb', '100.hea'],
  ['wfdb', '100.dat'],
  ['wfdb', '100.atr'],
] as const) {
  copyFileSync(join(formats, folder, name), join(dir, name));
}
writeFileSync(join(dir, 'notes.txt'), 'ECG cart service visit on Tuesday\n');

/** The level the server's ingest (analyseBytes, a separate path) gives the same bytes. */
const serverLevel = (name: string): string | undefined => {
  const outcome = analyseBytes(new Uint8Array(readFileSync(join(dir, name))));
  return outcome.kind === 'analysed' ? outcome.triage.level : undefined;
};

describe('the pool of real ECGs a simulation replays', () => {
  const cache: TriageCache = new Map();

  it('replays the 12-lead files with the triage the server gives them and says what it left out', async () => {
    const pool = await triagePool([dir], cache);
    // Sorted by name: 100.atr, 100.dat, 100.hea, ecgtoolkit_Example.scp, notes.txt, waveform_ecg.dcm
    expect(pool.levels).toEqual([
      serverLevel('ecgtoolkit_Example.scp'),
      serverLevel('waveform_ecg.dcm'),
    ]);
    expect(pool.skipped).toEqual({
      'not-ecg': 3, // 100.atr, 100.dat, notes.txt
      'few-leads': 1, // 100.hea
      unreadable: 0,
      unanalysable: 0,
    });
    expect(pool.analysed).toBe(6);
  });

  it('reads each file once: the cache answers until a file changes', async () => {
    const cachePath = join(cacheDir, 'gesang', 'triage.json');
    await saveTriageCache(cachePath, cache);
    const reloaded = await loadTriageCache(cachePath);
    const again = await triagePool([dir], reloaded);
    expect(again.analysed).toBe(0);
    expect(again.levels).toHaveLength(2);
    utimesSync(join(dir, 'notes.txt'), new Date(), new Date(Date.now() - 3_600_000));
    expect((await triagePool([dir], reloaded)).analysed).toBe(1);
  });

  it('treats a missing or foreign cache file as empty', async () => {
    expect((await loadTriageCache(join(cacheDir, 'nowhere.json'))).size).toBe(0);
    writeFileSync(join(cacheDir, 'old.json'), JSON.stringify({ version: 0, entries: { a: {} } }));
    expect((await loadTriageCache(join(cacheDir, 'old.json'))).size).toBe(0);
  });

  it('finds the shared records beside the repository, and names --files when there are none', () => {
    expect(findSharedEcgDir(repoRoot)).toBe(resolve(repoRoot, '..', 'shared', 'data', 'ecg'));
    expect(() => findSharedEcgDir('/')).toThrow(/--files/);
    // The folder must exist and be readable: a wrong --files is a usage error naming it.
    return expect(triagePool([join(dir, 'missing')], new Map())).rejects.toMatchObject({
      status: 400,
      field: '--files',
    });
  });
});
