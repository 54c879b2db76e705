import { EcgFormatError } from '@gesang/ecg-formats';
import { describe, expect, it } from 'vitest';
import { readLocalFiles, toReadFailure } from './read-local-files.js';

const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Interleaved 16-bit little-endian frames (WFDB format 16, signal(5)). */
function format16(frames: number[][]): Uint8Array {
  const view = new DataView(new ArrayBuffer(frames.length * (frames[0]?.length ?? 0) * 2));
  frames.flat().forEach((v, i) => view.setInt16(i * 2, v, true));
  return new Uint8Array(view.buffer);
}

// A two-lead record written by hand: gain 1000 adu/mV, so 1 adu = 1 µV (header(5): physical =
// (adu − baseline) / gain); initial values and checksums (16-bit sums) match the samples.
const header = ascii(
  'rec 2 500 4\n' +
    'rec.dat 16 1000/mV 16 0 100 200 0 I\n' +
    'rec.dat 16 1000/mV 16 0 1000 500 0 II\n',
);
const dat = format16([
  [100, 1000],
  [-200, 500],
  [300, -1000],
  [0, 0],
]);

describe('readLocalFiles', () => {
  it('reads a WFDB record picked as .hea + .dat, in any order, and names the extra files', () => {
    const read = readLocalFiles([
      { name: 'notes.txt', bytes: ascii('hello') },
      { name: 'rec.dat', bytes: dat },
      { name: 'rec.hea', bytes: header },
    ]);
    expect(read.shownName).toBe('rec.hea');
    expect(read.ignoredNames).toEqual(['notes.txt']);
    expect(read.record.sampleRateHz).toBe(500);
    expect(read.record.leads.map((l) => l.name)).toEqual(['I', 'II']);
    expect(Array.from(read.record.leads[0]?.samplesUv ?? [])).toEqual([100, -200, 300, 0]);
    expect(Array.from(read.record.leads[1]?.samplesUv ?? [])).toEqual([1000, 500, -1000, 0]);
    expect(read.record.warnings).toEqual([]);
  });

  it('says which companion file is missing', () => {
    expect(() => readLocalFiles([{ name: 'rec.hea', bytes: header }])).toThrow(
      expect.objectContaining({ code: 'missing-file' }),
    );
  });

  it('refuses a file in no ECG format with not-ecg', () => {
    const picked = [{ name: 'photo.png', bytes: Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 13, 10) }];
    expect(() => readLocalFiles(picked)).toThrow(expect.objectContaining({ code: 'not-ecg' }));
  });
});

describe('toReadFailure', () => {
  it('keeps code, offset and field of a format error', () => {
    const error = new EcgFormatError('truncated', 'ends early', { byteOffset: 12, field: 'x' });
    expect(toReadFailure(error)).toEqual({
      code: 'truncated',
      message: 'ends early',
      byteOffset: 12,
      field: 'x',
    });
  });

  it('marks anything else unknown', () => {
    expect(toReadFailure(new RangeError('boom'))).toEqual({ code: 'unknown', message: 'boom' });
    expect(toReadFailure('odd')).toEqual({ code: 'unknown', message: 'odd' });
  });
});
