/**
 * The slow part of a lead (`slow-baseline.ts`), computed on block means, brought back to the
 * lead's own samples by cubic convolution (Keys, "Cubic convolution interpolation for digital
 * image processing", IEEE Trans. Acoust. Speech Signal Process. 29(6):1153–1160, 1981, a = −½):
 * subtracted from the lead, or only the extremes of the difference taken. The interpolation
 * weights depend only on the sample's place in its block, so they are computed once per place
 * and the lead is walked one place (every factor-th sample) at a time.
 */

/** The slow part of one lead at the low rate, and how to bring it back to the lead's samples. */
export interface SlowPart {
  /** The low-passed block means (or, when `factor` is 1, the low-passed lead itself), µV. */
  low: Float64Array;
  /** The block means before low-passing (absent when `factor` is 1), for another corner. */
  means?: Float64Array;
  /** Samples per block (1: no decimation). */
  factor: number;
  /** Blocks of padding before the lead's first sample. */
  padBlocks: number;
}

/**
 * out[i] = x[i] − slow part at i, rounded to float32; the interpolation weights depend only on
 * i mod factor, so they are computed once per phase.
 * @param x - the lead, µV
 * @param part - its slow part
 * @param out - result, same length as x (may be x itself)
 * @example subtractSlow(lead, part, out);
 */
export function subtractSlow(x: Float32Array, part: SlowPart, out: Float32Array): void {
  const { low, factor, padBlocks } = part;
  const n = x.length;
  if (factor === 1) {
    for (let i = 0; i < n; i++) {
      out[i] = (x[i] as number) - (low[i] ?? 0);
    }
    return;
  }
  const m = low.length;
  for (let r = 0; r < factor; r++) {
    const { shift, w0, w1, w2, w3 } = phaseWeights(r, factor);
    let k = padBlocks + shift;
    let p0 = low[k - 1] ?? 0;
    let p1 = low[k] ?? 0;
    let p2 = low[k + 1] ?? 0;
    let i = r;
    // Two samples a step while their last neighbour, block k + 3, is inside `low` (always but
    // at the very end: slowParts pads by two blocks or more).
    for (; i + factor < n && k + 3 < m; i += 2 * factor, k += 2) {
      const p3 = low[k + 2] as number;
      const p4 = low[k + 3] as number;
      out[i] = (x[i] as number) - (w0 * p0 + w1 * p1 + w2 * p2 + w3 * p3);
      out[i + factor] = (x[i + factor] as number) - (w0 * p1 + w1 * p2 + w2 * p3 + w3 * p4);
      p0 = p2;
      p1 = p3;
      p2 = p4;
    }
    for (; i < n; i += factor, k++) {
      const p3 = low[Math.min(m - 1, k + 2)] ?? 0;
      out[i] = (x[i] as number) - (w0 * p0 + w1 * p1 + w2 * p2 + w3 * p3);
      p0 = p1;
      p1 = p2;
      p2 = p3;
    }
  }
}

/**
 * Smallest and largest value over [start, end) of what {@link subtractSlow} writes — x[i] − slow
 * part at i, rounded to float32 — without writing it.
 * @param x - the lead, µV
 * @param part - its slow part
 * @param start - first sample, ≥ 0
 * @param end - end sample (exclusive), ≤ x.length, > start
 * @param out - receives the smallest (0) and largest (1) value
 * @example rangeMinusSlow(lead, part, 0, 2500, range);
 */
export function rangeMinusSlow(
  x: Float32Array,
  part: SlowPart,
  start: number,
  end: number,
  out: Float64Array,
): void {
  const { low, factor, padBlocks } = part;
  const m = low.length;
  let smallest = Number.POSITIVE_INFINITY;
  let largest = Number.NEGATIVE_INFINITY;
  if (factor === 1) {
    for (let i = start; i < end; i++) {
      const v = Math.fround((x[i] as number) - (low[i] ?? 0));
      smallest = v < smallest ? v : smallest;
      largest = v > largest ? v : largest;
    }
    out[0] = smallest;
    out[1] = largest;
    return;
  }
  for (let r = 0; r < factor; r++) {
    const { shift, w0, w1, w2, w3 } = phaseWeights(r, factor);
    let i = start + ((((r - start) % factor) + factor) % factor);
    // (An integer division: a fractional-typed index would make every read below slow.)
    let k = padBlocks + shift + (((i - r) / factor) | 0);
    let p0 = low[k - 1] ?? 0;
    let p1 = low[k] ?? 0;
    let p2 = low[k + 1] ?? 0;
    // While block k + 2 is inside `low` (all but the very end), without the clamp.
    const inside = Math.min(end, (m - 3 - padBlocks - shift) * factor + r + 1);
    for (; i < inside; i += factor, k++) {
      const p3 = low[k + 2] as number;
      const v = Math.fround((x[i] as number) - (w0 * p0 + w1 * p1 + w2 * p2 + w3 * p3));
      smallest = v < smallest ? v : smallest;
      largest = v > largest ? v : largest;
      p0 = p1;
      p1 = p2;
      p2 = p3;
    }
    for (; i < end; i += factor, k++) {
      const p3 = low[Math.min(m - 1, k + 2)] ?? 0;
      const v = Math.fround((x[i] as number) - (w0 * p0 + w1 * p1 + w2 * p2 + w3 * p3));
      smallest = v < smallest ? v : smallest;
      largest = v > largest ? v : largest;
      p0 = p1;
      p1 = p2;
      p2 = p3;
    }
  }
  out[0] = smallest;
  out[1] = largest;
}

/** Where the samples of one phase fall between blocks, and their four interpolation weights. */
export interface PhaseWeights {
  /** Block offset of the phase's first neighbour: −1 before the block centre, else 0. */
  shift: number;
  w0: number;
  w1: number;
  w2: number;
  w3: number;
}

/**
 * The weights shared by {@link subtractSlow} and {@link rangeMinusSlow} for the samples of phase
 * r (cubic convolution, Keys 1981): sample q·factor + r lies at block q + padBlocks + (r − centre) / factor, centre =
 * (factor − 1) / 2, and is interpolated from blocks k − 1 … k + 2 with these weights.
 */
export function phaseWeights(r: number, factor: number): PhaseWeights {
  const offset = (r - (factor - 1) / 2) / factor;
  const shift = offset < 0 ? -1 : 0;
  const f = offset - shift;
  return {
    shift,
    w0: 0.5 * (-f + 2 * f * f - f * f * f),
    w1: 1 + 0.5 * (-5 * f * f + 3 * f * f * f),
    w2: 0.5 * (f + 4 * f * f - 3 * f * f * f),
    w3: 0.5 * (-f * f + f * f * f),
  };
}
