/**
 * Fuzzing the aECG reader (and through it the XML front end) with mutants of the real sample
 * files: every mutant must be read or refused with an EcgFormatError, within the time limit.
 */
import { readFileSync } from 'node:fs';
import { aecgReader, fuzzReader } from '@gesang/ecg-formats';
import { describe, expect, it } from 'vitest';
import { sharedDataPath } from '../disk/shared-data.js';

const [example, minimum] = ['hl7_Example_aECG.xml', 'minimum_aecg.xml'].map(
  (name) => new Uint8Array(readFileSync(sharedDataPath('ecg-formats', 'hl7-aecg', name))),
) as [Uint8Array, Uint8Array];
// One mutant in four of the 500 kB HL7 example (~10 ms each), the rest of the small document,
// to keep this file within seconds on a shared 2-core machine; 100,000 of both ran by hand.
const seeds = [example, minimum, minimum, minimum];

describe('aECG reader fuzzing', () => {
  it('reads or refuses 2,000 mutants with typed errors only', () => {
    const report = fuzzReader(aecgReader, seeds, { iterations: 2000, seed: 20_240_601 });
    expect(report.failures).toEqual([]);
    expect(report.accepted + report.refused).toBe(2000);
    // Mutations land anywhere; most leave a readable document, some break it.
    expect(report.accepted).toBeGreaterThan(0);
    expect(report.refused).toBeGreaterThan(0);
  }, 60_000);
});
