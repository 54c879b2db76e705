/**
 * Pacemaker spike candidates in one lead (used by `pacing-spikes.ts`): a sample that stands out
 * of a locally quiet signal. Own design; see `pacing-spikes.ts` for what it can and cannot find.
 */
import { sortAscending } from '../stats/small-sort.js';

/**
 * Half-width of the running-median window, in samples: 2.5 ms, at least 2. A pulse up to this
 * many samples wide is a minority of the window and stands out of its median.
 * @param sampleRateHz - Hz
 * @returns samples
 * @example
 * spikeHalfWidth(500); // 2
 */
export function spikeHalfWidth(sampleRateHz: number): number {
  return Math.max(2, Math.round((2.5 * sampleRateHz) / 1000));
}

/**
 * Spike candidates of one lead: samples departing from the running median of ±
 * {@link spikeHalfWidth} samples by ≥ `minUv` and by ≥ 4 times the activity (max − min) of the
 * 3–6 ms flanks on either side, so that the narrow peak of a QRS, whose flanks move, is not one.
 * @param x - the lead, raw, µV
 * @param rate - its sample rate, Hz (≥ 500 to be meaningful)
 * @param minUv - smallest departure, µV
 * @returns `[sample index, departure from the local median (µV, signed)]` pairs, in order
 * @example
 * leadSpikeCandidates(lead.samplesUv, 500, 100); // [[1205, -612], ...]
 */
export function leadSpikeCandidates(
  x: Float32Array,
  rate: number,
  minUv: number,
): [number, number][] {
  const h = spikeHalfWidth(rate);
  const flank = Math.max(3, Math.round((6 * rate) / 1000));
  const out: [number, number][] = [];
  const window = new Float64Array(2 * h + 1);
  const first = h + flank;
  const end = x.length - h - flank;
  if (first >= end) {
    return out;
  }
  // The screen's three samples slide along (all inside the lead: i − 1 ≥ 0, i + 1 < n).
  let previous = x[first - 1] as number;
  let v = x[first] as number;
  for (let i = first; i < end; i++) {
    const next = x[i + 1] as number;
    // Cheap screen: a spike has a large second difference at its edge.
    if (!(Math.abs(2 * v - previous - next) >= minUv)) {
      previous = v;
      v = next;
      continue;
    }
    const residual = v - windowMedian(x, i, h, window);
    // The flanks only matter for a departure large enough (pure tests: the same candidates).
    if (
      Math.abs(residual) >= minUv &&
      Math.abs(residual) >=
        4 * Math.max(range(x, i - h - flank, i - h - 1), range(x, i + h + 1, i + h + flank), 10)
    ) {
      out.push([i, residual]);
    }
    previous = v;
    v = next;
  }
  return out;
}

/** Max − min of x[from..to], NaN-safe (NaN makes the range infinite: no spike next to gaps). */
function range(x: Float32Array, from: number, to: number): number {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = from; i <= to; i++) {
    const v = x[i] ?? Number.NaN;
    if (Number.isNaN(v)) {
      return Number.POSITIVE_INFINITY;
    }
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  return hi - lo;
}

/**
 * Median of x[i − h … i + h]: insertion sort in a reused array (the window is a few samples);
 * with a NaN inside, the plain sort of the window as before (NaN compares as neither smaller nor
 * larger, so the result is whatever that sort leaves in the middle).
 */
function windowMedian(x: Float32Array, i: number, h: number, window: Float64Array): number {
  let finite = true;
  for (let k = 0; k <= 2 * h; k++) {
    const v = x[i - h + k] ?? Number.NaN;
    window[k] = v;
    finite &&= v === v;
  }
  if (!finite) {
    const plain = Array.from(window).sort((a, b) => a - b);
    return plain[h] ?? x[i] ?? Number.NaN;
  }
  sortAscending(window, 2 * h + 1);
  return window[h] ?? Number.NaN;
}
