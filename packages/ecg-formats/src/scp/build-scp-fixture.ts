/**
 * Builds small SCP-ECG records byte by byte for the unit tests (EN 1064:2005 §5.2–5.3 framing:
 * record CRC and length, section 0 pointer table, 16-byte section ID headers with CRC-CCITT).
 * Test support only; not exported from the package.
 */
import { crcCcitt } from '../checksums/crc-ccitt.js';

/** One section to put in the record. */
export interface FixtureSection {
  id: number;
  body: readonly number[] | Uint8Array;
}

/** Little-endian bytes of an unsigned 16-bit value. */
export const u16le = (n: number): number[] => [n & 0xff, (n >>> 8) & 0xff];
/** Little-endian bytes of a signed 16-bit value. */
export const i16le = (n: number): number[] => u16le(n < 0 ? n + 0x10000 : n);
/** Little-endian bytes of an unsigned 32-bit value. */
export const u32le = (n: number): number[] => [...u16le(n & 0xffff), ...u16le(n >>> 16)];

/**
 * Packs a string of `0`/`1` (spaces ignored) into bytes, most significant bit first, padded with
 * zero bits.
 * @example packBits('100 101') // Uint8Array [0b10010100]
 */
export function packBits(bits: string): Uint8Array {
  const clean = bits.replace(/\s+/g, '');
  const out = new Uint8Array(Math.ceil(clean.length / 8));
  for (let i = 0; i < clean.length; i++) {
    if (clean[i] === '1') {
      out[i >>> 3] = (out[i >>> 3] ?? 0) | (0x80 >>> (i & 7));
    }
  }
  return out;
}

/**
 * A whole record: section 0 (pointers to sections 0–11 and any others given), then the given
 * sections in order, every CRC and length correct.
 * @param sections - sections 1… (section 0 is generated)
 * @param protocolVersion - version byte of every section header, times ten (default 20)
 * @returns the file bytes and where each section starts
 * @example buildScpFixture([{ id: 3, body: [...] }, { id: 6, body: [...] }]).bytes
 */
export function buildScpFixture(
  sections: readonly FixtureSection[],
  protocolVersion = 20,
): { bytes: Uint8Array; offsets: Map<number, number> } {
  const ids = [
    ...new Set([...Array.from({ length: 12 }, (_, i) => i), ...sections.map((s) => s.id)]),
  ];
  const length0 = 16 + 10 * ids.length;
  const offsets = new Map<number, number>([[0, 6]]);
  let at = 6 + length0;
  for (const s of sections) {
    offsets.set(s.id, at);
    at += 16 + s.body.length;
  }
  const pointers = ids.flatMap((id) => {
    const section = sections.find((s) => s.id === id);
    const length = id === 0 ? length0 : section === undefined ? 0 : 16 + section.body.length;
    const offset = offsets.get(id);
    return [
      ...u16le(id),
      ...u32le(length),
      ...u32le(length === 0 || offset === undefined ? 0 : offset + 1),
    ];
  });
  const file = [
    0,
    0,
    ...u32le(at),
    ...sectionBytes(0, pointers, protocolVersion),
    ...sections.flatMap((s) => sectionBytes(s.id, Array.from(s.body), protocolVersion)),
  ];
  const bytes = Uint8Array.from(file);
  bytes.set(u16le(crcCcitt(bytes, 2)), 0);
  return { bytes, offsets };
}

/** A section with its ID header and CRC. */
function sectionBytes(id: number, body: number[], version: number): number[] {
  const reserved = id === 0 ? [0x53, 0x43, 0x50, 0x45, 0x43, 0x47] : [0, 0, 0, 0, 0, 0];
  const section = Uint8Array.from([
    0,
    0,
    ...u16le(id),
    ...u32le(16 + body.length),
    version,
    version,
    ...reserved,
    ...body,
  ]);
  section.set(u16le(crcCcitt(section, 2)), 0);
  return Array.from(section);
}
