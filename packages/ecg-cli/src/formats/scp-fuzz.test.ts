/**
 * The SCP-ECG reader against 2,000 mutants of the five shared SCP files (lenient, as
 * `readEcgFile` reads them) and 500 more in strict mode: every mutant must be read or refused
 * with an `EcgFormatError`, each within 2 s. The 100,000-iteration run is done by hand (see the
 * task report).
 */
import { readFileSync } from 'node:fs';
import { fuzzReader, scpReader } from '@gesang/ecg-formats';
import type { EcgFileReader } from '@gesang/ecg-formats';
import { describe, expect, it } from 'vitest';
import { findFiles, sharedDataPath } from '../disk/shared-data.js';

const SEEDS = findFiles(sharedDataPath('ecg-formats', 'scp-ecg'), '')
  .filter((path) => /\.scp$/i.test(path))
  .map((path) => new Uint8Array(readFileSync(path)));

const strictReader: EcgFileReader = {
  ...scpReader,
  read: (bytes) => scpReader.read(bytes, { lenient: false }),
};

describe('SCP-ECG reader fuzzing', () => {
  it('has the five shared SCP files as seeds', () => {
    expect(SEEDS).toHaveLength(5);
  });

  it('reads or refuses 2,000 mutants leniently, never crashing or hanging', () => {
    const report = fuzzReader(scpReader, SEEDS, { iterations: 2000, seed: 20_261_123 });
    expect(report.failures).toEqual([]);
    expect(report.accepted + report.refused).toBe(2000);
    expect(report.accepted).toBeGreaterThan(0);
    expect(report.refused).toBeGreaterThan(0);
  }, 60_000);

  it('reads or refuses 500 mutants strictly', () => {
    const report = fuzzReader(strictReader, SEEDS, { iterations: 500, seed: 7 });
    expect(report.failures).toEqual([]);
    expect(report.accepted + report.refused).toBe(500);
  }, 60_000);
});
