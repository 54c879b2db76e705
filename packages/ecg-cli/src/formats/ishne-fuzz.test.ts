/**
 * The ISHNE reader against 2,000 mutants of spec-built files (no real ISHNE sample is
 * redistributable; `buildIshneTestFile` writes the Badilini et al. 1998 layout): every mutant must
 * be read or refused with an `EcgFormatError`, each within 2 s.
 */
import { buildIshneTestFile, fuzzReader, ishneReader } from '@gesang/ecg-formats';
import { describe, expect, it } from 'vitest';

/** A 3-lead, 10 s, 200 Hz Holter excerpt: a 1 Hz triangle wave, header fields all filled. */
const THREE_LEADS = buildIshneTestFile({
  sampleRateHz: 200,
  firstName: 'Fuzz',
  lastName: 'Seed',
  id: 'F-1',
  sex: 1,
  race: 3,
  birthDate: [1, 1, 1950],
  recordDate: [2, 2, 2022],
  fileDate: [3, 2, 2022],
  startTime: [23, 59, 59],
  pacemaker: 2,
  recorder: 'digital',
  variableBlock: 'variable block text',
  leads: [15, 11, 10].map((spec, k) => ({
    spec,
    resolutionNv: 2500 * (k + 1),
    samples: Array.from({ length: 2000 }, (_, i) => Math.abs((i % 200) - 100) * (k + 1)),
  })),
});
const TWELVE_LEADS = buildIshneTestFile({
  sampleRateHz: 1000,
  leads: Array.from({ length: 12 }, (_, k) => ({
    spec: 5 + k,
    resolutionNv: 1000,
    samples: [k, -k, 2 * k],
  })),
});

describe('ISHNE reader fuzzing', () => {
  it('reads or refuses 2,000 mutants of spec-built files, never crashing or hanging', () => {
    const report = fuzzReader(ishneReader, [THREE_LEADS, TWELVE_LEADS], {
      iterations: 2000,
      seed: 20261123,
    });
    expect(report.failures).toEqual([]);
    expect(report.accepted + report.refused).toBe(2000);
  }, 60_000);
});
