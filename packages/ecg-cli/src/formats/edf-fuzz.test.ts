/**
 * The EDF reader against 2,000 mutants of the two real EDF+ files: every mutant must be read or
 * refused with an `EcgFormatError`, each within 2 s (declared sizes beyond the file are refused or
 * cut to what is present, never allocated).
 */
import { readFileSync } from 'node:fs';
import { edfReader, fuzzReader } from '@gesang/ecg-formats';
import { describe, expect, it } from 'vitest';
import { sharedDataPath } from '../disk/shared-data.js';

// test_generator_2.edf is cut to its header and 20 data records (of 600) so that 2,000 mutants run
// in seconds; the header still declares 600, which the mutants' lenient reads must survive.
const GENERATOR = new Uint8Array(
  readFileSync(sharedDataPath('ecg-formats', 'edf', 'test_generator_2.edf')),
);
const SEEDS = [
  GENERATOR.slice(0, 3328 + 20 * 4502),
  new Uint8Array(readFileSync(sharedDataPath('ecg-formats', 'edf', 'test_edfann.edf'))),
];

describe('EDF reader fuzzing', () => {
  it('reads or refuses 2,000 mutants of the real files, never crashing or hanging', () => {
    const report = fuzzReader(edfReader, SEEDS, { iterations: 2000, seed: 20261123 });
    expect(report.failures).toEqual([]);
    expect(report.accepted + report.refused).toBe(2000);
  }, 60_000);
});
