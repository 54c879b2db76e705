/**
 * Decodes an EDF / EDF+ file: every ordinary signal to physical values, every EDF+ annotation, and
 * each data record's onset. Data records hold, signal after signal, `samples per record` 16-bit
 * little-endian two's-complement integers (Kemp et al. 1992, §2.2); physical value =
 * (digital − digital min) × (physical max − physical min) / (digital max − digital min) + physical
 * min. Voltage signals are converted to µV here, in one rounding step.
 */
import { EcgFormatError } from '../errors.js';
import { parseEdfHeader } from './edf-header.js';
import { parseEdfTals } from './edf-tal.js';
import type {
  EdfAnnotation,
  EdfDecodedSignal,
  EdfFile,
  EdfHeader,
  EdfSignalHeader,
} from './edf-types.js';

/** Microvolts per unit, by lower-cased physical dimension (`µ` may arrive as ISO-8859-1 0xB5). */
const MICROVOLTS_PER_UNIT: ReadonlyMap<string, number> = new Map([
  ['v', 1e6],
  ['mv', 1e3],
  ['uv', 1],
  ['µv', 1],
  ['μv', 1],
  ['nv', 1e-3],
]);

/**
 * Microvolts per unit of an EDF physical dimension, or undefined when it is not a voltage.
 * @param dimension - the physical dimension as written (`uV`, `mV`, `V`, `°`)
 * @example
 * edfMicrovoltsPerUnit('mV'); // 1000
 */
export function edfMicrovoltsPerUnit(dimension: string): number | undefined {
  return MICROVOLTS_PER_UNIT.get(dimension.trim().toLowerCase());
}

/**
 * Decodes the whole file.
 * @param bytes - the whole `.edf` file
 * @param options - `lenient` (default true): tolerate a wrong header-bytes field, fewer records
 *   than declared, unusable calibrations (signal left out) and malformed TALs, with warnings
 * @returns header, signals (voltage signals in µV, others in their own unit), annotations and
 *   record onsets
 * @throws EcgFormatError `not-ecg`, `unsupported` (BDF), `truncated`, `bad-header`, `bad-data`
 * @example
 * const file = decodeEdf(bytes);
 * file.signals[3]?.header.label; // 'ECG'
 */
export function decodeEdf(bytes: Uint8Array, options: { lenient?: boolean } = {}): EdfFile {
  const lenient = options.lenient ?? true;
  const warnings: string[] = [];
  const header = parseEdfHeader(bytes, lenient, warnings);
  const signals = header.signals
    .filter((s) => !s.isAnnotations && usable(s, lenient, warnings))
    .map((s) => decodeSignal(bytes, header, s));
  const { annotations, recordOnsetsS } = decodeAnnotations(bytes, header, lenient, warnings);
  return { header, signals, annotations, recordOnsetsS, warnings };
}

/** A signal with samples and an invertible calibration; otherwise left out (or refused). */
function usable(signal: EdfSignalHeader, lenient: boolean, warnings: string[]): boolean {
  const name = `EDF signal ${signal.index} (${signal.label})`;
  if (signal.samplesPerRecord === 0) {
    warnings.push(`${name} has no samples; left out`);
    return false;
  }
  const problem =
    signal.digitalMax <= signal.digitalMin ||
    signal.digitalMin < -32768 ||
    signal.digitalMax > 32767
      ? `digital range ${signal.digitalMin}..${signal.digitalMax} is not valid`
      : signal.physicalMax === signal.physicalMin ||
          !Number.isFinite(signal.physicalMax - signal.physicalMin)
        ? `physical range ${signal.physicalMin}..${signal.physicalMax} is empty`
        : undefined;
  if (problem === undefined) {
    return true;
  }
  if (!lenient) {
    throw new EcgFormatError('bad-header', `${name}: ${problem}`, {
      field: `signal ${signal.index} calibration`,
    });
  }
  warnings.push(`${name}: ${problem}; left out`);
  return false;
}

function decodeSignal(
  bytes: Uint8Array,
  header: EdfHeader,
  signal: EdfSignalHeader,
): EdfDecodedSignal {
  const perUnit = edfMicrovoltsPerUnit(signal.physicalDimension);
  const { digitalMin, physicalMin, samplesPerRecord: count } = signal;
  const gain = (signal.physicalMax - physicalMin) / (signal.digitalMax - digitalMin);
  const values = new Float32Array(count * header.recordCount);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let r = 0; r < header.recordCount; r++) {
    const start = header.headerBytes + r * header.recordBytes + signal.byteOffsetInRecord;
    for (let j = 0; j < count; j++) {
      const physical = (view.getInt16(start + 2 * j, true) - digitalMin) * gain + physicalMin;
      values[r * count + j] = perUnit === undefined ? physical : physical * perUnit;
    }
  }
  return {
    header: signal,
    sampleRateHz: count / header.recordDurationS,
    values,
    unit: perUnit === undefined ? signal.physicalDimension : 'uV',
  };
}

/** TALs of every annotation signal of every record; the time-keeping TAL gives the record onset. */
function decodeAnnotations(
  bytes: Uint8Array,
  header: EdfHeader,
  lenient: boolean,
  warnings: string[],
): { annotations: EdfAnnotation[]; recordOnsetsS: number[] } {
  const channels = header.signals.filter((s) => s.isAnnotations);
  const annotations: EdfAnnotation[] = [];
  const recordOnsetsS: number[] = [];
  let malformed = 0;
  let missingTimekeeping = 0;
  for (let r = 0; r < header.recordCount; r++) {
    let onset: number | undefined;
    channels.forEach((channel, c) => {
      const start = header.headerBytes + r * header.recordBytes + channel.byteOffsetInRecord;
      const parsed = parseEdfTals(bytes.subarray(start, start + 2 * channel.samplesPerRecord));
      malformed += parsed.malformed;
      parsed.tals.forEach((tal, t) => {
        if (c === 0 && t === 0 && tal.texts.length === 0) {
          onset = tal.onsetS;
          return;
        }
        for (const text of tal.texts) {
          annotations.push({
            onsetS: tal.onsetS,
            ...(tal.durationS === undefined ? {} : { durationS: tal.durationS }),
            text,
          });
        }
      });
    });
    if (onset === undefined && channels.length > 0) {
      missingTimekeeping++;
    }
    recordOnsetsS.push(onset ?? r * header.recordDurationS);
  }
  if (malformed > 0) {
    const message = `EDF+ annotations: ${malformed} malformed TAL(s)`;
    if (!lenient) {
      throw new EcgFormatError('bad-data', message, { field: 'EDF Annotations' });
    }
    warnings.push(`${message} skipped`);
  }
  if (missingTimekeeping > 0) {
    warnings.push(
      `EDF+ annotations: ${missingTimekeeping} data record(s) lack a time-keeping TAL; their onset is taken as record number × duration`,
    );
  }
  return { annotations, recordOnsetsS };
}
