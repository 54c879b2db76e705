/**
 * The one check of a record against its golden entry, and the loader of a shared sample file,
 * for the golden tests of every format.
 */
import { readFileSync } from 'node:fs';
import type { EcgRecord } from '@gesang/ecg-formats';
import { expect } from 'vitest';
import { sharedDataPath } from '../disk/shared-data.js';
import type { GoldenFile } from './golden-types.js';

/** The bytes of a file below `../shared/data`, e.g. `ecg-formats/edf/test_edfann.edf`. */
export function loadShared(path: string): Uint8Array {
  return new Uint8Array(readFileSync(sharedDataPath(...path.split('/'))));
}

/**
 * Asserts that `record` matches `golden`: format, lead names, rate, every lead's length and each
 * checked sample within its tolerance.
 */
export function expectGolden(record: EcgRecord, golden: GoldenFile): void {
  expect(record.format.name).toBe(golden.format);
  expect(record.leads.map((lead) => lead.name)).toEqual(golden.leads);
  expect(record.sampleRateHz).toBe(golden.sampleRateHz);
  for (const lead of record.leads) {
    expect(lead.samplesUv.length).toBe(golden.sampleCount);
  }
  for (const sample of golden.samples) {
    const actual = record.leads.find((l) => l.name === sample.lead)?.samplesUv[sample.index];
    expect(actual, `${sample.lead}[${sample.index}]`).toBeDefined();
    expect(Math.abs((actual ?? NaN) - sample.valueUv)).toBeLessThanOrEqual(sample.toleranceUv);
  }
}
