/**
 * P-wave onset, peak and end in one lead of a median beat, after Martínez et al. 2004 (IEEE
 * Trans. Biomed. Eng. 51(4):570–581, §III-C): the P wave is the pair of opposite modulus maxima
 * in a window before the QRS onset; the onset lies before the first, where the modulus falls
 * below ξ_on = 0.5 of it or reaches a local minimum, the end after the second with ξ_end = 0.9.
 * Departures: the scale is σ = 12 ms (between Martínez's 2^3 and 2^4), so the thresholds are
 * lower, ξ_on = 0.3 and ξ_end = 0.5, set on the LUDB development records (with Martínez's values
 * the P wave began 6 ms late and ended 8 ms early against the cardiologists); the QRS is masked
 * (samples from its onset on held) so its slopes cannot leak into the P scale; and the peak is
 * found first, as the largest deviation from the line joining the window ends, so the pair of
 * maxima is the one flanking it. Whether a P wave exists at all is decided across leads
 * (`leads-p.ts`), not here.
 */
import { SCALE_SIGMA_MS, smoothedDerivative } from './smoothed-derivative.js';
import { argMaxAbs, walkToBoundary } from './slope-search.js';

/** Thresholds of {@link delineateP} (see the module comment for why not Martínez's). */
export const P_PARAMETERS = {
  /** Onset threshold, fraction of the first maximum. */
  xiOnset: 0.3,
  /** End threshold, fraction of the second maximum. */
  xiEnd: 0.5,
};

/** P-wave landmarks of one lead: fractional sample indices and the amplitude. */
export interface PMarks {
  onset: number;
  peak: number;
  end: number;
  /** Deviation of the peak from the line joining the window ends, µV (> 0). */
  amplitudeUv: number;
}

/**
 * Delineates the P wave of one lead of a median beat, assuming there is one.
 * @param beat - median beat of one lead, µV, no `NaN`
 * @param sampleRateHz - rate of `beat`, Hz, ≥ 500
 * @param from - first index of the search window (after the previous T wave)
 * @param qrsOnset - global QRS onset, fractional index; the window ends there
 * @returns the marks, or null when the window is too short or holds no wave
 * @example
 * const p = delineateP(medianII, 500, 80, 240);
 */
export function delineateP(
  beat: Float32Array,
  sampleRateHz: number,
  from: number,
  qrsOnset: number,
): PMarks | null {
  const perMs = sampleRateHz / 1000;
  const to = Math.min(beat.length - 1, Math.floor(qrsOnset));
  const start = Math.max(0, Math.ceil(from));
  if (to - start < 40 * perMs) {
    return null;
  }
  const masked = beat.slice().fill(beat[to] ?? 0, to + 1);
  const w = smoothedDerivative(masked, SCALE_SIGMA_MS.p * perMs, { from: start - 2, to: to + 2 });
  const first = masked[start] ?? 0;
  const slope = ((masked[to] ?? 0) - first) / (to - start);
  let peak = -1;
  let amplitude = 0;
  for (let i = start; i <= to; i++) {
    const deviation = (masked[i] ?? 0) - (first + slope * (i - start));
    if (Math.abs(deviation) > Math.abs(amplitude)) {
      peak = i;
      amplitude = deviation;
    }
  }
  const polarity = amplitude >= 0 ? 1 : -1;
  const rise = argMaxAbs(w, start, peak, polarity);
  const fall = argMaxAbs(w, peak, to, polarity === 1 ? -1 : 1);
  if (peak < 0 || rise < 0 || fall < 0) {
    return null;
  }
  return {
    onset: walkToBoundary(w, rise, -1, P_PARAMETERS.xiOnset, start),
    peak,
    end: walkToBoundary(w, fall, 1, P_PARAMETERS.xiEnd, to),
    amplitudeUv: Math.abs(amplitude),
  };
}
