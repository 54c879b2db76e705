/**
 * Mains (power-line) interference removal with second-order IIR notches (bilinear design, see
 * `biquad.ts`) run forward and backward, so the notch is zero-phase and twice as deep. China's
 * grid is 50 Hz, imported equipment or travel may bring 60 Hz; both are removed by default. For a
 * frequency above the Nyquist limit the notch is placed on its alias (|f − k·fs|), in case the
 * device had no anti-aliasing filter; a notch closer than 1 Hz to 0 Hz or to Nyquist is skipped
 * (the bilinear notch degenerates there; the muscle low-pass removes the Nyquist component).
 */
import { designBiquad, type Biquad } from './biquad.js';
import { filterZeroPhase } from './apply-biquads.js';

/** Options of {@link removeMains}. */
export interface MainsOptions {
  /** Fundamental frequencies to remove, Hz (default [50, 60]). */
  mainsHz?: readonly number[];
  /** Also remove the harmonics below Nyquist (default false). */
  harmonics?: boolean;
  /** −3 dB width of each notch (single pass), Hz, 0.5–10 (default 3): covers grid drift. */
  bandwidthHz?: number;
}

/**
 * The notch sections {@link removeMains} applies at a sample rate.
 * @param sampleRateHz sample rate, Hz, 100–1000.
 * @param options frequencies, harmonics, bandwidth.
 * @returns one notch section per removed frequency.
 * @example mainsNotches(500).length // 2 (50 and 60 Hz)
 */
export function mainsNotches(sampleRateHz: number, options: MainsOptions = {}): Biquad[] {
  const bandwidthHz = options.bandwidthHz ?? 3;
  if (!(bandwidthHz >= 0.5 && bandwidthHz <= 10)) {
    throw new RangeError(`mains notch bandwidth ${bandwidthHz} Hz outside 0.5–10 Hz`);
  }
  const nyquistHz = sampleRateHz / 2;
  const centresHz = new Set<number>();
  for (const fundamentalHz of options.mainsHz ?? [50, 60]) {
    const maxMultiple = options.harmonics === true ? Math.floor(nyquistHz / fundamentalHz) : 1;
    for (let k = 1; k <= Math.max(1, maxMultiple); k++) {
      const f = fundamentalHz * k;
      const aliasHz = Math.abs(f - sampleRateHz * Math.round(f / sampleRateHz));
      if (aliasHz >= 1 && aliasHz <= nyquistHz - 1) {
        centresHz.add(aliasHz);
      }
    }
  }
  return [...centresHz].map((f) => designBiquad('notch', f, sampleRateHz, f / bandwidthHz));
}

/**
 * Remove mains interference from one lead.
 * @param samplesUv one lead, µV; not modified.
 * @param sampleRateHz sample rate, Hz, 100–1000.
 * @param options frequencies (default 50 and 60 Hz), harmonics, notch width.
 * @returns the filtered lead, µV, same length.
 * @example removeMains(lead.samplesUv, 500, { mainsHz: [50] })
 */
export function removeMains(
  samplesUv: ArrayLike<number>,
  sampleRateHz: number,
  options: MainsOptions = {},
): Float32Array {
  const sections = mainsNotches(sampleRateHz, options);
  // The notch rings for about 1 / bandwidth seconds; pad three times that.
  const padSamples = (3 * sampleRateHz) / (options.bandwidthHz ?? 3);
  return Float32Array.from(filterZeroPhase(samplesUv, sections, padSamples));
}
