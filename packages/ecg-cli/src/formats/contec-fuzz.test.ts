/**
 * The Contec ECG90A reader against 2,000 mutants of the real file: every mutant must be read or
 * refused with an `EcgFormatError`, each within 2 s.
 */
import { readFileSync } from 'node:fs';
import { contecReader, fuzzReader } from '@gesang/ecg-formats';
import { describe, expect, it } from 'vitest';
import { sharedDataPath } from '../disk/shared-data.js';

// The real file cut to its header, its first 1,000 frames (of 8,375) and its footer: still a
// well-formed ECG90A file, and 2,000 mutants of it run in seconds on a loaded machine.
const FILE = new Uint8Array(
  readFileSync(sharedDataPath('ecg-formats', 'contec-ecg90a', '0000037.ECG')),
);
const SEEDS = [
  new Uint8Array([...FILE.subarray(0, 43 + 16 * 1000), ...FILE.subarray(FILE.length - 37)]),
];

describe('Contec ECG90A reader fuzzing', () => {
  it('reads or refuses 2,000 mutants of the real file, never crashing or hanging', () => {
    const report = fuzzReader(contecReader, SEEDS, { iterations: 2000, seed: 20261123 });
    expect(report.failures).toEqual([]);
    expect(report.accepted + report.refused).toBe(2000);
  }, 60_000);
});
