/**
 * Section 2, the Huffman tables (EN 1064:2005 §5.5): number of tables (2 bytes; 19999 means the
 * standard's default table), then per table the number of code structures (2 bytes) and 9 bytes
 * per code: bits in the prefix (1), bits in the entire code (1), table mode switch (1: a value,
 * 0: switch to the table numbered by the base value), base value (2, signed), base code (4,
 * stored bit-reversed: the first bit sent is the least significant).
 */
import { EcgFormatError } from '../errors.js';
import type { ScpCursor } from './cursor.js';

/** One code structure. */
export interface HuffmanCode {
  prefixBits: number;
  totalBits: number;
  /** False for a table-switch code. */
  isValue: boolean;
  /** The value, or for a switch code the 1-based number of the table to switch to. */
  baseValue: number;
  /** The prefix bits, first bit sent in bit 0. */
  baseCode: number;
}

/** A table and its decoding trie (node 0 is the root; a child index of 0 means "no child"). */
export interface HuffmanTable {
  codes: HuffmanCode[];
  child0: Int32Array;
  child1: Int32Array;
  /** 1 + index into `codes` at a leaf, 0 at an inner node. */
  leaf: Int32Array;
  /**
   * Lookup by the next 8 bits, built on first use (see {@link fastLookup}): `(leaf << 4) | length`
   * when a code of ≤ 8 bits is complete, `−node` when the code continues past 8 bits from that
   * trie node, 0 when no code starts so.
   */
  fast?: Int32Array;
}

/** The default table of EN 1064:2005 Table 6 as [prefix bits, total bits, value, base code]. */
// prettier-ignore
const DEFAULT_CODES: readonly (readonly [number, number, number, number])[] = [
  [1, 1, 0, 0], [3, 3, 1, 1], [3, 3, -1, 5], [4, 4, 2, 3], [4, 4, -2, 11], [5, 5, 3, 7],
  [5, 5, -3, 23], [6, 6, 4, 15], [6, 6, -4, 47], [7, 7, 5, 31], [7, 7, -5, 95], [8, 8, 6, 63],
  [8, 8, -6, 191], [9, 9, 7, 127], [9, 9, -7, 383], [10, 10, 8, 255], [10, 10, -8, 767],
  [10, 18, 0, 511], [10, 26, 0, 1023],
];

/** The number of tables that stands for "the default table" in section 2. */
export const DEFAULT_TABLE_MARK = 19999;

/**
 * The default Huffman table: 0 → `0`, ±1 → `10x`, ±2 → `110x`, … ±8 → `111111110x`, then
 * `1111111110` + 8-bit and `1111111111` + 16-bit two's-complement values.
 * @example defaultHuffmanTables()[0]?.codes.length // 19
 */
export function defaultHuffmanTables(): HuffmanTable[] {
  const codes = DEFAULT_CODES.map(([prefixBits, totalBits, baseValue, baseCode]) => ({
    prefixBits,
    totalBits,
    isValue: true,
    baseValue,
    baseCode,
  }));
  return [buildTable(codes, 'default Huffman table', 0)];
}

/**
 * Reads section 2.
 * @param body - section 2 after its ID header
 * @returns the tables, table 1 first
 * @throws EcgFormatError `truncated` or `bad-data` (a code that cannot be decoded unambiguously)
 * @example readHuffmanTables(section2.body).length // 1
 */
