/**
 * Baseline-wander removal, two methods behind one entry point:
 * - `highpass` (default): a zero-phase Butterworth high-pass. The AHA recommendation for
 *   diagnostic ECG (Kligfield et al., Circulation 115:1306–1324, 2007) allows a low-frequency
 *   cut-off up to 0.67 Hz when the filter has no phase distortion, which forward–backward filtering
 *   guarantees; the default 0.5 Hz stays below it. Departure: one second-order section run forward
 *   and backward (fourth-order magnitude, −6 dB at the corner) instead of the linear-phase FIR the
 *   recommendation has in mind.
 * - `morphological`: subtract the opening/closing baseline of Sun, Chan & Krishnan (2002), see
 *   `morphology.ts`. It also removes level steps, but it flattens slow waves wider than its
 *   elements (T waves partly), so it suits detection, not ST measurement.
 */
import { butterworth } from './biquad.js';
import { filterZeroPhase } from './apply-biquads.js';
import { morphologicalBaseline } from './morphology.js';

/** Options of {@link removeBaselineWander}. */
export interface BaselineOptions {
  /** 'highpass' (default, keeps ST levels) or 'morphological' (also removes steps). */
  method?: 'highpass' | 'morphological';
  /** High-pass corner frequency, Hz, 0.05–1 (default 0.5); ignored by 'morphological'. */
  cornerHz?: number;
}

/**
 * Remove baseline wander (respiration, electrode motion) from one lead.
 * @param samplesUv one lead, µV; not modified.
 * @param sampleRateHz sample rate, Hz, 100–1000.
 * @param options method and corner frequency (default: zero-phase high-pass at 0.5 Hz).
 * @returns the filtered lead, µV, same length.
 * @example removeBaselineWander(lead.samplesUv, 500)
 */
export function removeBaselineWander(
  samplesUv: ArrayLike<number>,
  sampleRateHz: number,
  options: BaselineOptions = {},
): Float32Array {
  if (options.method === 'morphological') {
    const baseline = morphologicalBaseline(samplesUv, sampleRateHz);
    const out = new Float32Array(samplesUv.length);
    for (let i = 0; i < out.length; i++) {
      out[i] = (samplesUv[i] ?? 0) - (baseline[i] ?? 0);
    }
    return out;
  }
  const cornerHz = options.cornerHz ?? 0.5;
  if (!(cornerHz >= 0.05 && cornerHz <= 1)) {
    throw new RangeError(`baseline corner ${cornerHz} Hz outside 0.05–1 Hz`);
  }
  const sections = butterworth('highpass', cornerHz, sampleRateHz, 2);
  // Three time constants of the corner pole: the reflected padding absorbs the edge transient.
  const padSamples = (3 * sampleRateHz) / cornerHz;
  return Float32Array.from(filterZeroPhase(samplesUv, sections, padSamples));
}
