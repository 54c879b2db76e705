/**
 * RR-interval features of each beat, as in de Chazal, O'Dwyer & Reilly 2004 ("Automatic
 * classification of heartbeats using ECG morphology and heartbeat interval features", IEEE TBME
 * 51(7):1196–1206): pre-RR, post-RR and a local average RR. Departures: de Chazal's local average
 * is the mean RR of the ±10 s around the beat; here it is the interquartile mean of the
 * {@link LOCAL_INTERVALS} intervals on each side, which a burst of premature beats or a missed
 * detection moves less, and which in bigeminy lies between the short and the long interval
 * (where the sinus interval is when the pause is compensatory). Prematurity is reported as the
 * ratio of pre-RR to that local RR, the feature the text of the issue asks for.
 */

/** Intervals taken on each side of a beat for its local RR. */
const LOCAL_INTERVALS = 10;

/** Per-beat RR features; `NaN` where an interval does not exist (first or last beat). */
export interface RrFeatures {
  /** Interval from the previous beat, ms. */
  preRrMs: Float64Array;
  /** Interval to the next beat, ms. */
  postRrMs: Float64Array;
  /** Interquartile mean of the surrounding intervals, ms. */
  localRrMs: Float64Array;
}

/**
 * RR features of every beat.
 * @param fiducials - beat fiducials, samples, ascending
 * @param sampleRateHz - Hz (> 0)
 * @returns pre-RR, post-RR and local RR per beat, ms
 * @example
 * const { preRrMs, localRrMs } = rrFeatures(Int32Array.of(0, 360, 720, 900, 1440), 360);
 * preRrMs[3] / localRrMs[3]; // < 1: the fourth beat is premature
 */
export function rrFeatures(fiducials: Int32Array, sampleRateHz: number): RrFeatures {
  const n = fiducials.length;
  const rr = new Float64Array(Math.max(0, n - 1));
  for (let i = 1; i < n; i++) {
    rr[i - 1] = (((fiducials[i] ?? 0) - (fiducials[i - 1] ?? 0)) * 1000) / sampleRateHz;
  }
  const preRrMs = new Float64Array(n).fill(Number.NaN);
  const postRrMs = new Float64Array(n).fill(Number.NaN);
  const localRrMs = new Float64Array(n).fill(Number.NaN);
  for (let b = 0; b < n; b++) {
    preRrMs[b] = b > 0 ? (rr[b - 1] ?? Number.NaN) : Number.NaN;
    postRrMs[b] = b < n - 1 ? (rr[b] ?? Number.NaN) : Number.NaN;
    // Intervals b−1 (pre) and b (post) and LOCAL_INTERVALS more on each side.
    const from = Math.max(0, b - 1 - LOCAL_INTERVALS);
    const to = Math.min(rr.length, b + 1 + LOCAL_INTERVALS);
    localRrMs[b] = interquartileMean(rr.subarray(from, to));
  }
  return { preRrMs, postRrMs, localRrMs };
}

/**
 * Mean of the values between the first and third quartile (inclusive), `NaN` when empty.
 * @param values - any finite numbers
 * @returns the interquartile mean
 * @example
 * interquartileMean([1, 2, 3, 100]); // 2.5
 */
export function interquartileMean(values: ArrayLike<number>): number {
  // A typed-array copy sorts numerically in native code (the values are finite).
  const sorted = Float64Array.from(values).sort();
  if (sorted.length === 0) {
    return Number.NaN;
  }
  const lo = Math.floor(sorted.length / 4);
  const hi = Math.max(lo + 1, Math.ceil((3 * sorted.length) / 4));
  let sum = 0;
  for (let i = lo; i < hi; i++) {
    sum += sorted[i] ?? 0;
  }
  return sum / (hi - lo);
}
