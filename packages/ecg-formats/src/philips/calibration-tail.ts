/**
 * Philips PageWriter and HeartStart carts append to every rhythm lead, after the ECG itself, a
 * gap of zeros, a 1 mV calibration pulse and zeros up to the stored duration (seen in all three
 * sample files: 10.5–10.6 s of ECG, then 0 µV, 1000 µV for 200 ms, 0 µV to 11 s). That tail is
 * not ECG: analysed, it reads as a flat, saturated lead. It is cut off, and the record says so.
 */
import type { EcgLead } from '@gesang/ecg-signal';

const PULSE_UV = 1000;
/** The shortest pulse taken as the calibration pulse (the samples hold 200 ms). */
const MIN_PULSE_MS = 40;

/** True when sample `i` of every lead equals `valueUv`. */
function allLeadsAt(leads: readonly EcgLead[], i: number, valueUv: number): boolean {
  return leads.every((lead) => lead.samplesUv[i] === valueUv);
}

/**
 * Where the ECG ends when the leads end with zeros, a 1 mV pulse in every lead and zeros again:
 * the first sample of the zero run before the pulse; undefined when the tail is not exactly that.
 * @example calibrationTailStart(leads, 500) // 5300 for 3191723_ZZDEMOPTONLY_1-04_orig.xml
 */
export function calibrationTailStart(
  leads: readonly EcgLead[],
  sampleRateHz: number,
): number | undefined {
  const n = leads[0]?.samplesUv.length ?? 0;
  let i = n;
  while (i > 0 && allLeadsAt(leads, i - 1, 0)) {
    i--;
  }
  const pulseEnd = i;
  while (i > 0 && allLeadsAt(leads, i - 1, PULSE_UV)) {
    i--;
  }
  if ((pulseEnd - i) * 1000 < MIN_PULSE_MS * sampleRateHz) {
    return undefined;
  }
  const pulseStart = i;
  while (i > 0 && allLeadsAt(leads, i - 1, 0)) {
    i--;
  }
  return i < pulseStart && i > 0 ? i : undefined;
}

/**
 * The leads without the calibration tail, and a warning saying what was cut; unchanged leads and
 * no warning when there is no such tail.
 */
export function cutCalibrationTail(
  leads: EcgLead[],
  sampleRateHz: number,
): { leads: EcgLead[]; warning?: string } {
  const end = calibrationTailStart(leads, sampleRateHz);
  if (end === undefined) {
    return { leads };
  }
  const n = leads[0]?.samplesUv.length ?? 0;
  return {
    leads: leads.map((lead) => ({ ...lead, samplesUv: lead.samplesUv.slice(0, end) })),
    warning: `The cart's 1 mV calibration pulse and zero fill after the ECG (samples ${end}–${n - 1}, ${((n - end) / sampleRateHz).toFixed(2)} s) were cut off`,
  };
}
