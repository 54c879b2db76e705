/**
 * Irregularity of an RR-interval series, the ventricular signature of atrial fibrillation:
 * - COSEn, the coefficient of sample entropy of Lake & Moorman 2011 ("Accurate estimation of
 *   entropy in very short physiological time series: the problem of atrial fibrillation
 *   detection in implanted ventricular devices", Am J Physiol Heart Circ Physiol 300:H319–H325):
 *   SampEn(m = 1, r) + ln(2r) − ln(mean RR), designed for series of as few as 12 beats; r starts
 *   at 30 ms and grows by 10 ms until at least 5 matches of length 2 exist, as they describe.
 * - the normalised root mean square of successive differences (RMSSD / mean RR) and the
 *   turning-point ratio, two of the three statistics of Dash, Chon, Lu & Raeder 2009
 *   ("Automatic real time detection of atrial fibrillation", Ann Biomed Eng 37(9):1701–1709).
 * Departure: Dash et al. remove outlying intervals from each 128-beat window; here the caller
 * drops the intervals touching ventricular beats instead, and short records are used whole.
 */

/** Irregularity statistics of one RR series. */
export interface RrIrregularity {
  /** Intervals used. */
  count: number;
  /** Mean RR, ms. */
  meanRrMs: number;
  /** RMSSD / mean RR (dimensionless, ≥ 0). */
  normalizedRmssd: number;
  /** Turning points / (count − 2), 0–1; about 2/3 for a random series. */
  turningPointRatio: number;
  /** Coefficient of sample entropy; `NaN` when no tolerance up to 200 ms yields 5 matches. */
  cosEn: number;
}

/**
 * Irregularity statistics of an RR series.
 * @param rrMs - RR intervals, ms, in time order (at least 3 for every statistic)
 * @returns the statistics (`NaN` where the series is too short)
 * @example
 * rrIrregularity([800, 810, 790, 805, 800]).normalizedRmssd; // about 0.017: regular
 */
export function rrIrregularity(rrMs: readonly number[]): RrIrregularity {
  const n = rrMs.length;
  const meanRrMs = n > 0 ? rrMs.reduce((a, b) => a + b, 0) / n : Number.NaN;
  let turning = 0;
  for (let i = 1; i < n - 1; i++) {
    const a = rrMs[i - 1] ?? 0;
    const b = rrMs[i] ?? 0;
    const c = rrMs[i + 1] ?? 0;
    if ((b > a && b > c) || (b < a && b < c)) {
      turning++;
    }
  }
  return {
    count: n,
    meanRrMs,
    normalizedRmssd: normalizedRmssd(rrMs),
    turningPointRatio: n > 2 ? turning / (n - 2) : Number.NaN,
    cosEn: coefficientOfSampleEntropy(rrMs, meanRrMs),
  };
}

function coefficientOfSampleEntropy(rrMs: readonly number[], meanRrMs: number): number {
  const n = rrMs.length;
  for (let r = 30; r <= 200; r += 10) {
    let pairs1 = 0;
    let pairs2 = 0;
    // Templates of length 1 and 2 over the same n − 1 starting points (Richman & Moorman 2000).
    for (let i = 0; i < n - 1; i++) {
      for (let j = i + 1; j < n - 1; j++) {
        if (Math.abs((rrMs[i] ?? 0) - (rrMs[j] ?? 0)) <= r) {
          pairs1++;
          if (Math.abs((rrMs[i + 1] ?? 0) - (rrMs[j + 1] ?? 0)) <= r) {
            pairs2++;
          }
        }
      }
    }
    if (pairs2 >= 5) {
      return -Math.log(pairs2 / pairs1) + Math.log(2 * r) - Math.log(meanRrMs);
    }
  }
  return Number.NaN;
}

/**
 * RMSSD / mean RR of a series (Dash et al. 2009), without the other statistics.
 * @param rrMs - RR intervals, ms
 * @returns dimensionless (≥ 0); `NaN` with fewer than 2 intervals
 * @example
 * normalizedRmssd([800, 900, 800]); // 0.1176
 */
export function normalizedRmssd(rrMs: readonly number[]): number {
  const n = rrMs.length;
  if (n < 2) {
    return Number.NaN;
  }
  let squares = 0;
  let sum = rrMs[0] ?? 0;
  for (let i = 1; i < n; i++) {
    squares += ((rrMs[i] ?? 0) - (rrMs[i - 1] ?? 0)) ** 2;
    sum += rrMs[i] ?? 0;
  }
  return Math.sqrt(squares / (n - 1)) / (sum / n);
}
