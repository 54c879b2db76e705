/**
 * The DICOM file container (PS3.10 §7.1): a 128-byte preamble, `DICM`, File Meta Information
 * (group 0002, always explicit VR little endian), then the data set in the transfer syntax the
 * meta names (PS3.5 §10 and Annex A). Raw data sets without preamble and meta are read too, their
 * syntax guessed from the first element.
 */
import { EcgFormatError } from '../errors.js';
import { asciiText, dicomString } from './dataset.js';
import type { DicomDataset, DicomSyntax } from './dataset.js';
import { parseDicomDataset } from './parse-dataset.js';
import { TAG, tagLabel } from './tags.js';
import { LONG_VRS, isVr } from './vr.js';

/** A parsed file: meta (when present), data set and how it was encoded. */
export interface DicomFile {
  /** File Meta Information, absent for a raw data set. */
  meta?: DicomDataset;
  dataset: DicomDataset;
  syntax: DicomSyntax;
  /** The Transfer Syntax UID from the meta, or undefined when guessed. */
  transferSyntaxUid?: string;
  /** Human-readable transfer syntax, e.g. `explicit VR little endian`. */
  syntaxName: string;
  warnings: string[];
}

const EXPLICIT_LE: DicomSyntax = { explicitVr: true, littleEndian: true };
const IMPLICIT_LE: DicomSyntax = { explicitVr: false, littleEndian: true };
const EXPLICIT_BE: DicomSyntax = { explicitVr: true, littleEndian: false };
const DEFLATED = '1.2.840.10008.1.2.1.99';

/**
 * True when `bytes` look like a DICOM file: `DICM` after a 128-byte preamble, or a raw data set
 * opening with a group 0002 or 0008 element. Never throws.
 * @example looksLikeDicom(bytes) // true for a Part-10 file
 */
export function looksLikeDicom(bytes: Uint8Array): boolean {
  if (bytes.length >= 132 && asciiText(bytes.subarray(128, 132)) === 'DICM') {
    return true;
  }
  return bytes.length >= 16 && guessRawSyntax(bytes, 0) !== undefined;
}

/**
 * Parses a DICOM file (Part-10 or raw data set) into its data set.
 * @param bytes - the whole file
 * @returns meta, data set, syntax and warnings
 * @throws EcgFormatError `not-ecg` (not DICOM), `unsupported` (deflated transfer syntax),
 *   `truncated` or `bad-data` from the parser
 * @example parseDicomFile(bytes).syntaxName // 'explicit VR little endian'
 */
export function parseDicomFile(bytes: Uint8Array): DicomFile {
  const warnings: string[] = [];
  const hasPreamble = bytes.length >= 132 && asciiText(bytes.subarray(128, 132)) === 'DICM';
  const metaStart = hasPreamble ? 132 : 0;
  const metaEnd = findMetaEnd(bytes, metaStart);
  if (metaEnd > metaStart) {
    const meta = parseDicomDataset(bytes, metaStart, metaEnd, EXPLICIT_LE, warnings);
    const uid = dicomString(meta, TAG.TransferSyntaxUid, asciiText)?.replace(/\0/g, '');
    const { syntax, name } = syntaxOf(uid, metaEnd, warnings);
    const dataset = parseDicomDataset(bytes, metaEnd, bytes.length, syntax, warnings);
    return {
      meta,
      dataset,
      syntax,
      syntaxName: name,
      warnings,
      ...(uid ? { transferSyntaxUid: uid } : {}),
    };
  }
  const guessed = guessRawSyntax(bytes, metaStart) ?? (hasPreamble ? EXPLICIT_LE : undefined);
  if (guessed === undefined) {
    throw new EcgFormatError(
      'not-ecg',
      'Not a DICOM file: no DICM marker at byte 128 and no data element at byte 0',
      { byteOffset: 0 },
    );
  }
  warnings.push('No File Meta Information: transfer syntax guessed from the first data element');
  const dataset = parseDicomDataset(bytes, metaStart, bytes.length, guessed, warnings);
  return { dataset, syntax: guessed, syntaxName: `${describe(guessed)} (guessed)`, warnings };
}

