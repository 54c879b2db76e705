/**
 * `readWfdbRecord`: a WFDB record (parsed header + signal files) as an {@link EcgRecord} in µV.
 * Physical value = (adu − baseline) / gain, in the header's units (header(5) and signal(5) of the
 * WFDB Software Package, G. B. Moody, PhysioNet); then converted to microvolts.
 */
import { normalizeLeadName } from '@gesang/ecg-signal';
import type { EcgLead } from '@gesang/ecg-signal';
import type { EcgRecord } from '../record.js';
import type { WfdbHeader } from './header-types.js';
import type { WfdbRawSignal } from './read-signals.js';
import { readWfdbRawSignals } from './read-signals.js';

/** Microvolts per unit, by lower-cased WFDB unit string. */
const MICROVOLTS_PER_UNIT: ReadonlyMap<string, number> = new Map([
  ['v', 1e6],
  ['mv', 1e3],
  ['uv', 1],
  ['µv', 1],
  ['μv', 1],
  ['nv', 1e-3],
]);

/**
 * Reads a single-segment WFDB record: decodes every signal file, verifies the header checksums
 * and scales to microvolts. Signals whose units are not a voltage (e.g. `mmHg`) are left out with
 * a warning, since {@link EcgRecord} leads are ECG leads in µV.
 * Supported signal formats: 8, 16, 61, 80, 160, 212, 310, 311, with byte offset and skew, one
 * sample per frame.
 * @param header - from {@link parseWfdbHeader}
 * @param files - signal file contents keyed by the file names in the header (`100.dat`)
 * @returns the record; `warnings` lists checksum mismatches, invalid samples, uncalibrated signals
 * @throws EcgFormatError `missing-file`, `truncated` (byte offset = where the file ends),
 *   `unsupported`, `bad-header`
 * @example
 * const record = readWfdbRecord(parseWfdbHeader(heaText), { '100.dat': datBytes });
 * record.sampleRateHz; // 360
 * record.leads.map((lead) => lead.name); // ['MLII', 'V5']
 */
export function readWfdbRecord(
  header: WfdbHeader,
  files: Readonly<Record<string, Uint8Array>>,
): EcgRecord {
  const warnings = [...header.warnings];
  const leads: EcgLead[] = [];
  readWfdbRawSignals(header, files, warnings).forEach(({ spec, adu }, index) => {
    const label = `WFDB signal ${index} (${spec.description || spec.fileName})`;
    verifyChecksum({ spec, adu }, label, warnings);
    const perUnit = MICROVOLTS_PER_UNIT.get(spec.units.toLowerCase());
    if (perUnit === undefined) {
      warnings.push(`${label} is in '${spec.units}', not a voltage; left out`);
      return;
    }
    if (spec.uncalibrated) {
      warnings.push(
        `${label} has no gain in the header; WFDB's default 200 adu/${spec.units} assumed`,
      );
    }
    const invalid = wfdbInvalidSample(spec.format);
    const scale = perUnit / spec.adcGain;
    const samplesUv = new Float32Array(adu.length);
    let invalidCount = 0;
    for (let i = 0; i < adu.length; i++) {
      const value = adu[i] ?? NaN;
      if (value === invalid) {
        invalidCount++;
      }
      samplesUv[i] = value === invalid ? NaN : (value - spec.baseline) * scale;
    }
    if (invalidCount > 0) {
      warnings.push(
        `${label}: ${invalidCount} sample(s) hold the invalid-sample value; set to NaN`,
      );
    }
    const rawName = spec.description || `signal ${index}`;
    const name = normalizeLeadName(rawName);
    leads.push({ name, ...(name === rawName ? {} : { sourceName: rawName }), samplesUv });
  });
  const formats = [...new Set(header.signals.map((s) => s.format))].join(', ');
  return {
    sampleRateHz: header.sampleRateHz,
    leads,
    ...(header.acquisitionTime ? { acquisitionTime: { ...header.acquisitionTime } } : {}),
    patient: { ...header.patient },
    device: {},
    comments: [...header.comments],
    cartMeasurements: [],
    cartStatements: [],
    format: { name: 'WFDB', detail: `signal format ${formats}` },
    warnings,
  };
}

/**
 * The value a format stores for "no valid sample" (WFDB's `WFDB_INVALID_SAMPLE` in the format's
 * width): the most negative value. Format 8 (differences) has none.
 * @param format - a WFDB signal format
 * @returns the raw sentinel in adu, or undefined
 * @example
 * wfdbInvalidSample(212); // -2048
 */
export function wfdbInvalidSample(format: number): number | undefined {
  const bits: Readonly<Record<number, number>> = { 80: 8, 212: 12, 310: 10, 311: 10 };
  return format === 8 ? undefined : -(2 ** ((bits[format] ?? 16) - 1));
}

/** header(5): the checksum is the 16-bit sum of all samples; a mismatch is a warning, not an error. */
function verifyChecksum(signal: WfdbRawSignal, label: string, warnings: string[]): void {
  const { spec, adu } = signal;
  if (spec.checksum === undefined) {
    return;
  }
  let sum = 0;
  for (const value of adu) {
    sum = Number.isNaN(value) ? sum : (sum + value) & 0xffff;
  }
  if (sum !== (spec.checksum & 0xffff)) {
    warnings.push(
      `${label}: checksum ${sum} of the data does not match ${spec.checksum & 0xffff} in the header (line ${spec.line})`,
    );
  }
}
