/**
 * The EDF signal headers (Kemp et al. 1992, §2.1): after the 256-byte main header, ns × 16 bytes
 * of labels, then ns × 80 of transducer types, and so on field by field; EDF+ (Kemp & Olivan
 * 2003) names its annotation signals `EDF Annotations`.
 */
import { EcgFormatError } from '../errors.js';
import { edfText, parseEdfInteger, parseEdfNumber } from './edf-fields.js';
import type { EdfSignalHeader } from './edf-types.js';

/** Signal header fields: name and width in bytes, in file order (§2.1). */
const SIGNAL_FIELDS = [
  ['label', 16],
  ['transducer', 80],
  ['physical dimension', 8],
  ['physical minimum', 8],
  ['physical maximum', 8],
  ['digital minimum', 8],
  ['digital maximum', 8],
  ['prefiltering', 80],
  ['samples per record', 8],
  ['reserved', 32],
] as const;

/** The EDF+ label of an annotation signal. */
export const EDF_ANNOTATIONS_LABEL = 'EDF Annotations';

/**
 * Parses the ns signal headers, each field stored for all signals before the next field (§2.1).
 * @param bytes - the whole file (at least 256 × (count + 1) bytes)
 * @param count - number of signals, ≥ 1
 * @param warnings - receives a note for each decimal comma read as a point
 * @returns one header per signal, with its byte offset inside a data record
 * @throws EcgFormatError `bad-header` naming the signal and field
 * @example
 * parseEdfSignalHeaders(bytes, 12, [])[3]?.label; // 'ECG'
 */
export function parseEdfSignalHeaders(
  bytes: Uint8Array,
  count: number,
  warnings: string[],
): EdfSignalHeader[] {
  const starts = new Map<string, number>();
  let offset = 256;
  for (const [name, width] of SIGNAL_FIELDS) {
    starts.set(name, offset);
    offset += width * count;
  }
  const signals: EdfSignalHeader[] = [];
  let byteOffsetInRecord = 0;
  for (let index = 0; index < count; index++) {
    const at = (
      name: (typeof SIGNAL_FIELDS)[number][0],
      width: number,
    ): [string, string, number] => {
      const start = (starts.get(name) ?? 0) + index * width;
      return [edfText(bytes, start, width), `signal ${index} ${name}`, start];
    };
    const label = at('label', 16)[0];
    const samplesPerRecord = parseEdfInteger(...at('samples per record', 8));
    if (samplesPerRecord < 0) {
      const [, field, byteOffset] = at('samples per record', 8);
      throw new EcgFormatError('bad-header', `EDF ${field} is negative`, { field, byteOffset });
    }
    signals.push({
      index,
      label,
      transducer: at('transducer', 80)[0],
      physicalDimension: at('physical dimension', 8)[0],
      physicalMin: parseEdfNumber(...at('physical minimum', 8), warnings),
      physicalMax: parseEdfNumber(...at('physical maximum', 8), warnings),
      digitalMin: parseEdfInteger(...at('digital minimum', 8)),
      digitalMax: parseEdfInteger(...at('digital maximum', 8)),
      prefiltering: at('prefiltering', 80)[0],
      samplesPerRecord,
      isAnnotations: label === EDF_ANNOTATIONS_LABEL,
      byteOffsetInRecord,
    });
    byteOffsetInRecord += 2 * samplesPerRecord;
  }
  return signals;
}
