/**
 * The P wave of a median beat: its peak is the interior local maximum, between
 * {@link SEARCH_FROM_MS} and {@link SEARCH_TO_MS} before the QRS onset and after the previous T
 * wave, of the local prominence (value minus the mean of the values {@link BUMP_MS} either side,
 * all leads pooled), which a sloping T-wave tail does not have; it must reach {@link MIN_P_UV}.
 * The onset is the knee before the peak (`kneeBefore`). The search window follows the usual P
 * delineation of median beats (Martínez et al. 2004, IEEE TBME 51(4):570–581, search before the
 * QRS onset); departure: a prominence measure instead of wavelet modulus maxima.
 */
import { kneeBefore } from './median-segments.js';

/** Smallest spatial P amplitude accepted for a template, µV. */
export const MIN_P_UV = 30;
/** P peak search: from this long before the QRS onset ... */
export const SEARCH_FROM_MS = 350;
/** ... to this long before it, ms. */
export const SEARCH_TO_MS = 60;
/** Half-distance of the flanking samples of the prominence measure, ms. */
export const BUMP_MS = 40;
/** P onset: the knee of the last this-many ms before the P peak. */
const KNEE_SPAN_MS = 160;

/**
 * Finds the P peak and onset in a median beat.
 * @param median - median beat per lead, µV (fiducial somewhere after `qrsOnset`)
 * @param qrsOnset - index of the QRS onset in `median`
 * @param earliest - first index after the previous T wave
 * @param rateHz - rate of `median`, Hz
 * @returns the peak index and the onset-to-peak time (ms), or null when no P wave stands out
 * @example
 * findPeak(median, 120, 40, 166.7); // { index: 95, onsetToPeakMs: 48 }
 */
export function findPeak(
  median: Float32Array[],
  qrsOnset: number,
  earliest: number,
  rateHz: number,
): { index: number; onsetToPeakMs: number } | null {
  const ms = (v: number): number => Math.round((v * rateHz) / 1000);
  // Local prominence: deviation from the mean of the samples ±BUMP_MS away, insensitive to the
  // slope of a preceding T wave.
  const h = ms(BUMP_MS);
  const bump = (i: number): number =>
    Math.sqrt(
      median.reduce(
        (s, lead) => s + ((lead[i] ?? 0) - ((lead[i - h] ?? 0) + (lead[i + h] ?? 0)) / 2) ** 2,
        0,
      ),
    );
  const first = Math.max(h, qrsOnset - ms(SEARCH_FROM_MS), earliest) + 1;
  const last = qrsOnset - ms(SEARCH_TO_MS);
  // Each value once: values[k] is bump(first − 1 + k), up to bump(last).
  const values = new Float64Array(Math.max(0, last - first + 2));
  for (let k = 0; k < values.length; k++) {
    values[k] = bump(first - 1 + k);
  }
  let index = -1;
  let peak = 0;
  for (let k = 1; k < values.length - 1; k++) {
    // Interior local maxima only: a maximum at the window edge is the T wave or the QRS.
    const v = values[k] ?? 0;
    const local = v >= (values[k - 1] ?? 0) && v >= (values[k + 1] ?? 0);
    if (local && (index < 0 || v > peak)) {
      index = first - 1 + k;
      peak = v;
    }
  }
  if (index < 0 || peak < MIN_P_UV) {
    return null;
  }
  // The knee search stays after the previous T wave.
  const span = Math.max(ms(40), Math.min(ms(KNEE_SPAN_MS), index - earliest));
  return { index, onsetToPeakMs: ((index - kneeBefore(median, index, span)) * 1000) / rateHz };
}
