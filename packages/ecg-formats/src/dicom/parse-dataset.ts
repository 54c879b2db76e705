/**
 * The DICOM data set parser (PS3.5 §7.1 data elements, §7.5 nested data sets): explicit or
 * implicit VR, little or big endian, sequences and items of defined or undefined length.
 * Hardened for untrusted input: every length is checked against the bytes left in its enclosing
 * element, nesting is capped at {@link MAX_SEQUENCE_DEPTH}, and every loop consumes at least
 * 8 bytes per turn, so parsing is linear in the input size and never allocates beyond views.
 */
import { EcgFormatError } from '../errors.js';
import type { DicomDataset, DicomElement, DicomSyntax } from './dataset.js';
import { badData, printable, truncated } from './parse-errors.js';
import { TAG, implicitVr, tagLabel } from './tags.js';
import { LONG_VRS, SHORT_VRS } from './vr.js';

/** Sequences nested deeper than this are refused (real waveform files nest 3–4 levels). */
export const MAX_SEQUENCE_DEPTH = 16;

const UNDEFINED_LENGTH = 0xffffffff;
const IMPLICIT_LE: DicomSyntax = { explicitVr: false, littleEndian: true };

interface Cursor {
  bytes: Uint8Array;
  view: DataView;
  warnings: string[];
}

/**
 * Parses the data set in `bytes[start, end)`.
 * @param bytes - the whole file (offsets in errors are positions in it)
 * @param start - first byte of the data set
 * @param end - one past its last byte
 * @param syntax - VR mode and byte order
 * @param warnings - receives things tolerated (e.g. trailing bytes)
 * @returns the data set
 * @throws EcgFormatError `truncated` (a length runs past its enclosing element or the file),
 *   `bad-data` (an invalid VR, a misplaced delimiter, nesting too deep)
 * @example
 * const dataset = parseDicomDataset(bytes, 132 + metaLength, bytes.length, explicitLe, warnings);
 */
export function parseDicomDataset(
  bytes: Uint8Array,
  start: number,
  end: number,
  syntax: DicomSyntax,
  warnings: string[],
): DicomDataset {
  const cursor: Cursor = {
    bytes,
    view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    warnings,
  };
  const { dataset, next } = parseElements(cursor, start, end, syntax, 0, false);
  if (next < end) {
    warnings.push(`${end - next} byte(s) after the last data element at byte ${next} ignored`);
  }
  return dataset;
}

/**
 * Elements from `start` until `end`, or (inside an undefined-length item) until the Item
 * Delimitation Item, whose end is returned as `next`.
 */
function parseElements(
  cursor: Cursor,
  start: number,
  end: number,
  syntax: DicomSyntax,
  depth: number,
  delimited: boolean,
): { dataset: DicomDataset; next: number } {
  const dataset: DicomDataset = {
    elements: new Map(),
    littleEndian: syntax.littleEndian,
    offset: start,
  };
  let at = start;
  while (end - at >= 8) {
    const tag = readTag(cursor, at, syntax.littleEndian);
    if (tag === TAG.ItemDelimitationItem) {
      if (!delimited) {
        throw badData(at, tag, 'an Item Delimitation Item outside an undefined-length item');
      }
      return { dataset, next: at + 8 };
    }
    if (tag === TAG.Item || tag === TAG.SequenceDelimitationItem) {
      throw badData(at, tag, 'an item tag where a data element was expected');
    }
    const element = parseElement(cursor, at, end, syntax, depth);
    if (!dataset.elements.has(tag)) {
      dataset.elements.set(tag, element.element);
    }
    at = element.next;
  }
  if (delimited) {
    throw new EcgFormatError(
      'truncated',
      `An undefined-length item starting at byte ${start} ends at byte ${end} without an Item Delimitation Item`,
      { byteOffset: end, field: tagLabel(TAG.ItemDelimitationItem) },
    );
  }
  return { dataset, next: at };
}

function parseElement(
  cursor: Cursor,
  at: number,
  end: number,
  syntax: DicomSyntax,
  depth: number,
): { element: DicomElement; next: number } {
  const { view } = cursor;
  const little = syntax.littleEndian;
  const tag = readTag(cursor, at, little);
  let vr: string;
  let length: number;
  let valueOffset: number;
  if (syntax.explicitVr) {
    vr = String.fromCharCode(cursor.bytes[at + 4] ?? 0, cursor.bytes[at + 5] ?? 0);
    if (LONG_VRS.has(vr)) {
      if (end - at < 12) {
        throw truncated(at, tag, 12, end - at);
      }
      length = view.getUint32(at + 8, little);
      valueOffset = at + 12;
    } else if (SHORT_VRS.has(vr)) {
      length = view.getUint16(at + 6, little);
      valueOffset = at + 8;
    } else {
      throw badData(at, tag, `an invalid VR '${printable(vr)}'`);
    }
  } else {
    vr = implicitVr(tag);
    length = view.getUint32(at + 4, little);
    valueOffset = at + 8;
  }
  const base = { tag, vr, offset: at, valueOffset };
  if (length === UNDEFINED_LENGTH) {
    return parseUndefinedLength(cursor, base, end, syntax, depth);
  }
  if (length > end - valueOffset) {
    throw truncated(at, tag, length, end - valueOffset);
  }
  const next = valueOffset + length;
  const asSequence = vr === 'SQ' || (vr === 'UN' && implicitVr(tag) === 'SQ');
  if (asSequence) {
    const itemSyntax = vr === 'SQ' ? syntax : IMPLICIT_LE;
    const { items } = parseItems(cursor, valueOffset, next, itemSyntax, depth + 1, {
      delimited: false,
      fragments: false,
      sequenceTag: tag,
    });
    return { element: { ...base, vr: 'SQ', value: new Uint8Array(0), items }, next };
  }
  return { element: { ...base, value: cursor.bytes.subarray(valueOffset, next) }, next };
}

