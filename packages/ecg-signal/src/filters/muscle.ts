/**
 * Muscle-noise (EMG) reduction by a zero-phase Butterworth low-pass. Electromyographic noise is
 * broadband (roughly 20–500 Hz) and overlaps the QRS spectrum, so a low-pass only trades noise
 * for QRS detail; 40 Hz is the usual "muscle filter" setting of electrocardiographs (Kligfield et
 * al., Circulation 115:1306–1324, 2007, note that it reduces QRS amplitude in adults and more so
 * in children: keep the unfiltered signal for amplitude measurements).
 */
import { butterworth } from './biquad.js';
import { filterZeroPhase } from './apply-biquads.js';

/** Options of {@link reduceMuscleNoise}. */
export interface MuscleOptions {
  /** Corner frequency, Hz, 15–150 (default 40); clipped to 0.45 · sampleRateHz. */
  cornerHz?: number;
}

/**
 * Low-pass one lead against muscle noise.
 * @param samplesUv one lead, µV; not modified.
 * @param sampleRateHz sample rate, Hz, 100–1000.
 * @param options corner frequency (default 40 Hz).
 * @returns the filtered lead, µV, same length.
 * @example reduceMuscleNoise(lead.samplesUv, 500, { cornerHz: 35 })
 */
export function reduceMuscleNoise(
  samplesUv: ArrayLike<number>,
  sampleRateHz: number,
  options: MuscleOptions = {},
): Float32Array {
  const requestedHz = options.cornerHz ?? 40;
  if (!(requestedHz >= 15 && requestedHz <= 150)) {
    throw new RangeError(`muscle low-pass corner ${requestedHz} Hz outside 15–150 Hz`);
  }
  const cornerHz = Math.min(requestedHz, 0.45 * sampleRateHz);
  const sections = butterworth('lowpass', cornerHz, sampleRateHz, 2);
  return Float32Array.from(filterZeroPhase(samplesUv, sections, (3 * sampleRateHz) / cornerHz));
}
