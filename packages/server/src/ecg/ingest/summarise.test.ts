import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analysisSummarySchema, recordSummarySchema } from '@gesang/domain';
import { parseWfdbHeader, readWfdbRecord } from '@gesang/ecg-formats';
import { interpretEcg } from '@gesang/ecg-signal';
import { describe, expect, it } from 'vitest';
import { ageOn, analyseBytes, interpretContextOf } from './analyse-bytes.js';
import { plainJson, summariseAnalysis, summariseRecord } from './summarise.js';

const wfdbDir = resolve(
  fileURLToPath(new URL('../../../../../', import.meta.url)),
  '..',
  'shared',
  'data',
  'ecg-formats',
  'wfdb',
);

/** MIT-BIH 100 (WFDB: 2 signals at 360 Hz, 650000 samples = 30 min, per its header line). */
function mitdb100(): ReturnType<typeof readWfdbRecord> {
  const header = parseWfdbHeader(readFileSync(resolve(wfdbDir, '100.hea'), 'latin1'));
  const dat = new Uint8Array(readFileSync(resolve(wfdbDir, '100.dat')));
  return readWfdbRecord(header, { '100.dat': dat });
}

describe('what a study keeps of a record and its analysis', () => {
  it('summarises a real 30-minute record without per-sample or per-beat arrays', () => {
    const record = mitdb100();
    const summary = summariseRecord(record);
    expect(recordSummarySchema.parse(summary)).toEqual(summary);
    expect(summary.format.name).toBe('WFDB');
    expect(summary.sampleRateHz).toBe(360);
    expect(summary.samplesPerLead).toBe(650_000);
    expect(summary.durationS).toBeCloseTo(650_000 / 360, 6);
    expect(summary.leads).toEqual(['MLII', 'V5']);

    const analysis = summariseAnalysis(interpretEcg(record, interpretContextOf(record)));
    // Round-trips through JSON and the contract unchanged: nothing typed, nothing non-finite.
    const json = JSON.parse(JSON.stringify(analysis)) as unknown;
    expect(analysisSummarySchema.parse(json)).toEqual(analysis);
    expect(analysis.beats.total).toBe(
      Object.values(analysis.beats.byType).reduce((a, b) => a + b, 0),
    );
    // The reference annotations (100.atr) hold 2273 beats; only their counts are kept.
    expect(analysis.beats.total).toBeGreaterThan(2000);
    expect(JSON.stringify(analysis).length).toBeLessThan(100_000);
  });

  it('cuts long arrays and turns typed arrays and non-finite numbers into JSON', () => {
    expect(plainJson({ a: Int32Array.of(1, 2, 3), b: Number.NaN, c: [1, 2, 3] }, 2)).toEqual({
      a: [1, 2],
      b: null,
      c: [1, 2],
    });
  });

  it('computes age from birth and acquisition dates when the file gives no age', () => {
    expect(ageOn('1960-05-20', '2024-05-19')).toBe(63);
    expect(ageOn('1960-05-20', '2024-05-20')).toBe(64);
    expect(ageOn(undefined, '2024-05-20')).toBeUndefined();
    expect(ageOn('1960-5-20', '2024-05-20')).toBeUndefined();
  });

  it('refuses bytes no reader recognises with the reader error’s code and offset', () => {
    const outcome = analyseBytes(new TextEncoder().encode('%PDF-1.4\n%%EOF\n'));
    expect(outcome).toMatchObject({
      kind: 'rejected',
      record: null,
      rejection: { code: 'not-ecg', byteOffset: 0, field: null },
    });
  });
});