/** An undefined-length value: a sequence, or encapsulated fragments (skipped). */
function parseUndefinedLength(
  cursor: Cursor,
  base: Omit<DicomElement, 'value'>,
  end: number,
  syntax: DicomSyntax,
  depth: number,
): { element: DicomElement; next: number } {
  const { tag, vr, offset } = base;
  if (vr === 'OB' || vr === 'OW') {
    // Encapsulated data (PS3.5 §A.4): fragments of defined length; waveforms never use it.
    const { next } = parseItems(cursor, base.valueOffset, end, syntax, depth + 1, {
      delimited: true,
      fragments: true,
      sequenceTag: tag,
    });
    return { element: { ...base, value: new Uint8Array(0) }, next };
  }
  if (syntax.explicitVr && vr !== 'SQ' && vr !== 'UN') {
    throw badData(offset, tag, `an undefined length on VR ${vr}`);
  }
  // UN of undefined length holds an implicit VR little endian sequence (PS3.5 §6.2.2).
  const itemSyntax = vr === 'UN' && syntax.explicitVr ? IMPLICIT_LE : syntax;
  const { items, next } = parseItems(cursor, base.valueOffset, end, itemSyntax, depth + 1, {
    delimited: true,
    fragments: false,
    sequenceTag: tag,
  });
  return { element: { ...base, vr: 'SQ', value: new Uint8Array(0), items }, next };
}

/** How {@link parseItems} reads a run of items. */
interface ItemsMode {
  /** Undefined length: runs until the Sequence Delimitation Item. */
  delimited: boolean;
  /** Encapsulated fragments (defined length, skipped) rather than data set items. */
  fragments: boolean;
  /** The sequence (or encapsulated element), for messages. */
  sequenceTag: number;
}

/** Items of a sequence in `[start, end)`, or up to its Sequence Delimitation Item. */
function parseItems(
  cursor: Cursor,
  start: number,
  end: number,
  syntax: DicomSyntax,
  depth: number,
  mode: ItemsMode,
): { items: DicomDataset[]; next: number } {
  const { delimited, fragments, sequenceTag } = mode;
  if (depth > MAX_SEQUENCE_DEPTH) {
    throw badData(start, sequenceTag, `sequences nested deeper than ${MAX_SEQUENCE_DEPTH} levels`);
  }
  const items: DicomDataset[] = [];
  let at = start;
  while (end - at >= 8) {
    const tag = readTag(cursor, at, syntax.littleEndian);
    const length = cursor.view.getUint32(at + 4, syntax.littleEndian);
    if (tag === TAG.SequenceDelimitationItem) {
      if (!delimited) {
        throw badData(at, tag, 'a Sequence Delimitation Item in a defined-length sequence');
      }
      return { items, next: at + 8 };
    }
    if (tag !== TAG.Item) {
      throw badData(
        at,
        tag,
        `a data element where an item of ${tagLabel(sequenceTag)} was expected`,
      );
    }
    const itemStart = at + 8;
    if (length === UNDEFINED_LENGTH && !fragments) {
      const parsed = parseElements(cursor, itemStart, end, syntax, depth, true);
      items.push(parsed.dataset);
      at = parsed.next;
      continue;
    }
    if (length > end - itemStart) {
      throw truncated(at, sequenceTag, length, end - itemStart, 'item of ');
    }
    if (!fragments) {
      items.push(
        parseElements(cursor, itemStart, itemStart + length, syntax, depth, false).dataset,
      );
    }
    at = itemStart + length;
  }
  if (delimited) {
    throw new EcgFormatError(
      'truncated',
      `${tagLabel(sequenceTag)} (undefined length, from byte ${start}) ends at byte ${end} without a Sequence Delimitation Item`,
      { byteOffset: end, field: tagLabel(sequenceTag) },
    );
  }
  return { items, next: at };
}

function readTag(cursor: Cursor, at: number, little: boolean): number {
  const group = cursor.view.getUint16(at, little);
  const element = cursor.view.getUint16(at + 2, little);
  return ((group << 16) | element) >>> 0;
}
