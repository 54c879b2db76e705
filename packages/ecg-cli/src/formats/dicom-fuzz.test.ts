/**
 * The DICOM reader against 2,000 mutants: every mutant must be read or refused with an
 * `EcgFormatError`, each within 2 s. Seeds are the two real files (explicit and implicit VR) and
 * a small file our writer makes from the first one's opening second (so that more mutations land
 * in the element structure rather than in the sample bytes). The 100,000-iteration run is done by
 * hand (see the task report).
 */
import { readFileSync } from 'node:fs';
import { dicomReader, fuzzReader, readDicomEcg, writeDicomEcg } from '@gesang/ecg-formats';
import { describe, expect, it } from 'vitest';
import { sharedDataPath } from '../disk/shared-data.js';

const REAL = ['waveform_ecg.dcm', 'ecgtoolkit_Example.dcm'].map(
  (name) => new Uint8Array(readFileSync(sharedDataPath('ecg-formats', 'dicom', name))),
);

/** The first real file cut to 300 samples per lead and 100 per median beat, re-written. */
function smallSeed(): Uint8Array {
  const [first] = REAL;
  if (first === undefined) {
    throw new Error('no seed');
  }
  const record = readDicomEcg(first);
  const cut = (leads: typeof record.leads, n: number): typeof record.leads =>
    leads.map((lead) => ({ ...lead, samplesUv: lead.samplesUv.slice(0, n) }));
  return writeDicomEcg(
    {
      ...record,
      leads: cut(record.leads, 300),
      ...(record.medianBeats === undefined
        ? {}
        : { medianBeats: { ...record.medianBeats, leads: cut(record.medianBeats.leads, 100) } }),
    },
    { now: new Date('2024-01-01T00:00:00Z'), createUid: () => '2.25.1' },
  );
}

describe('DICOM reader fuzzing', () => {
  it('reads or refuses 2,000 mutants of the real files, never crashing or hanging', () => {
    const report = fuzzReader(dicomReader, [...REAL, smallSeed()], {
      iterations: 2000,
      seed: 20_250_505,
    });
    expect(report.failures).toEqual([]);
    expect(report.accepted + report.refused).toBe(2000);
    expect(report.accepted).toBeGreaterThan(0);
    expect(report.refused).toBeGreaterThan(0);
  }, 60_000);
});
