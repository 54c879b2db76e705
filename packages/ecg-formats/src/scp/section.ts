/**
 * One SCP-ECG section as located by the pointer table (EN 1064:2005 §5.2.1): a 16-byte ID header
 * (CRC, section ID, length, section version, protocol version, 6 reserved bytes) and its data.
 */
import type { ScpCursor } from './cursor.js';

/** Size of every section's ID header. */
export const SECTION_HEADER_BYTES = 16;
/** Offset of section 0: after the record CRC (2 bytes) and length (4 bytes). */
export const SECTION_0_OFFSET = 6;

/** One section of the record. */
export interface ScpSection {
  id: number;
  /** Absolute offset of the section's ID header. */
  offset: number;
  /** Length in bytes, ID header included, as used for reading. */
  length: number;
  /** Section version number (header byte 9), times ten. */
  version: number;
  /** The section's data after its ID header. */
  body: ScpCursor;
}
