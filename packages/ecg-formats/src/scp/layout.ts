/**
 * The SCP-ECG record frame (EN 1064:2005 §5.2–5.3): bytes 1–2 the CRC of the record, bytes 3–6
 * the record length, then section 0, whose pointer table gives each section's ID, length and
 * 1-based start index. Every section starts with a 16-byte ID header: CRC (2), section ID (2),
 * length (4, header included), section version (1), protocol version (1), reserved (6).
 */
import { EcgFormatError } from '../errors.js';
import type { ScpContext } from './context.js';
import { tolerate } from './context.js';
import { checkCrc, reportCrcFindings } from './crc-check.js';
import { ScpCursor } from './cursor.js';
import { resolvePointers } from './pointers.js';
import type { ScpSection } from './section.js';
import { SECTION_0_OFFSET, SECTION_HEADER_BYTES } from './section.js';

/** The record's sections by ID, and where the record ends. */
export interface ScpLayout {
  /** End (exclusive) of the bytes that belong to the record. */
  recordEnd: number;
  sections: Map<number, ScpSection>;
}

/**
 * Reads the record frame: record length, record CRC, section 0 and every section header it
 * points to (each section's CRC verified).
 * @param bytes - the whole file
 * @param ctx - mode and warnings; `ctx.protocolVersion` is set from section 0
 * @returns the sections by ID
 * @throws EcgFormatError `truncated` or `bad-header` when no section table can be read
 * @example readScpLayout(bytes, ctx).sections.get(6)?.body.length
 */
export function readScpLayout(bytes: Uint8Array, ctx: ScpContext): ScpLayout {
  const file = new ScpCursor(bytes, 0, bytes.length, 'record');
  if (bytes.length < SECTION_0_OFFSET + SECTION_HEADER_BYTES) {
    throw new EcgFormatError(
      'truncated',
      `SCP-ECG: the file has ${bytes.length} bytes, fewer than the 22 of the record header and section 0's ID header.`,
      { byteOffset: bytes.length, field: 'record header' },
    );
  }
  const recordEnd = readRecordLength(file, ctx);
  const sectionId = file.u16(SECTION_0_OFFSET + 2, 'section 0 ID');
  if (sectionId !== 0) {
    throw new EcgFormatError(
      'bad-header',
      `SCP-ECG: bytes 9–10 hold section ID ${sectionId}; the record must start with section 0.`,
      { byteOffset: SECTION_0_OFFSET + 2, field: 'section 0 ID' },
    );
  }
  const length0 = file.u32(SECTION_0_OFFSET + 4, 'section 0 length');
  if (length0 < SECTION_HEADER_BYTES || SECTION_0_OFFSET + length0 > recordEnd) {
    throw new EcgFormatError(
      'truncated',
      `SCP-ECG: section 0 claims ${length0} bytes, which does not fit in the ${recordEnd}-byte record.`,
      { byteOffset: SECTION_0_OFFSET + 4, field: 'section 0 length' },
    );
  }
  ctx.protocolVersion = file.u8(SECTION_0_OFFSET + 9, 'section 0 protocol version');
  const finding = checkCrc(bytes, {
    label: 'record',
    stored: file.u16(0, 'record CRC'),
    start: 2,
    end: recordEnd,
    otherEnds: recordEnd === bytes.length ? [] : [bytes.length],
    byteOffset: 0,
  });
  reportCrcFindings(finding === undefined ? [] : [finding], ctx);
  const pointers = file.slice(SECTION_0_OFFSET, length0, 'section 0');
  return { recordEnd, sections: resolvePointers(pointers, recordEnd, ctx) };
}

/**
 * The record length (bytes 3–6). A wrong value is tolerated in lenient mode: a 32-bit length
 * written with its 16-bit halves swapped (Heal Force), or any length other than the file's,
 * with the file's own length used instead.
 */
function readRecordLength(file: ScpCursor, ctx: ScpContext): number {
  const declared = file.u32(2, 'record length');
  const size = file.length;
  if (declared === size) {
    return size;
  }
  const swapped = ((file.u16(2, 'record length') << 16) | file.u16(4, 'record length')) >>> 0;
  const location = { byteOffset: 2, field: 'record length' };
  if (swapped >= 22 && swapped <= size) {
    tolerate(
      ctx,
      'bad-header',
      `record length field (bytes 3–6) reads ${declared} little-endian, but the file has ${size} bytes`,
      `read with its 16-bit halves swapped it is ${swapped}, which was used${swapped < size ? ` (the ${size - swapped} bytes after it are ignored)` : ''}.`,
      location,
    );
    return swapped;
  }
  if (declared >= 22 && declared < size) {
    tolerate(
      ctx,
      'bad-header',
      `record length field says ${declared} bytes but the file has ${size}`,
      `the ${size - declared} bytes after the record are ignored.`,
      location,
    );
    return declared;
  }
  tolerate(
    ctx,
    declared > size ? 'truncated' : 'bad-header',
    `record length field says ${declared} bytes but the file has ${size}`,
    `read as a ${size}-byte record.`,
    location,
  );
  return size;
}