export function readHuffmanTables(body: ScpCursor): HuffmanTable[] {
  const count = body.u16(0, 'number of Huffman tables');
  if (count === DEFAULT_TABLE_MARK) {
    return defaultHuffmanTables();
  }
  const tables: HuffmanTable[] = [];
  let at = 2;
  for (let t = 1; t <= count; t++) {
    const codeCount = body.u16(at, `table ${t} number of codes`);
    body.bytes(at + 2, codeCount * 9, `table ${t} codes`); // bounds check before allocating
    const codes: HuffmanCode[] = [];
    for (let c = 0; c < codeCount; c++) {
      const p = at + 2 + c * 9;
      codes.push({
        prefixBits: body.u8(p, 'prefix bits'),
        totalBits: body.u8(p + 1, 'total bits'),
        isValue: body.u8(p + 2, 'table mode') !== 0,
        baseValue: body.i16(p + 3, 'base value'),
        baseCode: body.u32(p + 5, 'base code'),
      });
    }
    tables.push(buildTable(codes, `Huffman table ${t}`, body.absolute(at)));
    at += 2 + codeCount * 9;
  }
  const badSwitch = tables
    .flatMap((table) => table.codes)
    .find((code) => !code.isValue && (code.baseValue < 1 || code.baseValue > count));
  if (count === 0 || badSwitch !== undefined) {
    throw new EcgFormatError(
      'bad-data',
      count === 0
        ? 'SCP-ECG section 2 declares 0 Huffman tables.'
        : `SCP-ECG section 2: a code switches to table ${badSwitch?.baseValue}, but there are ${count} tables.`,
      { byteOffset: body.start, field: 'section 2' },
    );
  }
  return tables;
}

/** Validates the codes and builds the decoding trie. */
function buildTable(codes: HuffmanCode[], label: string, byteOffset: number): HuffmanTable {
  const fail = (message: string): never => {
    throw new EcgFormatError('bad-data', `SCP-ECG ${label}: ${message}`, {
      byteOffset,
      field: label,
    });
  };
  if (codes.length === 0) {
    fail('it has no codes.');
  }
  const capacity = 1 + codes.reduce((sum, code) => sum + code.prefixBits, 0);
  const table: HuffmanTable = {
    codes,
    child0: new Int32Array(capacity),
    child1: new Int32Array(capacity),
    leaf: new Int32Array(capacity),
  };
  let nodes = 1;
  codes.forEach((code, index) => {
    const extra = code.totalBits - code.prefixBits;
    if (
      code.prefixBits < 1 ||
      code.prefixBits > 32 ||
      extra < 0 ||
      extra > 32 ||
      (!code.isValue && extra !== 0)
    ) {
      fail(
        `code ${index + 1} has ${code.prefixBits} prefix bits and ${code.totalBits} bits in all.`,
      );
    }
    let node = 0;
    for (let bit = 0; bit < code.prefixBits; bit++) {
      const children = (code.baseCode >>> bit) & 1 ? table.child1 : table.child0;
      if (table.leaf[node] !== 0) {
        fail(`code ${index + 1} extends code ${table.leaf[node]}: the codes are not prefix-free.`);
      }
      if (children[node] === 0) {
        children[node] = nodes++;
      }
      node = children[node] ?? 0;
    }
    if (table.leaf[node] !== 0 || table.child0[node] !== 0 || table.child1[node] !== 0) {
      fail(`code ${index + 1} is a prefix of, or equal to, another code.`);
    }
    table.leaf[node] = index + 1;
  });
  return table;
}

/**
 * The 8-bit lookup of a table, built once by walking the trie with every 8-bit window (most
 * significant bit first). Built lazily so that a section 2 declaring thousands of tables costs
 * only for the tables the data use.
 * @param table - a table from {@link readHuffmanTables}
 * @returns `table.fast`
 * @example fastLookup(defaultHuffmanTables()[0]!)[0] // (1 << 4) | 1: code 1 (`0`), 1 bit
 */
export function fastLookup(table: HuffmanTable): Int32Array {
  if (table.fast !== undefined) {
    return table.fast;
  }
  const fast = new Int32Array(256);
  for (let window = 0; window < 256; window++) {
    let node = 0;
    let entry = 0;
    for (let depth = 1; depth <= 8; depth++) {
      const one = (window >>> (8 - depth)) & 1;
      node = (one === 1 ? table.child1[node] : table.child0[node]) ?? 0;
      if (node === 0) {
        break;
      }
      const leaf = table.leaf[node] ?? 0;
      if (leaf !== 0) {
        entry = (leaf << 4) | depth;
        break;
      }
      entry = depth === 8 ? -node : 0;
    }
    fast[window] = entry;
  }
  table.fast = fast;
  return fast;
}
