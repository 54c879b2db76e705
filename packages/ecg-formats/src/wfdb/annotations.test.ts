/**
 * WFDB annotation decoding on hand-made words; each word's value is worked out from annot(5):
 * word = code << 10 | value, stored little-endian.
 */
import { describe, expect, it } from 'vitest';
import { readWfdbAnnotations } from './annotations.js';
import { isBeatCode, wfdbAnnotationSymbol } from './ecg-codes.js';

/** Little-endian bytes of a 16-bit word `code << 10 | value`. */
const word = (code: number, value: number): number[] => {
  const w = (code << 10) | value;
  return [w & 0xff, w >> 8];
};
const END = [0, 0];

describe('readWfdbAnnotations on hand-made bytes', () => {
  const file = [
    ...word(1, 10), // N at sample 10
    ...word(61, 3), // SUB 3 (this annotation only)
    ...word(62, 1), // CHN 1 (carried over)
    ...word(60, 7), // NUM 7 (carried over)
    ...word(63, 5), // AUX, 5 bytes + 1 pad byte
    ...[0x28, 0x41, 0x46, 0x49, 0x42, 0x00], // "(AFIB"
    ...word(59, 0), // SKIP: 100000 = 0x000186A0, high half first, each half little-endian
    ...[0x01, 0x00, 0xa0, 0x86],
    ...word(5, 2), // V at 10 + 100000 + 2
    ...word(28, 0), // + at the same sample
    ...word(63, 3), // AUX "(N" plus a NUL, as MIT-BIH writes it, 1 pad byte
    ...[0x28, 0x4e, 0x00, 0x00],
    ...END,
  ];

  it('applies SKIP, SUB, CHN, NUM and AUX as annot(5) describes', () => {
    expect(readWfdbAnnotations(new Uint8Array(file))).toEqual([
      { sample: 10, code: 1, symbol: 'N', subtype: 3, chan: 1, num: 7, aux: '(AFIB' },
      { sample: 100_012, code: 5, symbol: 'V', subtype: 0, chan: 1, num: 7, aux: '' },
      { sample: 100_012, code: 28, symbol: '+', subtype: 0, chan: 1, num: 7, aux: '(N' },
    ]);
  });

  it('handles a negative SKIP and a leading SKIP', () => {
    const bytes = [...word(59, 0), 0, 0, 50, 0, ...word(1, 0), ...word(59, 0)];
    bytes.push(0xff, 0xff, 0xf6, 0xff, ...word(1, 5), ...END); // -10 = 0xFFFFFFF6
    expect(readWfdbAnnotations(new Uint8Array(bytes)).map((a) => a.sample)).toEqual([50, 45]);
  });

  it('an empty file with only the end word has no annotations', () => {
    expect(readWfdbAnnotations(new Uint8Array(END))).toEqual([]);
  });

  it.each([
    ['no end-of-file word', file.slice(0, -2), file.length - 2],
    ['AUX text past the end', [...word(1, 1), ...word(63, 9), 0x28], 4],
    ['SKIP increment past the end', [...word(59, 0), 0, 0], 2],
    ['an odd trailing byte', [...word(1, 1), 0], 2],
  ])('%s → truncated at the right byte', (_name, bytes, byteOffset) => {
    expect(() => readWfdbAnnotations(new Uint8Array(bytes))).toThrow(
      expect.objectContaining({ code: 'truncated', byteOffset }),
    );
  });

  it('a pseudo-annotation before any annotation → bad-data', () => {
    expect(() => readWfdbAnnotations(new Uint8Array([...word(61, 1), ...END]))).toThrow(
      expect.objectContaining({ code: 'bad-data', byteOffset: 0 }),
    );
  });
});

describe('ecgcodes table', () => {
  it('beat codes are exactly the README / ecgcodes.h list', () => {
    const beats = Array.from({ length: 64 }, (_, code) => code).filter(isBeatCode);
    expect(beats).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 25, 30, 34, 35, 38, 41]);
    expect(beats.map(wfdbAnnotationSymbol).join('')).toBe('NLRaVFJASEj/QB?enfr');
  });

  it('non-beat symbols', () => {
    expect([28, 14, 31, 22, 24, 27, 39, 40].map(wfdbAnnotationSymbol)).toEqual([
      '+',
      '~',
      '!',
      '"',
      'p',
      't',
      '(',
      ')',
    ]);
    expect(wfdbAnnotationSymbol(45)).toBe('[45]');
  });
});
