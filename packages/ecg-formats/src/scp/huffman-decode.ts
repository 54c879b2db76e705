/**
 * Huffman decoding of one lead's data in sections 5 and 6 (EN 1064:2005 §5.5 and §5.7): bits are
 * read most significant first within each byte; every lead starts in table 1; a table-switch code
 * changes the table and emits nothing; a code with more bits than its prefix is followed by that
 * many bits holding the value in two's complement.
 *
 * Bound: every code has at least one prefix bit, so a lead of `n` bytes yields at most `8n`
 * values and the loop ends after at most `8n` bit reads, whatever the tables say.
 */
import { EcgFormatError } from '../errors.js';
import type { HuffmanTable } from './huffman-table.js';
import { fastLookup } from './huffman-table.js';

/** Result of decoding one lead. */
export interface HuffmanDecoded {
  /** The decoded values (at most `maxValues`, at most 8 per input byte). */
  values: Float64Array;
  /** Bits consumed. */
  bitsUsed: number;
}

/**
 * Decodes up to `maxValues` values from `data`.
 * @param data - the lead's encoded bytes
 * @param tables - from section 2; decoding starts in table 1
 * @param maxValues - stop after this many values (the lead's declared sample count)
 * @param where - label and absolute byte offset of `data`, for errors
 * @returns the values decoded before `maxValues` or the end of the data was reached
 * @throws EcgFormatError `bad-data` at a bit sequence that is no code of the current table
 * @example
 * decodeHuffman(new Uint8Array([0b10010100]), defaultHuffmanTables(), 3, where).values // [1, -1, 0]
 */
export function decodeHuffman(
  data: Uint8Array,
  tables: readonly HuffmanTable[],
  maxValues: number,
  where: { label: string; byteOffset: number },
): HuffmanDecoded {
  const totalBits = data.length * 8;
  const values = new Float64Array(Math.max(0, Math.min(maxValues, totalBits)));
  let table = tables[0];
  let bit = 0;
  let count = 0;
  while (count < values.length && table !== undefined) {
    const { child0, child1, leaf } = table;
    const fast = table.fast ?? fastLookup(table);
    let node = 0;
    let codeIndex = 0;
    if (bit + 8 <= totalBits) {
      // Most codes are short: look the next 8 bits up at once.
      const at = bit >>> 3;
      const window = ((((data[at] ?? 0) << 8) | (data[at + 1] ?? 0)) >>> (8 - (bit & 7))) & 0xff;
      const entry = fast[window] ?? 0;
      if (entry > 0) {
        bit += entry & 0xf;
        codeIndex = entry >> 4;
      } else if (entry < 0) {
        bit += 8;
        node = -entry;
      }
    }
    // Otherwise walk the trie one bit at a time (long codes, the last bits, invalid codes).
    while (codeIndex === 0) {
      if (bit >= totalBits) {
        return { values: values.subarray(0, count), bitsUsed: bit };
      }
      const one = ((data[bit >>> 3] ?? 0) >>> (7 - (bit & 7))) & 1;
      const next = (one === 1 ? child1[node] : child0[node]) ?? 0;
      if (next === 0) {
        throw new EcgFormatError(
          'bad-data',
          `SCP-ECG ${where.label}: the bits at bit ${bit} of the lead's data (byte ${where.byteOffset + (bit >>> 3)}) are no code of the Huffman table in use.`,
          { byteOffset: where.byteOffset + (bit >>> 3), field: where.label },
        );
      }
      bit++;
      node = next;
      codeIndex = leaf[node] ?? 0;
    }
    const code = table.codes[codeIndex - 1];
    if (code === undefined) {
      break;
    }
    if (!code.isValue) {
      table = tables[code.baseValue - 1];
      continue;
    }
    const extra = code.totalBits - code.prefixBits;
    if (extra === 0) {
      values[count++] = code.baseValue;
      continue;
    }
    if (bit + extra > totalBits) {
      break;
    }
    let value = 0;
    for (let k = 0; k < extra; k++, bit++) {
      value = value * 2 + (((data[bit >>> 3] ?? 0) >>> (7 - (bit & 7))) & 1);
    }
    values[count++] = value >= 2 ** (extra - 1) ? value - 2 ** extra : value;
  }
  return { values: values.subarray(0, count), bitsUsed: bit };
}
