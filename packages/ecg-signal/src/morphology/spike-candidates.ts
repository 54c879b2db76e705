/**
 * Pacemaker spike candidates in one lead (used by `pacing-spikes.ts`): a sample that stands out
 * of a locally quiet signal. Own design; see `pacing-spikes.ts` for what it can and cannot find.
 */

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
  const window: number[] = [];
  for (let i = h + flank; i < x.length - h - flank; i++) {
    const v = x[i] ?? Number.NaN;
    // Cheap screen: a spike has a large second difference at its edge.
    if (!(Math.abs(2 * v - (x[i - 1] ?? v) - (x[i + 1] ?? v)) >= minUv)) {
      continue;
    }
    window.length = 0;
    for (let k = i - h; k <= i + h; k++) {
      window.push(x[k] ?? Number.NaN);
    }
    window.sort((a, b) => a - b);
    const residual = v - (window[h] ?? v);
    const activity = Math.max(
      range(x, i - h - flank, i - h - 1),
      range(x, i + h + 1, i + h + flank),
      10,
    );
    if (Math.abs(residual) >= minUv && Math.abs(residual) >= 4 * activity) {
      out.push([i, residual]);
    }
  }
  return out;
}

/** Max − min of x[from..to], NaN-safe (NaN makes the range infinite: no spike next to gaps). */
function range(x: Float32Array, from: number, to: number): number {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = from; i <= to; i++) {
    const v = x[i] ?? Number.NaN;
    if (Number.isNaN(v)) {
      return Infinity;
    }
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  return hi - lo;
}
