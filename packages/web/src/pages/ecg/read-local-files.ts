/**
 * Reading the files a user picked, in the browser, with the same readers as the server: a WFDB
 * record (a `.hea` header plus the signal files it names) is read as one record; anything else
 * goes through `readEcgFile`, which recognises the format by content.
 */
import {
  EcgFormatError,
  decodeText,
  parseWfdbHeader,
  readEcgFile,
  readWfdbRecord,
  type EcgFormatErrorCode,
  type EcgRecord,
} from '@gesang/ecg-formats';

/** A picked file's name and bytes. */
export interface LocalFile {
  name: string;
  bytes: Uint8Array;
}

/** The record read and which picked files it came from. */
export interface LocalRead {
  record: EcgRecord;
  /** The file shown (the `.hea` of a WFDB record). */
  shownName: string;
  /** Picked files that were not part of the record shown. */
  ignoredNames: string[];
}

/** Why reading failed, in a form that survives `postMessage` (an Error's class does not). */
export interface ReadFailure {
  code: EcgFormatErrorCode | 'unknown';
  message: string;
  byteOffset?: number;
  field?: string;
}

/**
 * Reads the picked files as one ECG record.
 * @param files the picked files (at least one)
 * @returns the record and which files it used
 * @throws EcgFormatError from the readers (`not-ecg` for a file in no format we read,
 *   `missing-file` for a WFDB header without its signal file)
 * @example
 * readLocalFiles([{ name: 'x.hea', bytes: hea }, { name: 'x.dat', bytes: dat }]).shownName // 'x.hea'
 */
export function readLocalFiles(files: readonly LocalFile[]): LocalRead {
  const header = files.find((f) => f.name.toLowerCase().endsWith('.hea'));
  if (header !== undefined) {
    const parsed = parseWfdbHeader(decodeText(header.bytes, 'iso-8859-1'));
    const byName = Object.fromEntries(files.map((f) => [f.name, f.bytes]));
    const used = new Set([header.name, ...parsed.signals.map((s) => s.fileName)]);
    return {
      record: readWfdbRecord(parsed, byName),
      shownName: header.name,
      ignoredNames: files.map((f) => f.name).filter((name) => !used.has(name)),
    };
  }
  const [first, ...rest] = files;
  if (first === undefined) {
    throw new EcgFormatError('missing-file', 'No file was picked');
  }
  return {
    record: readEcgFile(first.bytes),
    shownName: first.name,
    ignoredNames: rest.map((f) => f.name),
  };
}

/**
 * A thrown value as a {@link ReadFailure}: the reader's code, offset and field for an
 * `EcgFormatError`, `unknown` with the message for anything else (a bug, not a bad file).
 * @param error what was thrown
 * @example toReadFailure(new EcgFormatError('truncated', 'ends early', { byteOffset: 12 }))
 * // { code: 'truncated', message: 'ends early', byteOffset: 12 }
 */
export function toReadFailure(error: unknown): ReadFailure {
  if (error instanceof EcgFormatError) {
    return {
      code: error.code,
      message: error.message,
      ...(error.byteOffset === undefined ? {} : { byteOffset: error.byteOffset }),
      ...(error.field === undefined ? {} : { field: error.field }),
    };
  }
  return { code: 'unknown', message: error instanceof Error ? error.message : String(error) };
}
