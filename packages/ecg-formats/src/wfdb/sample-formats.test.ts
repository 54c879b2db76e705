/**
 * Hand-made byte arrays for each WFDB signal format; expected values worked out by hand from
 * signal(5) (the bit layouts are spelled out next to each case).
 */
import { describe, expect, it } from 'vitest';
import { EcgFormatError } from '../errors.js';
import { wfdbInvalidSample } from './read-record.js';
import { decodeWfdbSamples, wfdbBytesForSamples, wfdbSamplesInBytes } from './sample-formats.js';

const decode = (format: number, bytes: number[], count: number, start = 0): number[] => [
  ...decodeWfdbSamples(format, new Uint8Array(bytes), start, count, 'hand-made.dat'),
];

describe('decodeWfdbSamples on hand-made bytes', () => {
  it('212: A = -5 (0xFFB), B = 1023 (0x3FF), then a lone C = 2047 (0x7FF)', () => {
    // byte1 = high nibble of B (0x3) << 4 | high nibble of A (0xF) = 0x3F.
    expect(decode(212, [0xfb, 0x3f, 0xff, 0xff, 0x07], 3)).toEqual([-5, 1023, 2047]);
    expect(decode(212, [0x00, 0x08, 0x00], 2)).toEqual([-2048, 0]);
  });

  it('16: little-endian two’s complement', () => {
    expect(decode(16, [0x10, 0x00, 0xfe, 0xff, 0x00, 0x80], 3)).toEqual([16, -2, -32768]);
  });

  it('16 with a byte offset (the 24-byte MATLAB header of `16+24`)', () => {
    const bytes = [...new Array<number>(24).fill(0xaa), 0x01, 0x00, 0xff, 0x7f];
    expect(decode(16, bytes, 2, 24)).toEqual([1, 32767]);
  });

  it('61: big-endian two’s complement', () => {
    expect(decode(61, [0x00, 0x10, 0xff, 0xfe], 2)).toEqual([16, -2]);
  });

  it('80: offset binary, byte − 128', () => {
    expect(decode(80, [0x80, 0x00, 0xff], 3)).toEqual([0, -128, 127]);
  });

  it('160: 16-bit offset binary, word − 32768', () => {
    expect(decode(160, [0x00, 0x80, 0xff, 0xff, 0x00, 0x00], 3)).toEqual([0, 32767, -32768]);
  });

  it('8: yields the signed first differences (the record reader sums them)', () => {
    expect(decode(8, [0x05, 0xfe, 0x80], 3)).toEqual([5, -2, -128]);
  });

  it('310: A = -5, B = 300, C = -200 in two 16-bit words', () => {
    // A = 0x3FB, B = 0x12C, C = 0x338 (low 5 bits 0x18, high 5 bits 0x19).
    // w0 = A << 1 | 0x18 << 11 = 0xC7F6; w1 = B << 1 | 0x19 << 11 = 0xCA58.
    expect(decode(310, [0xf6, 0xc7, 0x58, 0xca], 3)).toEqual([-5, 300, -200]);
    expect(decode(310, [0xf6, 0xc7], 1)).toEqual([-5]);
  });

  it('311: A = -5, B = 300, C = -200 in one 32-bit word 0x3384B3FB', () => {
    expect(decode(311, [0xfb, 0xb3, 0x84, 0x33], 3)).toEqual([-5, 300, -200]);
    expect(decode(311, [0xfb, 0xb3, 0x84], 2)).toEqual([-5, 300]);
  });

  it('throws a typed `truncated` error naming the file and where it ends', () => {
    const error = (() => {
      try {
        decode(212, [0xfb, 0x3f], 2);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(EcgFormatError);
    expect(error).toMatchObject({ code: 'truncated', byteOffset: 2, field: 'hand-made.dat' });
  });
});

describe('byte/sample arithmetic', () => {
  it.each([
    [212, 2, 3],
    [212, 3, 5],
    [310, 1, 2],
    [310, 2, 4],
    [310, 3, 4],
    [311, 2, 3],
    [311, 3, 4],
    [16, 3, 6],
    [8, 3, 3],
  ])('format %i: %i samples need %i bytes', (format, samples, bytes) => {
    expect(wfdbBytesForSamples(format, samples)).toBe(bytes);
  });

  it.each([
    [212, 2, 1],
    [212, 5, 3],
    [310, 3, 1],
    [310, 4, 3],
    [311, 3, 2],
    [311, 7, 5],
    [16, 7, 3],
    [80, 7, 7],
  ])('format %i: %i bytes hold %i whole samples', (format, bytes, samples) => {
    expect(wfdbSamplesInBytes(format, bytes)).toBe(samples);
  });

  it('MIT-BIH 100: 1950000 bytes of format 212 hold 2 × 650000 samples', () => {
    expect(wfdbSamplesInBytes(212, 1_950_000)).toBe(1_300_000);
  });

  it('invalid-sample values are the most negative value of each width', () => {
    expect([212, 16, 61, 80, 310, 311].map(wfdbInvalidSample)).toEqual([
      -2048, -32768, -32768, -128, -512, -512,
    ]);
    expect(wfdbInvalidSample(8)).toBeUndefined();
  });
});
