/**
 * EDF / EDF+ header record parser. Layout (Kemp et al. 1992, §2.1): 256 bytes of main header —
 * version (8), patient (80), recording (80), start date dd.mm.yy (8), start time hh.mm.ss (8),
 * header bytes (8), reserved (44, `EDF+C`/`EDF+D` in EDF+), number of data records (8, −1 =
 * unknown), record duration in s (8), number of signals ns (4) — then ns × 256 bytes of signal
 * headers, field by field for all signals. EDF+ (Kemp & Olivan 2003) adds the reserved-field
 * variants and the `EDF Annotations` signal.
 */
import { EcgFormatError } from '../errors.js';
import { edfText, parseEdfInteger, parseEdfNumber } from './edf-fields.js';
import { parseEdfStartDate, parseEdfStartTime } from './edf-plus-fields.js';
import { parseEdfSignalHeaders } from './edf-signal-headers.js';
import type { EdfHeader } from './edf-types.js';

/**
 * Parses the header record and works out how many whole data records the file holds.
 * @param bytes - the whole file
 * @param lenient - tolerate a header-bytes field that disagrees with ns, and a declared record
 *   count larger than the file holds (reading the whole records present), each with a warning
 * @param warnings - receives tolerated oddities
 * @returns the header
 * @throws EcgFormatError `not-ecg` (no EDF version field), `unsupported` (BDF), `truncated`,
 *   `bad-header` naming the field
 * @example
 * parseEdfHeader(bytes, true, []).signals.map((s) => s.label); // ['squarewave', 'ramp', ...]
 */
export function parseEdfHeader(bytes: Uint8Array, lenient: boolean, warnings: string[]): EdfHeader {
  if (bytes.length < 256) {
    throw new EcgFormatError(
      'truncated',
      `EDF header needs 256 bytes; the file has ${bytes.length}`,
      {
        byteOffset: bytes.length,
        field: 'header',
      },
    );
  }
  checkVersion(bytes);
  const text = (start: number, length: number): string => edfText(bytes, start, length);
  const signalCount = parseEdfInteger(text(252, 4), 'number of signals', 252);
  if (signalCount < 1) {
    throw new EcgFormatError('bad-header', `EDF header declares ${signalCount} signals`, {
      field: 'number of signals',
      byteOffset: 252,
    });
  }
  const headerBytes = 256 * (signalCount + 1);
  if (bytes.length < headerBytes) {
    throw new EcgFormatError(
      'truncated',
      `EDF header of ${signalCount} signals needs ${headerBytes} bytes; the file has ${bytes.length}`,
      { byteOffset: bytes.length, field: 'signal headers' },
    );
  }
  const declaredHeaderBytes = parseEdfInteger(text(184, 8), 'number of header bytes', 184);
  if (declaredHeaderBytes !== headerBytes) {
    const message = `EDF header bytes field says ${declaredHeaderBytes}; ${signalCount} signals need ${headerBytes}`;
    if (!lenient) {
      throw new EcgFormatError('bad-header', message, {
        field: 'number of header bytes',
        byteOffset: 184,
      });
    }
    warnings.push(`${message}; ${headerBytes} used`);
  }
  const reserved = text(192, 44);
  const variant = reserved.startsWith('EDF+C')
    ? 'EDF+C'
    : reserved.startsWith('EDF+D')
      ? 'EDF+D'
      : undefined;
  const signals = parseEdfSignalHeaders(bytes, signalCount, warnings);
  const recordBytes = 2 * signals.reduce((sum, s) => sum + s.samplesPerRecord, 0);
  if (recordBytes === 0) {
    throw new EcgFormatError(
      'bad-header',
      'EDF data records hold no samples (every samples-per-record is 0)',
      {
        field: 'samples per record',
        byteOffset: 256 + signalCount * 216,
      },
    );
  }
  const recordDurationS = parseEdfNumber(text(244, 8), 'duration of a data record', 244, warnings);
  if (
    !(recordDurationS >= 0) ||
    (recordDurationS === 0 && signals.some((s) => !s.isAnnotations && s.samplesPerRecord > 0))
  ) {
    throw new EcgFormatError(
      'bad-header',
      `EDF data record duration ${recordDurationS} s is not valid for sampled signals`,
      {
        field: 'duration of a data record',
        byteOffset: 244,
      },
    );
  }
  const declaredRecordCount = parseEdfInteger(text(236, 8), 'number of data records', 236);
  const recordCount = countRecords(
    bytes.length,
    headerBytes,
    recordBytes,
    declaredRecordCount,
    lenient,
    warnings,
  );
  const startDate = parseEdfStartDate(text(168, 8), warnings);
  const startTime = parseEdfStartTime(text(176, 8), warnings);
  return {
    ...(variant ? { variant } : {}),
    patientField: text(8, 80),
    recordingField: text(88, 80),
    ...(startDate ? { startDate } : {}),
    ...(startTime ? { startTime } : {}),
    headerBytes,
    declaredRecordCount,
    recordCount,
    recordDurationS,
    recordBytes,
    signals,
  };
}

/** EDF's version field is `0` padded with blanks; BDF's is 0xFF `BIOSEMI`. */
function checkVersion(bytes: Uint8Array): void {
  if (bytes[0] === 0xff && edfText(bytes, 1, 7) === 'BIOSEMI') {
    throw new EcgFormatError(
      'unsupported',
      'BDF (24-bit BioSemi EDF) is not read; only 16-bit EDF/EDF+',
      {
        field: 'version',
        byteOffset: 0,
      },
    );
  }
  if (edfText(bytes, 0, 8) !== '0') {
    throw new EcgFormatError('not-ecg', "Not an EDF file: the version field is not '0'", {
      field: 'version',
      byteOffset: 0,
    });
  }
}

/** Whole data records to read: the declared count, or (−1, or fewer present) the file's. */
function countRecords(
  fileBytes: number,
  headerBytes: number,
  recordBytes: number,
  declared: number,
  lenient: boolean,
  warnings: string[],
): number {
  const available = Math.floor((fileBytes - headerBytes) / recordBytes);
  const field = 'number of data records';
  if (declared < -1) {
    throw new EcgFormatError('bad-header', `EDF ${field} ${declared} is not valid`, {
      field,
      byteOffset: 236,
    });
  }
  if (declared === -1) {
    warnings.push(
      `EDF ${field} is -1 (unknown); ${available} whole records read from the file size`,
    );
    return available;
  }
  if (declared > available) {
    const message = `EDF header declares ${declared} data records of ${recordBytes} bytes; the file holds ${available}`;
    if (!lenient || available === 0) {
      throw new EcgFormatError('truncated', message, { field, byteOffset: fileBytes });
    }
    warnings.push(`${message}; those ${available} are read`);
    return available;
  }
  const extra = fileBytes - headerBytes - declared * recordBytes;
  if (extra > 0) {
    warnings.push(`EDF file has ${extra} bytes after its ${declared} data records; ignored`);
  }
  return declared;
}
