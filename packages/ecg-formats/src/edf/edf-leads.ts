/**
 * Which EDF signals become ECG leads, at which one rate. An EDF file may mix ECG with EEG, EMG,
 * respiration or temperature at different rates; an {@link EcgRecord} has one rate and ECG leads
 * in µV. Policy: voltage signals only; of those, the ones labelled as ECG (`ECG`, `EKG2`, EDF+'s
 * `ECG II` / `ECG V1`, or a bare lead name such as `II`, `V1`, `MLII`) when any are, otherwise all
 * voltage signals; then those at the highest rate among them. Every signal left out is named in a
 * warning; nothing is resampled (a different rate is dropped, not interpolated).
 */
import { isLeadName, normalizeLeadName } from '@gesang/ecg-signal';
import type { EcgLead } from '@gesang/ecg-signal';
import type { EdfDecodedSignal, EdfFile } from './edf-types.js';

/** `ECG`, `EKG`, optionally followed by a separator, a number or a lead name. */
const ECG_PREFIX = /^(?:ECG|EKG)(?=$|[\s_\-.:0-9])[\s_\-.:]*/i;

/**
 * The lead name of an EDF signal label when the label marks an ECG signal, else undefined.
 * @param label - the signal label, trimmed
 * @returns a canonical lead name (`II`, `V1`), the label itself for a bare `ECG` / `ECG1`, or
 *   undefined for a label that is not an ECG
 * @example
 * edfEcgLeadName('ECG II'); // 'II'
 * edfEcgLeadName('EKG'); // 'EKG'
 * edfEcgLeadName('EEG Fpz-Cz'); // undefined
 */
export function edfEcgLeadName(label: string): string | undefined {
  const rest = label.replace(ECG_PREFIX, '');
  if (rest !== label) {
    const lead = normalizeLeadName(rest);
    return isLeadName(lead) ? lead : label;
  }
  const lead = normalizeLeadName(label);
  return isLeadName(lead) ? lead : undefined;
}

/**
 * Chooses the leads of an EDF file and lays their records out in time (EDF+D gaps as NaN).
 * @param file - from {@link decodeEdf}
 * @param warnings - receives every signal left out and every gap
 * @returns the common rate in Hz, the leads (µV) and the signals they come from; no leads (rate of the fastest signal, or 1 Hz
 *   when there is none) when the file holds no voltage signal
 * @example
 * selectEdfLeads(decodeEdf(bytes), []).leads.map((l) => l.name); // ['ECG']
 */
export function selectEdfLeads(
  file: EdfFile,
  warnings: string[],
): { sampleRateHz: number; leads: EcgLead[]; sources: EdfDecodedSignal[] } {
  const describe = (list: EdfDecodedSignal[], withUnit = false): string =>
    list
      .map(
        (s) =>
          `${s.header.label}${withUnit ? ` (${s.unit || 'no unit'})` : ` (${s.sampleRateHz} Hz)`}`,
      )
      .join(', ');
  const voltage = file.signals.filter((s) => s.unit === 'uV');
  const other = file.signals.filter((s) => s.unit !== 'uV');
  if (other.length > 0) {
    warnings.push(`EDF signals not in a voltage unit left out: ${describe(other, true)}`);
  }
  const ecg = voltage.filter((s) => edfEcgLeadName(s.header.label) !== undefined);
  const chosen = ecg.length > 0 ? ecg : voltage;
  if (ecg.length > 0 && ecg.length < voltage.length) {
    warnings.push(
      `EDF voltage signals not labelled as ECG left out: ${describe(voltage.filter((s) => !ecg.includes(s)))}`,
    );
  } else if (ecg.length === 0 && voltage.length > 0) {
    warnings.push(
      'EDF: no signal is labelled as ECG; every voltage signal at the highest rate is kept as a lead',
    );
  }
  if (chosen.length === 0) {
    const fastest = Math.max(0, ...file.signals.map((s) => s.sampleRateHz));
    warnings.push(
      `EDF file holds no voltage signal (${file.annotations.length} annotation(s)); the record has no leads${fastest > 0 ? '' : ' and a placeholder rate of 1 Hz'}`,
    );
    return { sampleRateHz: fastest > 0 ? fastest : 1, leads: [], sources: [] };
  }
  const sampleRateHz = Math.max(...chosen.map((s) => s.sampleRateHz));
  const atRate = chosen.filter((s) => s.sampleRateHz === sampleRateHz);
  if (atRate.length < chosen.length) {
    warnings.push(
      `EDF signals at another rate than ${sampleRateHz} Hz left out (not resampled): ${describe(chosen.filter((s) => !atRate.includes(s)))}`,
    );
  }
  const first = atRate[0] as EdfDecodedSignal;
  const starts = recordStarts(file, first.header.samplesPerRecord, sampleRateHz, warnings);
  return {
    sampleRateHz,
    sources: atRate,
    leads: atRate.map((signal) => {
      const label = signal.header.label || `signal ${signal.header.index}`;
      const name = edfEcgLeadName(label) ?? normalizeLeadName(label);
      const samplesUv = starts === undefined ? signal.values : placeRecords(signal, starts);
      return { name, ...(name === label ? {} : { sourceName: label }), samplesUv };
    }),
  };
}

/**
 * Where each record's first sample goes when EDF+D records leave gaps (undefined: contiguous, or
 * laid end to end because the gaps are too large or the onsets run backwards).
 */
function recordStarts(
  file: EdfFile,
  perRecord: number,
  sampleRateHz: number,
  warnings: string[],
): number[] | undefined {
  const onsets = file.recordOnsetsS;
  const first = onsets[0] ?? 0;
  const starts = onsets.map((onset) => Math.round((onset - first) * sampleRateHz));
  const gaps = starts.filter(
    (start, r) => r > 0 && start !== (starts[r - 1] ?? 0) + perRecord,
  ).length;
  if (file.header.variant !== 'EDF+D' || gaps === 0) {
    return undefined;
  }
  const ordered = starts.every((start, r) => r === 0 || start >= (starts[r - 1] ?? 0) + perRecord);
  const length = (starts[starts.length - 1] ?? 0) + perRecord;
  // Filling costs memory: allowed up to twice the samples present (a cap relative to the input).
  if (ordered && length <= 2 * perRecord * starts.length) {
    warnings.push(`EDF+D: ${gaps} gap(s) between data records filled with NaN`);
    return starts;
  }
  warnings.push(
    `EDF+D: ${gaps} discontinuities between data records (${ordered ? 'gaps longer than the recording' : 'onsets out of order'}); records are laid end to end, so times after the first gap are shifted`,
  );
  return undefined;
}

function placeRecords(signal: EdfDecodedSignal, starts: number[]): Float32Array {
  const perRecord = signal.header.samplesPerRecord;
  const out = new Float32Array((starts[starts.length - 1] ?? 0) + perRecord).fill(NaN);
  starts.forEach((start, r) => {
    out.set(signal.values.subarray(r * perRecord, (r + 1) * perRecord), start);
  });
  return out;
}
