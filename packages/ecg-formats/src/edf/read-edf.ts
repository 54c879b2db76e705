/**
 * `readEdfRecord` / `edfReader`: an EDF or EDF+ file (Kemp et al. 1992; Kemp & Olivan 2003) as an
 * {@link EcgRecord}. Leads are chosen by {@link selectEdfLeads}; EDF+ patient and recording
 * subfields fill `patient`, `device` and `comments`; EDF+ annotations are returned in
 * `annotations` (not part of `EcgRecord` yet).
 */
import type { EcgFileReader, EcgReadOptions } from '../detect/file-reader.js';
import type { EcgAcquisitionTime, EcgRecord } from '../record.js';
import { decodeEdf } from './edf-decode.js';
import { edfText } from './edf-fields.js';
import { selectEdfLeads } from './edf-leads.js';
import { parseEdfIdentification } from './edf-plus-fields.js';
import type { EdfAnnotation, EdfFile } from './edf-types.js';

/** An EDF record: the {@link EcgRecord} plus the file's EDF+ annotations. */
export interface EdfEcgRecord extends EcgRecord {
  /** EDF+ annotations (onset in s from the start time, optional duration, text), in file order. */
  annotations: EdfAnnotation[];
}

/**
 * Reads an EDF / EDF+ file. A file with no voltage signal (e.g. an annotation-only EDF+ file)
 * reads as a record with no leads, its annotations and a warning saying so.
 * @param bytes - the whole `.edf` file
 * @param options - `lenient` (default true): see {@link decodeEdf}
 * @returns the record with `annotations`
 * @throws EcgFormatError `not-ecg`, `unsupported` (BDF), `truncated`, `bad-header`, `bad-data`
 * @example
 * const record = readEdfRecord(bytes);
 * record.sampleRateHz; // 200
 * record.annotations[0]; // { onsetS: 0, durationS: 30, text: 'Sleep stage W' }
 */
export function readEdfRecord(bytes: Uint8Array, options: EcgReadOptions = {}): EdfEcgRecord {
  const file = decodeEdf(bytes, options);
  const warnings = [...file.warnings];
  const { sampleRateHz, leads, sources } = selectEdfLeads(file, warnings);
  const { header } = file;
  const identification = parseEdfIdentification(
    header.patientField,
    header.recordingField,
    header.variant !== undefined,
  );
  const comments = [...identification.comments];
  for (const { header: signal } of sources) {
    const details = [signal.transducer, signal.prefiltering].filter((t) => t !== '');
    if (details.length > 0) {
      comments.push(`EDF signal ${signal.label}: ${details.join('; ')}`);
    }
  }
  const acquisitionTime = startOf(file, identification.startDate, warnings);
  return {
    sampleRateHz,
    leads,
    ...(acquisitionTime ? { acquisitionTime } : {}),
    patient: identification.patient,
    device: identification.device,
    comments,
    cartMeasurements: [],
    cartStatements: [],
    format: {
      name: 'EDF',
      ...(header.variant ? { version: header.variant } : {}),
      detail: `${header.signals.length} signal(s), ${header.recordCount} data record(s) of ${header.recordDurationS} s`,
    },
    warnings,
    annotations: file.annotations,
  };
}

/**
 * Start date and time; EDF+'s four-digit `Startdate` wins over dd.mm.yy, and the first record's
 * time-keeping onset adds the fraction of a second (EDF+ §2.2.4).
 */
function startOf(
  file: EdfFile,
  plusDate: string | undefined,
  warnings: string[],
): EcgAcquisitionTime | undefined {
  const { startDate, startTime } = file.header;
  if (plusDate !== undefined && startDate !== undefined && plusDate !== startDate) {
    warnings.push(
      `EDF+ Startdate ${plusDate} differs from the header start date ${startDate}; the former is used`,
    );
  }
  const date = plusDate ?? startDate;
  const fraction = file.recordOnsetsS[0] ?? 0;
  const time =
    startTime !== undefined && fraction > 0 && fraction < 1
      ? `${startTime}${fraction.toFixed(3).slice(1)}`
      : startTime;
  if (date === undefined && time === undefined) {
    return undefined;
  }
  return { ...(date ? { date } : {}), ...(time ? { time } : {}) };
}

/**
 * EDF / EDF+ reader: `0` + 7 blanks as version, and a header-bytes field of 256 × (ns + 1).
 * @example
 * edfReader.sniff(bytes); // true for an .edf file
 */
export const edfReader: EcgFileReader = {
  name: 'EDF',
  sniff: (bytes) => sniffEdf(bytes),
  read: (bytes, options) => readEdfRecord(bytes, options),
};

/** Version `0       `, and header bytes = 256 × (number of signals + 1), both as ASCII. */
function sniffEdf(bytes: Uint8Array): boolean {
  if (bytes.length < 256 || bytes[0] !== 0x30) {
    return false;
  }
  for (let i = 1; i < 8; i++) {
    if (bytes[i] !== 0x20) {
      return false;
    }
  }
  const headerBytes = edfText(bytes, 184, 8);
  const signals = edfText(bytes, 252, 4);
  return (
    /^\d+$/.test(headerBytes) &&
    /^\d+$/.test(signals) &&
    Number(headerBytes) === 256 * (Number(signals) + 1)
  );
}
