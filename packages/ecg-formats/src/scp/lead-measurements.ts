/**
 * Section 10, lead measurement results (EN 1064:2005 §5.11): number of leads (2), 2 reserved
 * bytes, then per lead its lead code (2), the length of its measurements in bytes (2) and that
 * many bytes of signed 16-bit values in a fixed order (P duration, PR, QRS, QT, …; durations in
 * ms, amplitudes in µV). 29999 "not computed", 29998 "rejected", 19999 "not present".
 */
import type { CartMeasurement } from '../record.js';
import type { ScpCursor } from './cursor.js';
import { scpLeadName } from './lead-codes.js';

/** Measurement order of section 10 with units; undefined marks coded (non-numeric) fields. */
// prettier-ignore
const FIELDS: readonly (readonly [string, string] | undefined)[] = [
  ['PDuration', 'ms'], ['PRInterval', 'ms'], ['QRSDuration', 'ms'], ['QTInterval', 'ms'],
  ['QDuration', 'ms'], ['RDuration', 'ms'], ['SDuration', 'ms'], ["R'Duration", 'ms'],
  ["S'Duration", 'ms'], ['QAmplitude', 'uV'], ['RAmplitude', 'uV'], ['SAmplitude', 'uV'],
  ["R'Amplitude", 'uV'], ["S'Amplitude", 'uV'], ['JPointAmplitude', 'uV'],
  ['PPositiveAmplitude', 'uV'], ['PNegativeAmplitude', 'uV'], ['TPositiveAmplitude', 'uV'],
  ['TNegativeAmplitude', 'uV'], ['STSlope', 'uV/s'], undefined, undefined,
  ['IsoelectricSegmentQRSOnset', 'ms'], ['IsoelectricSegmentQRSEnd', 'ms'],
  ['IntrinsicoidDeflection', 'ms'], undefined, ['STAmplitudeJ20', 'uV'], ['STAmplitudeJ60', 'uV'],
  ['STAmplitudeJ80', 'uV'], ['STAmplitudeJRR16', 'uV'], ['STAmplitudeJRR8', 'uV'],
];
const NOT_A_VALUE = new Set([29999, 29998, 19999]);

/**
 * The per-lead measurements of section 10.
 * @param body - section 10 after its ID header
 * @param protocolVersion - for lead names
 * @throws EcgFormatError `truncated` when a lead's block runs past the section
 * @example readLeadMeasurements(section10.body, 20)[0] // { code: 'PDuration', value: 102, unit: 'ms', lead: 'I' }
 */
export function readLeadMeasurements(body: ScpCursor, protocolVersion: number): CartMeasurement[] {
  const leads = body.u16(0, 'number of leads');
  const out: CartMeasurement[] = [];
  let at = 4;
  for (let i = 0; i < leads; i++) {
    const lead = scpLeadName(body.u16(at, 'lead code'), protocolVersion).name;
    const length = body.u16(at + 2, 'measurement length');
    body.bytes(at + 4, length, `lead ${lead} measurements`); // bounds check
    const count = Math.min(Math.floor(length / 2), FIELDS.length);
    for (let k = 0; k < count; k++) {
      const field = FIELDS[k];
      const value = body.i16(at + 4 + 2 * k, 'measurement');
      if (field !== undefined && !NOT_A_VALUE.has(value)) {
        out.push({ code: field[0], value, unit: field[1], lead });
      }
    }
    at += 4 + length;
  }
  return out;
}
