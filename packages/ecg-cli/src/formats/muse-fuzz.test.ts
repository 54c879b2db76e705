/**
 * The GE MUSE reader against 2,000 mutants of the two real MUSE files: every mutant must be read
 * or refused with an `EcgFormatError`, each within 2 s. The 100,000-iteration run is
 * `npm run fuzz` in ecg-cli.
 */
import { readFileSync } from 'node:fs';
import { fuzzReader, museReader } from '@gesang/ecg-formats';
import { describe, expect, it } from 'vitest';
import { sharedDataPath } from '../disk/shared-data.js';

const SEEDS = ['muse_ecg1.xml', 'muse_ecg2.xml'].map(
  (name) => new Uint8Array(readFileSync(sharedDataPath('ecg-formats', 'ge-muse-xml', name))),
);

describe('GE MUSE reader fuzzing', () => {
  it('reads or refuses 2,000 mutants of the real files, never crashing or hanging', () => {
    const report = fuzzReader(museReader, SEEDS, { iterations: 2000, seed: 20261123 });
    expect(report.failures).toEqual([]);
    expect(report.accepted + report.refused).toBe(2000);
  }, 60_000);
});
