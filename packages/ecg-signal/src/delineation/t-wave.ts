/**
 * T-wave peak and end in one lead of a median beat, after Martínez et al. 2004 (IEEE Trans.
 * Biomed. Eng. 51(4):570–581, §III-D): on the T scale (2^4 there, σ = 18 ms here) the T wave
 * is the first pair of significant modulus maxima of opposite sign in a window after the QRS,
 * a third one making it biphasic; the peak is the zero crossing between the last two, and the
 * end lies after the last, where the modulus falls below ξ_T = 0.4 of it or reaches a local
 * minimum. When the T wave is too flat on that scale the next one (2^5, σ = 37 ms) is tried, as
 * Martínez does. Departures: the QRS is masked (samples before the J point held at its value)
 * so that its slopes cannot leak into the T scale; a maximum is significant at ≥ 0.3 of the
 * largest in the window (Martínez: an RMS-based threshold); a third, biphasic lobe must be
 * ≥ 0.6 of the second maximum and follow within 150 ms, so that a smaller U wave is left out.
 */
import { SCALE_SIGMA_MS, smoothedDerivative } from './smoothed-derivative.js';
import { argMaxAbs, walkToBoundary } from './slope-search.js';

/** Thresholds of {@link delineateT}. */
export const T_PARAMETERS = {
  /** The search starts this long after the J point, ms. */
  startAfterJMs: 40,
  /** Significant maxima, fraction of the largest in the window. */
  gammaT: 0.3,
  /** The second maximum of the pair follows the first within this time, ms. */
  pairMs: 250,
  /** A biphasic T's third maximum follows within this time, ms… */
  lobeMs: 150,
  /** …and is at least this fraction of the second one. */
  lobeFraction: 0.6,
  /** End threshold, fraction of the last maximum (Martínez's ξ_Tend). */
  xiEnd: 0.4,
  /** Below this slope, µV/ms, no T wave on that scale. */
  minSlopeUvPerMs: 0.08,
};

/** T-wave landmarks of one lead, fractional sample indices of the median beat. */
export interface TMarks {
  peak: number;
  end: number;
  /** Height of the peak above (or depth below) the T end level, µV (≥ 0). */
  amplitudeUv: number;
}

/**
 * The T-scale derivatives of one lead already computed for one J point, by σ in ms, each with the
 * last index it was computed for: a second search with a nearer end (`delineate.ts` searches
 * again when the next P wave comes early) reads the same values, so it reuses them.
 */
export type TDerivatives = Map<number, { from: number; to: number; w: Float32Array }>;

/**
 * Delineates the T wave of one lead of a median beat.
 * @param beat - median beat of one lead, µV, no `NaN`
 * @param sampleRateHz - rate of `beat`, Hz, ≥ 500
 * @param jIndex - global QRS end (J point), fractional index
 * @param searchEnd - last index where the T wave may end
 * @param derivatives - derivatives of this lead from an earlier call with the same beat and J
 *   point, reused and added to (optional)
 * @returns peak and end, or null when no T wave shows
 * @example
 * const t = delineateT(medianV5, 500, 300, 600);
 */
export function delineateT(
  beat: Float32Array,
  sampleRateHz: number,
  jIndex: number,
  searchEnd: number,
  derivatives: TDerivatives = new Map(),
): TMarks | null {
  const p = T_PARAMETERS;
  const perMs = sampleRateHz / 1000;
  const j = Math.max(0, Math.min(beat.length - 1, Math.round(jIndex)));
  const masked = beat.slice().fill(beat[j] ?? 0, 0, j);
  const from = j + Math.round(p.startAfterJMs * perMs);
  const to = Math.min(beat.length - 2, Math.floor(searchEnd));
  if (to - from < 20 * perMs) {
    return null;
  }
  for (const sigmaMs of [SCALE_SIGMA_MS.t, SCALE_SIGMA_MS.tSlow]) {
    // Every read below lies in [from, to + 1]: a derivative computed up to a later end holds
    // the same values there.
    const known = derivatives.get(sigmaMs);
    const reusable = known !== undefined && known.from === from && known.to >= to;
    const w = reusable
      ? known.w
      : smoothedDerivative(masked, sigmaMs * perMs, { from: from - 2, to: to + 2 });
    if (!reusable) {
      derivatives.set(sigmaMs, { from, to, w });
    }
    const largest = argMaxAbs(w, from, to, 0);
    const modulus = Math.abs(w[largest] ?? 0);
    if (largest < 0 || modulus * perMs < p.minSlopeUvPerMs) {
      continue;
    }
    const significant = p.gammaT * modulus;
    let first = largest;
    for (let i = from; i < largest; i++) {
      if (Math.abs(w[i] ?? 0) >= significant && isMaximum(w, i)) {
        first = i;
        break;
      }
    }
    // The pair's second maximum may sit at the window end (a T wave cut by the window).
    const second = oppositeMaximum(w, first, Math.min(to, first + p.pairMs * perMs), false);
    let last = second > 0 && Math.abs(w[second] ?? 0) >= significant ? second : first;
    const third = oppositeMaximum(w, last, Math.min(to, last + p.lobeMs * perMs), true);
    if (third > 0 && Math.abs(w[third] ?? 0) >= p.lobeFraction * Math.abs(w[last] ?? 0)) {
      last = third;
    }
    const peak = zeroCrossingBefore(w, last, from);
    const end = walkToBoundary(w, last, 1, p.xiEnd, to);
    const level = (i: number): number => masked[Math.round(i)] ?? 0;
    return { peak, end, amplitudeUv: Math.abs(level(peak) - level(end)) };
  }
  return null;
}

/** The largest |w| after `index` up to `to` with the sign opposite to w[index], or −1. */
function oppositeMaximum(w: Float32Array, index: number, to: number, localOnly: boolean): number {
  const found = argMaxAbs(w, index + 1, to, Math.sign(w[index] ?? 0) > 0 ? -1 : 1);
  return found > 0 && (!localOnly || isMaximum(w, found)) ? found : -1;
}

/** Whether |w| has a local maximum at i. */
function isMaximum(w: Float32Array, i: number): boolean {
  const m = Math.abs(w[i] ?? 0);
  return m >= Math.abs(w[i - 1] ?? 0) && m >= Math.abs(w[i + 1] ?? 0);
}

/** Last sign change of w before `index` (interpolated), or `from` when there is none. */
function zeroCrossingBefore(w: Float32Array, index: number, from: number): number {
  const sign = Math.sign(w[index] ?? 0);
  for (let i = index - 1; i >= from; i--) {
    const v = w[i] ?? 0;
    if (Math.sign(v) !== sign) {
      const next = w[i + 1] ?? 0;
      return i + (next === v ? 0 : v / (v - next));
    }
  }
  return from;
}
