/**
 * `readContecEcg` / `contecReader`: a Contec ECG90A `.ECG` file (layout in contec-layout.ts) as an
 * {@link EcgRecord}. The cart stores II, III and V1–V6; like the cart's own printout, I, aVR, aVL
 * and aVF are derived (Einthoven: I = II − III; Goldberger: aVR = −(I + II)/2, aVL = (I − III)/2,
 * aVF = (II + III)/2). A channel that holds only "no data" (an electrode not connected) is left
 * out with a warning; single "no data" samples in a kept channel are NaN.
 */
import type { EcgFileReader, EcgReadOptions } from '../detect/file-reader.js';
import { EcgFormatError } from '../errors.js';
import type { EcgPatient, EcgRecord } from '../record.js';
import {
  CONTEC_CHANNELS,
  CONTEC_FOOTER_BYTES,
  CONTEC_FRAME_BYTES,
  CONTEC_HEADER_BYTES,
  CONTEC_MAX_VALUE,
  CONTEC_NO_DATA,
  CONTEC_SAMPLE_RATE_HZ,
  CONTEC_UV_PER_UNIT,
  CONTEC_ZERO,
  parseContecHeader,
} from './contec-layout.js';
import type { ContecHeader } from './contec-layout.js';
import { assembleContecLeads } from './contec-leads.js';

/**
 * Reads a Contec ECG90A file.
 * @param bytes - the whole `.ECG` file
 * @param options - `lenient` (default true): a payload that is not a whole number of frames, or
 *   out-of-range values (set to NaN), become warnings instead of errors
 * @returns the record: limb leads I–aVF when II and III hold data, then V1–V6 that hold data
 * @throws EcgFormatError `not-ecg` (no ECG90A header), `truncated`, `bad-data`
 * @example
 * const record = readContecEcg(bytes);
 * record.leads.map((l) => l.name); // ['I', 'II', 'III', 'aVR', 'aVL', 'aVF'] for 0000037.ECG
 */
export function readContecEcg(bytes: Uint8Array, options: EcgReadOptions = {}): EcgRecord {
  const lenient = options.lenient ?? true;
  const header = parseContecHeader(bytes);
  if (header === undefined) {
    throw new EcgFormatError(
      'not-ecg',
      'Not a Contec ECG90A file: no case number and timestamp header',
      {
        byteOffset: 0,
        field: 'header',
      },
    );
  }
  const payload = bytes.length - CONTEC_HEADER_BYTES - CONTEC_FOOTER_BYTES;
  const warnings: string[] = [];
  if (payload < 0 || payload % CONTEC_FRAME_BYTES !== 0) {
    const message = `Contec ECG90A data of ${payload} bytes (file size − 80) is not a whole number of ${CONTEC_FRAME_BYTES}-byte frames`;
    if (!lenient || payload < 0) {
      throw new EcgFormatError('truncated', message, { byteOffset: bytes.length, field: 'data' });
    }
    warnings.push(`${message}; ${Math.floor(payload / CONTEC_FRAME_BYTES)} whole frames read`);
  }
  const channels = decodeChannels(
    bytes,
    Math.floor(Math.max(0, payload) / CONTEC_FRAME_BYTES),
    lenient,
    warnings,
  );
  return {
    sampleRateHz: CONTEC_SAMPLE_RATE_HZ,
    leads: assembleContecLeads(channels, warnings),
    acquisitionTime: { date: header.timestamp.slice(0, 10), time: header.timestamp.slice(11) },
    patient: patientOf(header),
    device: { manufacturer: 'Contec Medical Systems', model: 'ECG90A' },
    comments: [
      `Contec case number: ${header.caseNumber}`,
      ...(header.weightKg > 0 ? [`patient weight: ${header.weightKg} kg`] : []),
      'Contec ECG90A stores II, III and V1-V6; I, aVR, aVL and aVF are derived from II and III',
    ],
    cartMeasurements: [],
    cartStatements: [],
    format: {
      name: 'Contec ECG90A',
      detail: `8 channels of 12-bit samples at ${CONTEC_SAMPLE_RATE_HZ} Hz`,
    },
    warnings,
  };
}

/** µV per channel (NaN for "no data"), and whether each channel held any data at all. */
function decodeChannels(
  bytes: Uint8Array,
  frames: number,
  lenient: boolean,
  warnings: string[],
): { samplesUv: Float32Array; hasData: boolean }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let outOfRange = 0;
  const channels = Array.from({ length: CONTEC_CHANNELS }, (_, channel) => {
    const samplesUv = new Float32Array(frames);
    let hasData = false;
    for (let i = 0; i < frames; i++) {
      const value = view.getUint16(
        CONTEC_HEADER_BYTES + i * CONTEC_FRAME_BYTES + 2 * channel,
        true,
      );
      const valid = value <= CONTEC_MAX_VALUE;
      outOfRange += valid || value === CONTEC_NO_DATA ? 0 : 1;
      hasData ||= valid;
      samplesUv[i] = valid ? (value - CONTEC_ZERO) * CONTEC_UV_PER_UNIT : NaN;
    }
    return { samplesUv, hasData };
  });
  if (outOfRange > 0) {
    const message = `Contec ECG90A data: ${outOfRange} value(s) above the 12-bit range and not the no-data mark`;
    if (!lenient) {
      throw new EcgFormatError('bad-data', message, { field: 'data' });
    }
    warnings.push(`${message}; set to NaN`);
  }
  return channels;
}

function patientOf(header: ContecHeader): EcgPatient {
  const patient: EcgPatient = {};
  if (header.name !== '') {
    patient.name = header.name;
  }
  if (header.sex === 0 || header.sex === 1) {
    patient.sex = header.sex === 1 ? 'male' : 'female';
  }
  if (header.ageYears > 0 && header.ageYears <= 150) {
    patient.ageYears = header.ageYears;
  }
  return patient;
}

/**
 * Contec ECG90A reader. Sniffing combines the header signature (digit case number and
 * `YYYY-MM-DD hh:mm:ss` timestamp, both NUL-terminated), a file size of 80 + 16 × frames, and a
 * first frame whose 8 values are 12-bit samples or the no-data mark.
 * @example
 * contecReader.sniff(bytes); // true for an ECG90A .ECG file
 */
export const contecReader: EcgFileReader = {
  name: 'Contec ECG90A',
  sniff: (bytes) => {
    const payload = bytes.length - CONTEC_HEADER_BYTES - CONTEC_FOOTER_BYTES;
    if (
      payload < CONTEC_FRAME_BYTES ||
      payload % CONTEC_FRAME_BYTES !== 0 ||
      parseContecHeader(bytes) === undefined
    ) {
      return false;
    }
    for (let k = 0; k < CONTEC_CHANNELS; k++) {
      const value =
        (bytes[CONTEC_HEADER_BYTES + 2 * k] ?? 0) |
        ((bytes[CONTEC_HEADER_BYTES + 2 * k + 1] ?? 0) << 8);
      if (value > CONTEC_MAX_VALUE && value !== CONTEC_NO_DATA) {
        return false;
      }
    }
    return true;
  },
  read: (bytes, options) => readContecEcg(bytes, options),
};
