/**
 * Section 0, the pointer section (EN 1064:2005 §5.3): after its 16-byte ID header, one 10-byte
 * entry per section: section ID (2), section length (4), index of the section's first byte in
 * the record (4, counted from 1). Each pointed-to section's ID header is checked against its
 * pointer and its CRC verified.
 */
import type { ScpContext } from './context.js';
import { tolerate } from './context.js';
import type { ScpCrcFinding } from './crc-check.js';
import { checkCrc, reportCrcFindings } from './crc-check.js';
import { ScpCursor } from './cursor.js';
import type { ScpSection } from './section.js';
import { SECTION_0_OFFSET, SECTION_HEADER_BYTES } from './section.js';

/** Highest section ID defined by the standard (ISO 11073-91064:2009). */
const MAX_SECTION_ID = 18;

/** One raw pointer-table entry. */
interface Pointer {
  id: number;
  length: number;
  index: number;
  /** Absolute offset of the entry, for messages. */
  at: number;
}

/**
 * Resolves the pointer table of section 0 into sections.
 * @param section0 - section 0 (ID header included)
 * @param recordEnd - end of the record (exclusive)
 * @param ctx - mode and warnings
 * @returns the sections found, by ID (section 0 included)
 * @throws EcgFormatError in strict mode for any inconsistency the lenient mode tolerates
 * @example resolvePointers(section0, bytes.length, ctx).has(6)
 */
export function resolvePointers(
  section0: ScpCursor,
  recordEnd: number,
  ctx: ScpContext,
): Map<number, ScpSection> {
  const pointers: Pointer[] = [];
  for (let at = SECTION_HEADER_BYTES; at + 10 <= section0.length; at += 10) {
    pointers.push({
      id: section0.u16(at, 'pointer section ID'),
      length: section0.u32(at + 2, 'pointer section length'),
      index: section0.u32(at + 6, 'pointer index'),
      at: section0.absolute(at),
    });
  }
  const self = pointers.find((p) => p.id === 0);
  const zeroBased = self?.index === SECTION_0_OFFSET;
  if (zeroBased) {
    tolerate(
      ctx,
      'bad-header',
      `section 0 points to itself at index 6: the pointer indices are 0-based byte offsets, not 1-based as EN 1064 requires (7)`,
      `read as offsets.`,
      { byteOffset: self.at + 6, field: 'section 0 pointer index' },
    );
  }
  const sections = new Map<number, ScpSection>();
  const crcFindings: ScpCrcFinding[] = [];
  const listed = new Set<number>();
  const warnedTwice = new Set<number>();
  for (const pointer of pointers) {
    // Sections 0–18 are the standard's (12–18 since SCP-ECG 3.0); others are not read, which
    // also bounds the CRC work to 19 sections whatever section 0 claims.
    if (pointer.length === 0 || pointer.id > MAX_SECTION_ID) {
      continue;
    }
    if (listed.has(pointer.id)) {
      if (!warnedTwice.has(pointer.id)) {
        warnedTwice.add(pointer.id);
        tolerate(
          ctx,
          'bad-header',
          `section ${pointer.id} is listed more than once in section 0`,
          'the first entry was used.',
          {
            byteOffset: pointer.at,
            field: `section ${pointer.id} pointer`,
          },
        );
      }
      continue;
    }
    listed.add(pointer.id);
    const section = resolveOne(
      section0.file,
      pointer,
      zeroBased ? 0 : 1,
      recordEnd,
      ctx,
      crcFindings,
    );
    if (section !== undefined) {
      sections.set(section.id, section);
    }
  }
  reportCrcFindings(crcFindings, ctx);
  return sections;
}

/** One section's header, checked against its pointer; undefined when it cannot be located. */
function resolveOne(
  file: Uint8Array,
  pointer: Pointer,
  indexBase: number,
  recordEnd: number,
  ctx: ScpContext,
  crcFindings: ScpCrcFinding[],
): ScpSection | undefined {
  const label = `section ${pointer.id}`;
  const offset = pointer.index - indexBase;
  if (offset < SECTION_0_OFFSET || offset + SECTION_HEADER_BYTES > recordEnd) {
    tolerate(
      ctx,
      'truncated',
      `${label} is said to start at index ${pointer.index}, outside the ${recordEnd}-byte record`,
      `${label} ignored.`,
      { byteOffset: pointer.at + 6, field: `${label} pointer index` },
    );
    return undefined;
  }
  const header = new ScpCursor(file, offset, recordEnd, label);
  const headerId = header.u16(2, 'ID');
  if (headerId !== pointer.id) {
    tolerate(
      ctx,
      'bad-header',
      `the pointer to ${label} leads to a section header with ID ${headerId}`,
      `${label} ignored.`,
      { byteOffset: offset + 2, field: `${label} ID` },
    );
    return undefined;
  }
  const headerLength = header.u32(4, 'length');
  const fits = (length: number): boolean =>
    length >= SECTION_HEADER_BYTES && offset + length <= recordEnd;
  let length = headerLength;
  if (headerLength !== pointer.length || !fits(headerLength)) {
    length = fits(headerLength)
      ? headerLength
      : fits(pointer.length)
        ? pointer.length
        : recordEnd - offset;
    tolerate(
      ctx,
      fits(headerLength) || fits(pointer.length) ? 'bad-header' : 'truncated',
      `${label}: section 0 gives its length as ${pointer.length} bytes, its own header as ${headerLength}`,
      `${length} bytes were used.`,
      { byteOffset: offset + 4, field: `${label} length` },
    );
  }
  const otherEnds = [pointer.length, headerLength]
    .filter((l) => l !== length && fits(l))
    .map((l) => offset + l);
  const finding = checkCrc(file, {
    label,
    stored: header.u16(0, 'CRC'),
    start: offset + 2,
    end: offset + length,
    otherEnds,
    byteOffset: offset,
  });
  if (finding !== undefined) {
    crcFindings.push(finding);
  }
  return {
    id: pointer.id,
    offset,
    length,
    version: header.u8(8, 'version'),
    body: new ScpCursor(file, offset + SECTION_HEADER_BYTES, offset + length, label),
  };
}