/** The end of the group 0002 elements starting at `start` (= `start` when there are none). */
function findMetaEnd(bytes: Uint8Array, start: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = start;
  while (bytes.length - at >= 8 && view.getUint16(at, true) === 0x0002) {
    const vr = asciiText(bytes.subarray(at + 4, at + 6));
    let next: number;
    if (!isVr(vr)) {
      next = at + 8 + view.getUint32(at + 4, true); // implicit VR meta (non-conformant, seen)
    } else if (LONG_VRS.has(vr)) {
      next = bytes.length - at >= 12 ? at + 12 + view.getUint32(at + 8, true) : bytes.length + 1;
    } else {
      next = at + 8 + view.getUint16(at + 6, true);
    }
    if (next > bytes.length) {
      const tag = (0x0002 << 16) | view.getUint16(at + 2, true);
      throw new EcgFormatError(
        'truncated',
        `File Meta Information element ${tagLabel(tag)} at byte ${at} runs past the end of the file (${bytes.length} bytes)`,
        { byteOffset: at, field: tagLabel(tag) },
      );
    }
    at = next;
  }
  return at;
}

function syntaxOf(
  uid: string | undefined,
  at: number,
  warnings: string[],
): { syntax: DicomSyntax; name: string } {
  switch (uid) {
    case '1.2.840.10008.1.2':
      return { syntax: IMPLICIT_LE, name: 'implicit VR little endian' };
    case '1.2.840.10008.1.2.1':
      return { syntax: EXPLICIT_LE, name: 'explicit VR little endian' };
    case '1.2.840.10008.1.2.2':
      return { syntax: EXPLICIT_BE, name: 'explicit VR big endian' };
    case DEFLATED:
      throw new EcgFormatError(
        'unsupported',
        `Deflated Explicit VR Little Endian (${DEFLATED}) is not read: the data set is zlib-compressed. Re-save the file uncompressed (e.g. dcmconv +te) and try again`,
        { byteOffset: at, field: tagLabel(TAG.TransferSyntaxUid) },
      );
    case undefined:
      warnings.push(
        'File Meta Information has no Transfer Syntax UID: explicit VR little endian assumed',
      );
      return { syntax: EXPLICIT_LE, name: 'explicit VR little endian (assumed)' };
    default:
      // Every other standard syntax encodes the data set as explicit VR little endian; only
      // pixel data is compressed (PS3.5 §A.4), and waveforms never use it.
      if (!uid.startsWith('1.2.840.10008.1.2.')) {
        warnings.push(`Unknown Transfer Syntax UID ${uid}: explicit VR little endian assumed`);
      }
      return { syntax: EXPLICIT_LE, name: `explicit VR little endian (${uid})` };
  }
}

/** The syntax of a raw data set judged from its first element, or undefined if none fits. */
function guessRawSyntax(bytes: Uint8Array, at: number): DicomSyntax | undefined {
  if (bytes.length - at < 16) {
    return undefined;
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const vr = asciiText(bytes.subarray(at + 4, at + 6));
  const plausible = (group: number, element: number): boolean =>
    (group === 0x0002 || group === 0x0008) && element <= 0x0100;
  for (const littleEndian of [true, false]) {
    const group = view.getUint16(at, littleEndian);
    if (plausible(group, view.getUint16(at + 2, littleEndian)) && isVr(vr)) {
      return { explicitVr: true, littleEndian };
    }
  }
  // Implicit VR little endian: a short first value followed by another group 0002/0008 element.
  const length = view.getUint32(at + 4, true);
  if (!plausible(view.getUint16(at, true), view.getUint16(at + 2, true)) || length > 1024) {
    return undefined;
  }
  const next = at + 8 + length;
  return bytes.length - next >= 8 &&
    plausible(view.getUint16(next, true), view.getUint16(next + 2, true))
    ? IMPLICIT_LE
    : undefined;
}

function describe(syntax: DicomSyntax): string {
  return `${syntax.explicitVr ? 'explicit' : 'implicit'} VR ${syntax.littleEndian ? 'little' : 'big'} endian`;
}
