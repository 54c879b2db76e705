/**
 * QRS onset and end in one lead of a median beat, after Martínez et al. 2004 (IEEE Trans.
 * Biomed. Eng. 51(4):570–581, §III-B): on the QRS scale (2^2 there, σ = 4 ms here, see
 * `smoothed-derivative.ts`) the QRS is the run of significant modulus maxima around the
 * fiducial point; the onset lies before the first of them, where the modulus falls below
 * ξ_on = 0.05 of it or reaches a local minimum, the end after the last one (ξ_end = 0.125 there).
 * Departures: the run is grown outwards from the largest slope near the fiducial, accepting a
 * neighbouring maximum when it is ≥ γ of the largest (γ_pre = 0.06, γ_post = 0.09 as Martínez)
 * and ≤ 40 ms from the previous one, instead of classifying Q/R/S/R' maxima; a maximum must
 * also exceed 3 × the median |slope| of the beat, so noise on a slow, low QRS (paced, bundle
 * branch block) does not chain into it; ξ_end is 0.05, not 0.125: Martínez's value ended the
 * QRS 4 ms before the LUDB cardiologists on average (development records, see
 * packages/ecg-cli/src/eval/ludb-delineation.test.ts). The median beat replaces single beats,
 * so no search-back over noisy beats is needed.
 */
import { SCALE_SIGMA_MS, smoothedDerivative } from './smoothed-derivative.js';
import { selectInPlace } from '../qrs/robust-stats.js';
import { argMaxAbs, nearestSignificantMaximum, walkToBoundary } from './slope-search.js';

/** Thresholds of {@link delineateQrs}: Martínez's except the noise floor and ξ_end. */
export const QRS_PARAMETERS = {
  /** Significant maxima before the largest slope, fraction of it. */
  gammaPre: 0.06,
  /** Significant maxima after the largest slope, fraction of it. */
  gammaPost: 0.09,
  /** Significant maxima must also exceed this many times the median |slope| of the beat. */
  noiseFactor: 3,
  /** Onset threshold, fraction of the first maximum. */
  xiOnset: 0.05,
  /** End threshold, fraction of the last maximum. */
  xiEnd: 0.05,
  /** Largest gap between consecutive maxima of one QRS, ms. */
  maxGapMs: 40,
  /** The largest slope is sought this close to the fiducial, ms. */
  anchorMs: 70,
  /** The QRS may not start earlier / end later than this from the fiducial, ms. */
  maxExtentMs: 200,
  /** Below this slope, µV/ms, the lead shows no QRS. */
  minSlopeUvPerMs: 1,
};

/** A lead's QRS-scale derivative and the median of its modulus, kept between two searches. */
export interface QrsSlope {
  w?: Float32Array;
  medianAbs?: number;
}

/** QRS landmarks of one lead, fractional sample indices of the median beat. */
export interface QrsMarks {
  onset: number;
  end: number;
  /** Largest slope of the complex, µV/ms (a measure of how clearly it shows in this lead). */
  maxSlopeUvPerMs: number;
}

/**
 * Delineates the QRS complex of one lead of a median beat.
 * @param beat - median beat of one lead, µV, no `NaN`
 * @param sampleRateHz - rate of `beat`, Hz, ≥ 500 (see `upsample.ts`)
 * @param fiducialIndex - index of the fiducial point, inside the QRS
 * @param limits - indices the onset and end may not pass (default: ±200 ms from the fiducial)
 * @param slope - the lead's QRS-scale derivative and its noise floor from an earlier call on the
 *   same beat, reused (optional; filled when given empty)
 * @returns onset and end, or null when the lead is flat around the fiducial
 * @example
 * const qrs = delineateQrs(medianII, 500, 250); // { onset: 230.4, end: 276.1, ... }
 */
export function delineateQrs(
  beat: Float32Array,
  sampleRateHz: number,
  fiducialIndex: number,
  limits?: { from: number; to: number },
  slope: QrsSlope = {},
): QrsMarks | null {
  const p = QRS_PARAMETERS;
  const perMs = sampleRateHz / 1000;
  const w = (slope.w ??= smoothedDerivative(beat, SCALE_SIGMA_MS.qrs * perMs));
  const anchor = argMaxAbs(
    w,
    fiducialIndex - p.anchorMs * perMs,
    fiducialIndex + p.anchorMs * perMs,
    0,
  );
  const modulus = Math.abs(w[anchor] ?? 0);
  if (anchor < 0 || modulus * perMs < p.minSlopeUvPerMs) {
    return null;
  }
  const gap = Math.round(p.maxGapMs * perMs);
  // Noise floor: a maximum must also stand above the lead's typical slope, so that noise on a
  // slow, low-amplitude QRS (paced or bundle-branch-block beats) does not chain into it.
  const floor = p.noiseFactor * (slope.medianAbs ??= medianAbs(w));
  const lowLimit = Math.max(0, Math.round(limits?.from ?? fiducialIndex - p.maxExtentMs * perMs));
  const highLimit = Math.min(
    w.length - 1,
    Math.round(limits?.to ?? fiducialIndex + p.maxExtentMs * perMs),
  );
  let first = anchor;
  for (;;) {
    const next = nearestSignificantMaximum(
      w,
      first,
      -1,
      Math.max(p.gammaPre * modulus, floor),
      gap,
    );
    if (next < lowLimit) {
      break;
    }
    first = next;
  }
  let last = anchor;
  for (;;) {
    const next = nearestSignificantMaximum(w, last, 1, Math.max(p.gammaPost * modulus, floor), gap);
    if (next < 0 || next > highLimit) {
      break;
    }
    last = next;
  }
  return {
    onset: walkToBoundary(w, first, -1, p.xiOnset, lowLimit),
    end: walkToBoundary(w, last, 1, p.xiEnd, highLimit),
    maxSlopeUvPerMs: modulus * perMs,
  };
}

/** Work array of {@link medianAbs}, grown on demand (it never holds a result). */
let absScratch = new Float32Array(0);

/** Median of |w| (the upper middle value), by selection rather than a full sort. */
function medianAbs(w: Float32Array): number {
  if (absScratch.length < w.length) {
    absScratch = new Float32Array(w.length);
  }
  const values = absScratch.subarray(0, w.length);
  for (let i = 0; i < w.length; i++) {
    values[i] = Math.abs(w[i] as number);
  }
  return values.length > 0 ? selectInPlace(values, values.length >> 1) : 0;
}
