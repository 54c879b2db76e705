/**
 * One entry point for a cart's file: the format is recognised by content, never by the file's
 * name, and the matching reader reads it.
 */
import { EcgFormatError } from '../errors.js';
import type { EcgRecord } from '../record.js';
import { describeContent } from './describe-content.js';
import type { EcgFileReader, EcgReadOptions } from './file-reader.js';
import { ECG_FILE_READERS } from './readers.js';

/**
 * The reader whose content test accepts `bytes` (first match in {@link ECG_FILE_READERS} order,
 * most specific signatures first), or undefined.
 * @example detectEcgFormat(bytes)?.name // 'SCP-ECG'
 */
export function detectEcgFormat(bytes: Uint8Array): EcgFileReader | undefined {
  return ECG_FILE_READERS.find((reader) => reader.sniff(bytes));
}

/**
 * Reads any single-file ECG format this package knows, detected by content.
 * @param bytes - the whole file
 * @param options - reader options (lenient reading of known cart quirks, default on)
 * @returns the record; `record.format.name` says which format it was
 * @throws EcgFormatError `not-ecg` naming what the file looked like, or the reader's own error
 * @example
 * const record = readEcgFile(bytes);
 * record.format.name; // 'DICOM'
 */
export function readEcgFile(bytes: Uint8Array, options?: EcgReadOptions): EcgRecord {
  const reader = detectEcgFormat(bytes);
  if (reader === undefined) {
    const known = ECG_FILE_READERS.map((r) => r.name).join(', ');
    throw new EcgFormatError(
      'not-ecg',
      `Not an ECG format we read: this looks like ${describeContent(bytes)}. Formats read: ${known}, and WFDB (.hea with its .dat).`,
      { byteOffset: 0 },
    );
  }
  return reader.read(bytes, options);
}
