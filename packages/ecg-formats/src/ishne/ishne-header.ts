/**
 * The ISHNE Holter header (Badilini et al., Ann. Noninvasive Electrocardiol. 3 (1998) 263–266):
 * magic `ISHNE1.0` (8 bytes), CRC-CCITT (uint16) of everything from byte 10 to the end of the
 * variable-length block, then a 512-byte fixed header of little-endian fields, a variable-length
 * block at byte 522, and the ECG block of int16 samples, leads interleaved.
 */
import { EcgFormatError } from '../errors.js';
import { decodeText } from '../text/decode-text.js';

/** Bytes before the variable-length block: magic, checksum and the fixed header. */
export const ISHNE_FIXED_BYTES = 522;
/** The magic number of an ISHNE ECG file (`ANN  1.0` marks an annotation file). */
export const ISHNE_MAGIC = 'ISHNE1.0';

/** The fixed header, field for field (dates as stored: day, month, year; −9 = absent). */
export interface IshneHeader {
  /** CRC stored at byte 8. */
  checksum: number;
  /** Size of the variable-length block in bytes. */
  variableBlockBytes: number;
  /** Samples per lead, as declared (some writers put the total over all leads). */
  samplesPerLead: number;
  /** Byte offset of the variable-length block (522). */
  variableBlockOffset: number;
  /** Byte offset of the first ECG sample (522 + variable block). */
  ecgOffset: number;
  fileVersion: number;
  firstName: string;
  lastName: string;
  id: string;
  /** 0 unknown, 1 male, 2 female. */
  sex: number;
  /** 0 unknown, 1 Caucasian, 2 Black, 3 Oriental. */
  race: number;
  /** [day, month, year]. */
  birthDate: [number, number, number];
  recordDate: [number, number, number];
  fileDate: [number, number, number];
  /** [hour, minute, second]. */
  startTime: [number, number, number];
  leadCount: number;
  /** Lead specification code of each of the 12 lead slots (Table 1). */
  leadSpecs: number[];
  /** Lead quality code of each slot (Table 2). */
  leadQualities: number[];
  /** Amplitude resolution of each slot in nV per unit. */
  resolutionsNv: number[];
  pacemaker: number;
  /** Recorder type, e.g. `digital` or `analog`. */
  recorder: string;
  sampleRateHz: number;
  proprietary: string;
  copyright: string;
  /** The variable-length block as text (NULs dropped). */
  variableBlock: string;
}

/**
 * Reads the fixed header and the variable-length block.
 * @param bytes - the whole file
 * @returns the header fields
 * @throws EcgFormatError `not-ecg` (no `ISHNE1.0`), `truncated`
 * @example
 * parseIshneHeader(bytes).sampleRateHz; // 200
 */
export function parseIshneHeader(bytes: Uint8Array): IshneHeader {
  if (text(bytes, 0, 8) !== ISHNE_MAGIC) {
    throw new EcgFormatError(
      'not-ecg',
      `Not an ISHNE Holter ECG file: the magic number is not ${ISHNE_MAGIC}`,
      {
        field: 'magic number',
        byteOffset: 0,
      },
    );
  }
  if (bytes.length < ISHNE_FIXED_BYTES) {
    throw new EcgFormatError(
      'truncated',
      `ISHNE header needs ${ISHNE_FIXED_BYTES} bytes; the file has ${bytes.length}`,
      {
        field: 'header',
        byteOffset: bytes.length,
      },
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const i16 = (at: number): number => view.getInt16(at, true);
  const i32 = (at: number): number => view.getInt32(at, true);
  const triple = (at: number): [number, number, number] => [i16(at), i16(at + 2), i16(at + 4)];
  const twelve = (at: number): number[] => Array.from({ length: 12 }, (_, k) => i16(at + 2 * k));
  const variableBlockBytes = i32(10);
  if (variableBlockBytes < 0 || ISHNE_FIXED_BYTES + variableBlockBytes > bytes.length) {
    throw new EcgFormatError(
      'truncated',
      `ISHNE variable-length block of ${variableBlockBytes} bytes does not fit in the file of ${bytes.length} bytes`,
      { field: 'variable-length block size', byteOffset: 10 },
    );
  }
  return {
    checksum: view.getUint16(8, true),
    variableBlockBytes,
    samplesPerLead: i32(14),
    variableBlockOffset: i32(18),
    ecgOffset: i32(22),
    fileVersion: i16(26),
    firstName: text(bytes, 28, 40),
    lastName: text(bytes, 68, 40),
    id: text(bytes, 108, 20),
    sex: i16(128),
    race: i16(130),
    birthDate: triple(132),
    recordDate: triple(138),
    fileDate: triple(144),
    startTime: triple(150),
    leadCount: i16(156),
    leadSpecs: twelve(158),
    leadQualities: twelve(182),
    resolutionsNv: twelve(206),
    pacemaker: i16(230),
    recorder: text(bytes, 232, 40),
    sampleRateHz: i16(272),
    proprietary: text(bytes, 274, 80),
    copyright: text(bytes, 354, 80),
    variableBlock: text(bytes, ISHNE_FIXED_BYTES, variableBlockBytes),
  };
}

/** A NUL-terminated ASCII field (ISO-8859-1 for stray bytes), trimmed. */
function text(bytes: Uint8Array, start: number, length: number): string {
  const field = bytes.subarray(start, start + length);
  const end = field.indexOf(0);
  return decodeText(end === -1 ? field : field.subarray(0, end), 'iso-8859-1').trim();
}
