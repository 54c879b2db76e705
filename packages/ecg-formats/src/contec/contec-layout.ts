/**
 * Layout of the Contec ECG90A `.ECG` file, as worked out from the bytes of a real file
 * (`0000037.ECG`) and N. Rigacci's public notes on the format
 * (https://www.rigacci.org/wiki/doku.php/tecnica/misc/contec_ecg_file_format):
 * a 43-byte header — case number (8, ASCII digits, NUL-terminated), 2 unknown bytes, timestamp
 * `YYYY-MM-DD hh:mm:ss` (20, NUL-terminated), 2 unknown bytes, patient name (8, NUL-terminated),
 * sex (1: 0 female, 1 male, 255 blank), age in years (1, 0 = missing), weight in kg (1, 0 = missing)
 * — then frames of 8 little-endian uint16 (12-bit ADC values, zero at 2048; 0x6800 = no data) at
 * 800 Hz, and a 37-byte footer.
 */
import { decodeText } from '../text/decode-text.js';

/** Header bytes before the first frame. */
export const CONTEC_HEADER_BYTES = 43;
/** Footer bytes after the last frame. */
export const CONTEC_FOOTER_BYTES = 37;
/** Stored channels per frame. */
export const CONTEC_CHANNELS = 8;
/** Bytes per frame: 8 channels × 2 bytes. */
export const CONTEC_FRAME_BYTES = 16;
/** The stored value meaning "no data" (an unconnected electrode). */
export const CONTEC_NO_DATA = 0x6800;
/** ADC value of 0 µV. */
export const CONTEC_ZERO = 2048;
/** Highest ADC value (12 bits). */
export const CONTEC_MAX_VALUE = 4095;
/** Sampling rate of the ECG90A, in hertz. */
export const CONTEC_SAMPLE_RATE_HZ = 800;
/**
 * Microvolts per ADC unit: 5 µV (Rigacci's 5000 nV). Checked on 0000037.ECG: it gives QRS
 * amplitudes of 0.3–1.1 mV peak to peak in the limb leads and ±10 mV of range for 12 bits.
 */
export const CONTEC_UV_PER_UNIT = 5;
/** The stored channels in frame order: leads II and III, then V1–V6. */
export const CONTEC_CHANNEL_LEADS = ['II', 'III', 'V1', 'V2', 'V3', 'V4', 'V5', 'V6'] as const;

/** The header fields. */
export interface ContecHeader {
  /** Case (examination) number, e.g. `0000037`. */
  caseNumber: string;
  /** `YYYY-MM-DD hh:mm:ss` as written. */
  timestamp: string;
  /** Patient name (GB18030, a superset of ASCII). */
  name: string;
  /** 0 female, 1 male, 255 blank. */
  sex: number;
  /** Age in years, 0 when missing. */
  ageYears: number;
  /** Weight in kg, 0 when missing. */
  weightKg: number;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

/**
 * Reads the 43-byte header, or returns undefined when the bytes do not carry the ECG90A header
 * signature (a NUL-terminated digit string, then a NUL-terminated timestamp at byte 10).
 * @param bytes - the whole file (at least 43 bytes)
 * @returns the header, or undefined
 * @example
 * parseContecHeader(bytes)?.timestamp; // '2020-11-15 12:59:50'
 */
export function parseContecHeader(bytes: Uint8Array): ContecHeader | undefined {
  if (bytes.length < CONTEC_HEADER_BYTES) {
    return undefined;
  }
  const caseNumber = asciiz(bytes, 0, 8);
  const timestamp = asciiz(bytes, 10, 20);
  if (!/^\d{1,7}$/.test(caseNumber) || !TIMESTAMP.test(timestamp)) {
    return undefined;
  }
  const nameBytes = bytes.subarray(32, 40);
  const end = nameBytes.indexOf(0);
  return {
    caseNumber,
    timestamp,
    name: decodeText(end === -1 ? nameBytes : nameBytes.subarray(0, end), 'gb18030').trim(),
    sex: bytes[40] ?? 255,
    ageYears: bytes[41] ?? 0,
    weightKg: bytes[42] ?? 0,
  };
}

/** A NUL-terminated ASCII field: the bytes before the first NUL, which must be printable. */
function asciiz(bytes: Uint8Array, start: number, length: number): string {
  let text = '';
  for (let i = start; i < start + length; i++) {
    const byte = bytes[i] ?? 0;
    if (byte === 0) {
      return text;
    }
    if (byte < 0x20 || byte > 0x7e) {
      return '\u0000';
    }
    text += String.fromCharCode(byte);
  }
  return '\u0000'; // no terminating NUL
}
