/**
 * The SCP-ECG {@link EcgFileReader}: content test and reader for `readEcgFile`.
 */
import type { EcgFileReader, EcgReadOptions } from '../detect/file-reader.js';
import type { EcgRecord } from '../record.js';
import { readScpEcg } from './read-scp.js';

/** ASCII "SCPECG": bytes 11–16 of section 0's ID header (EN 1064:2005 §5.3.2, protocol ≥ 1.3). */
const MAGIC = [0x53, 0x43, 0x50, 0x45, 0x43, 0x47];

/**
 * Whether `bytes` look like an SCP-ECG record: section 0's ID header at byte 7 (section ID 0)
 * with "SCPECG" in its reserved bytes, or — for writers that leave them empty — a first pointer
 * that points back to section 0 itself (ID 0, same length, index 7, or 6 for 0-based writers).
 * @param bytes - the file's first bytes (32 suffice)
 * @returns true for SCP-ECG; never throws
 * @example sniffScpEcg(bytes) // true
 */
export function sniffScpEcg(bytes: Uint8Array): boolean {
  if (bytes.length < 32) {
    return false;
  }
  const u16 = (at: number): number => (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
  const u32 = (at: number): number => (u16(at) | (u16(at + 2) << 16)) >>> 0;
  if (u16(8) !== 0 || u32(10) < 26) {
    return false;
  }
  if (MAGIC.every((b, i) => bytes[16 + i] === b)) {
    return true;
  }
  return u16(22) === 0 && u32(24) === u32(10) && (u32(28) === 7 || u32(28) === 6);
}

/** SCP-ECG (EN 1064 / ISO 11073-91064) files, protocol versions 1.0–3.0. */
export const scpReader: EcgFileReader = {
  name: 'SCP-ECG',
  sniff: sniffScpEcg,
  read(bytes: Uint8Array, options?: EcgReadOptions): EcgRecord {
    return readScpEcg(bytes, options);
  },
};
