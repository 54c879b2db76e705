/**
 * Huffman decoding on hand-built bit strings. Expected values follow the default table of
 * EN 1064:2005 (0 → `0`, +1 → `100`, −1 → `101`, +2 → `1100`, …, −8 → `1111111101`,
 * `1111111110` + 8 bits, `1111111111` + 16 bits, two's complement) and, for custom tables, the
 * codes written into the hand-made section 2 below.
 */
import { describe, expect, it } from 'vitest';
import { EcgFormatError } from '../errors.js';
import { i16le, packBits, u16le, u32le } from './build-scp-fixture.js';
import { ScpCursor } from './cursor.js';
import { decodeHuffman } from './huffman-decode.js';
import { defaultHuffmanTables, readHuffmanTables } from './huffman-table.js';

const WHERE = { label: 'test lead', byteOffset: 100 };
const decode = (bits: string, max: number, tables = defaultHuffmanTables()): number[] =>
  Array.from(decodeHuffman(packBits(bits), tables, max, WHERE).values);

/** One 9-byte code structure: prefix bits, total bits, mode, base value, base code. */
const code = (
  prefix: number,
  total: number,
  mode: number,
  value: number,
  baseCode: number,
): number[] => [prefix, total, mode, ...i16le(value), ...u32le(baseCode)];
const section2 = (bytes: number[]): ScpCursor =>
  new ScpCursor(Uint8Array.from(bytes), 0, bytes.length, 'section 2');

describe('decodeHuffman with the default table', () => {
  it('decodes short codes and both escapes', () => {
    // 0, 1, -1, 2, -8, 100 (8-bit escape), -300 (16-bit escape: 0xFED4)
    const bits = '0 100 101 1100 1111111101 1111111110 01100100 1111111111 1111111011010100';
    expect(decode(bits, 7)).toEqual([0, 1, -1, 2, -8, 100, -300]);
  });

  it('stops at the declared count, and at 8 values per byte when the data end first', () => {
    expect(decode('100 100 100', 2)).toEqual([1, 1]);
    // Two zero bytes are sixteen one-bit zeros: the most any table can yield from 16 bits.
    expect(
      decodeHuffman(new Uint8Array(2), defaultHuffmanTables(), 1000, WHERE).values,
    ).toHaveLength(16);
  });

  it('drops a value whose extra bits run past the data', () => {
    // 16 bits exactly: +1, then an 8-bit escape with only 3 of its 8 value bits.
    expect(decode('100 1111111110 011', 5)).toEqual([1]);
  });
});

describe('decodeHuffman with custom tables from section 2', () => {
  // Table 1: `0` → 5; `10` → switch to table 2; `11` + 4 bits → value.
  // Table 2: `0` → −7; `1` → switch to table 1. Base codes are stored first bit in bit 0.
  const tables = readHuffmanTables(
    section2([
      ...u16le(2),
      ...u16le(3),
      ...code(1, 1, 1, 5, 0b0),
      ...code(2, 2, 0, 2, 0b01),
      ...code(2, 6, 1, 0, 0b11),
      ...u16le(2),
      ...code(1, 1, 1, -7, 0b0),
      ...code(1, 1, 0, 1, 0b1),
    ]),
  );

  it('switches tables on mode-0 codes without emitting a value', () => {
    expect(decode('0 11 1110 10 0 0 1 0', 5, tables)).toEqual([5, -2, -7, -7, 5]);
  });

  it('refuses a bit sequence that is no code of the table in use', () => {
    const oneCode = readHuffmanTables(
      section2([...u16le(1), ...u16le(1), ...code(1, 1, 1, 3, 0b0)]),
    );
    expect(() => decode('0 1', 2, oneCode)).toThrow(EcgFormatError);
    // the 9th bit is the first of byte 1 of the lead, which starts at file byte 100
    expect(() => decode('0000 0000 1', 10, oneCode)).toThrow(
      expect.objectContaining({ code: 'bad-data', byteOffset: 101 }),
    );
  });

  it('refuses tables that cannot be decoded: empty prefix, codes not prefix-free, bad switch', () => {
    const bad = [
      [...u16le(1), ...u16le(1), ...code(0, 0, 1, 0, 0)],
      [...u16le(1), ...u16le(2), ...code(1, 1, 1, 0, 0), ...code(2, 2, 1, 1, 0b10)],
      [...u16le(1), ...u16le(1), ...code(1, 1, 0, 9, 0)],
      [...u16le(0)],
    ];
    for (const bytes of bad) {
      expect(() => readHuffmanTables(section2(bytes))).toThrow(
        expect.objectContaining({ code: 'bad-data' }),
      );
    }
  });

  it('reads 19999 tables as the default table', () => {
    expect(readHuffmanTables(section2(u16le(19999)))[0]?.codes).toHaveLength(19);
  });
});
