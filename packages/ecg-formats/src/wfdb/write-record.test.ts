/**
 * The WFDB writer on hand-made records: byte layouts worked out by hand from signal(5) (the same
 * vectors the reader's tests decode), header lines from header(5), and write → `readWfdbRecord`
 * round trips that must give back the identical float32 samples and metadata.
 */
import { describe, expect, it } from 'vitest';
import type { EcgRecord } from '../record.js';
import { parseWfdbHeader } from './header.js';
import { readWfdbRecord } from './read-record.js';
import { writeWfdbRecord } from './write-record.js';
import { encodeWfdbSamples, wfdbChecksum } from './write-samples.js';
import { chooseWfdbScale } from './write-scale.js';

describe('encodeWfdbSamples and wfdbChecksum', () => {
  it('212: A = −5, B = 1023 in 3 bytes; a lone C = 2047 in 2 (the reader test vector)', () => {
    const bytes = encodeWfdbSamples([Int32Array.of(-5, 2047), Int32Array.of(1023, 0)], 212);
    expect([...bytes.subarray(0, 3)]).toEqual([0xfb, 0x3f, 0xff]);
    // One signal [−5, 2047]: byte 1 = high nibble of 2047 (0x7) << 4 | high nibble of −5 (0xF).
    expect([...encodeWfdbSamples([Int32Array.of(-5, 2047)], 212)]).toEqual([0xfb, 0x7f, 0xff]);
    expect([...encodeWfdbSamples([Int32Array.of(-5, 1023, 2047)], 212)]).toEqual([
      0xfb, 0x3f, 0xff, 0xff, 0x07,
    ]);
  });

  it('16: little-endian two’s complement, frames interleaved', () => {
    expect([...encodeWfdbSamples([Int32Array.of(16, -32768), Int32Array.of(-2, 1)], 16)]).toEqual([
      0x10, 0x00, 0xfe, 0xff, 0x00, 0x80, 0x01, 0x00,
    ]);
  });

  it('checksum: 16-bit sum as a signed value', () => {
    expect(wfdbChecksum(Int32Array.of(32767, 1))).toBe(-32768);
    expect(wfdbChecksum(Int32Array.of(110, 10, -990))).toBe(-870); // the reader test's header value
  });
});

describe('chooseWfdbScale', () => {
  it('finds the µV step: 5 µV → 200 adu/mV, 0.5 µV → 2000 adu/mV', () => {
    expect(chooseWfdbScale(Float32Array.of(-145, 0, 5, 940), 12)).toMatchObject({
      gain: 200,
      units: 'mV',
      exact: true,
    });
    expect(chooseWfdbScale(Float32Array.of(-244.5, 3402.5, 0.5), 16)).toMatchObject({
      gain: 2000,
      exact: true,
    });
  });

  it('an EDF grid offset by half a step (step 2000/65535 µV) is exact at half that step', () => {
    const q = 2000 / 65535;
    const samples = Float32Array.from([-3, 0, 7, 1000], (d) => (d + 32768) * q - 1000);
    const scale = chooseWfdbScale(samples, 16);
    expect(scale.exact).toBe(true);
    expect(
      Array.from(scale.adu, (adu) =>
        Math.fround((adu - scale.baseline) * ((scale.units === 'mV' ? 1000 : 1) / scale.gain)),
      ),
    ).toEqual([...samples]);
  });

  it('NaN is written as the invalid value; a range too wide for 12 bits is quantised', () => {
    const withNaN = chooseWfdbScale(Float32Array.of(5, NaN), 12);
    expect([...withNaN.adu].at(1)).toBe(-2048);
    expect(withNaN.exact).toBe(true);
    const wide = chooseWfdbScale(Float32Array.of(0, 0.5, 100_000), 12);
    expect(wide.exact).toBe(false);
    expect(wide.maxErrorUv).toBeLessThan(100_000 / 4094);
  });
});

const RECORD: EcgRecord = {
  sampleRateHz: 500,
  leads: [
    { name: 'II', sourceName: 'ii', samplesUv: Float32Array.of(100, 0, -1000, NaN) },
    { name: 'aVR', samplesUv: Float32Array.of(2.5, -2.5, 0, 7.5) },
  ],
  acquisitionTime: { date: '2021-12-25', time: '12:30:05' },
  patient: { ageYears: 52, sex: 'male', name: 'Not Kept' },
  device: {},
  comments: ['first comment', 'Diagnose: normal'],
  cartMeasurements: [],
  cartStatements: [],
  format: { name: 'test' },
  warnings: [],
};

describe('writeWfdbRecord', () => {
  it('writes the header lines of header(5) with gains, baselines, initial values and checksums', () => {
    const { header, files, warnings } = writeWfdbRecord(RECORD, { name: 'rec1', format: 16 });
    // II: step 100 µV → 10 adu/mV, n = 1, 0, −10 → baseline −round(−4.5) = 4, adu 5, 4, −6 and
    // −32768 (invalid); checksum 5 + 4 − 6 − 32768 = −32765.
    // aVR: step 2.5 µV → 400 adu/mV, n = 1, −1, 0, 3 → baseline −1, adu 0, −2, −1, 2.
    expect(header).toBe(
      [
        'rec1 2 500 4 12:30:05 25/12/2021',
        'rec1.dat 16 10(4)/mV 16 0 5 -32765 0 ii',
        'rec1.dat 16 400(-1)/mV 16 0 0 -1 0 aVR',
        '# first comment',
        '# Diagnose: normal',
        '# age: 52 sex: male',
        '',
      ].join('\n'),
    );
    expect(files['rec1.dat']?.length).toBe(16);
    expect(warnings).toEqual(['WFDB has no field for: patient name; left out']);
  });

  it.each([16, 212] as const)(
    'format %i: read back by readWfdbRecord with identical samples',
    (format) => {
      const { header, files } = writeWfdbRecord(RECORD, { name: 'rec1', format });
      const back = readWfdbRecord(parseWfdbHeader(header), files);
      expect(back.leads).toEqual(RECORD.leads);
      expect(back.sampleRateHz).toBe(500);
      expect(back.acquisitionTime).toEqual(RECORD.acquisitionTime);
      expect(back.comments).toEqual([...RECORD.comments, 'age: 52 sex: male']);
      expect(back.patient).toEqual({ ageYears: 52, sex: 'male' });
      expect(back.warnings).toEqual([
        'WFDB signal 0 (ii): 1 sample(s) hold the invalid-sample value; set to NaN',
      ]);
    },
  );

  it('a record with no leads is a header alone', () => {
    const { header, files } = writeWfdbRecord(
      { ...RECORD, leads: [], comments: [], patient: {} },
      { name: 'empty', format: 212 },
    );
    expect(header).toBe('empty 0 500 0 12:30:05 25/12/2021\n');
    expect(files).toEqual({});
  });

  it('refuses a record name WFDB cannot use and leads of different lengths', () => {
    expect(() => writeWfdbRecord(RECORD, { name: 'a b', format: 16 })).toThrow(
      expect.objectContaining({ code: 'bad-header' }),
    );
    const uneven = {
      ...RECORD,
      leads: [...RECORD.leads, { name: 'V1', samplesUv: new Float32Array(3) }],
    };
    expect(() => writeWfdbRecord(uneven, { name: 'x', format: 16 })).toThrow(
      expect.objectContaining({ code: 'bad-data' }),
    );
  });
});
