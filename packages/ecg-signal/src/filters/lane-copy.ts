/**
 * Copies between four separate signals and the interleaved lanes of `biquad-lanes.ts` (sample i
 * of lane k at 4·i + k): in with the odd-reflected padding of `filterZeroPhase`, and out. Each
 * array type has its own loop, so that every loop sees one type only.
 */

/** Four signals of one length (a missing one is given as the first again). */
type Four = readonly [ArrayLike<number>, ArrayLike<number>, ArrayLike<number>, ArrayLike<number>];

/**
 * Writes four inputs, each with `pad` odd-reflected samples before and after it, into the lanes.
 * @param inputs - four signals of one length n
 * @param pad - reflected samples at each end, ≤ n − 1
 * @param lanes - at least 4 · (n + 2·pad) values
 * @example padLanesInto([a, b, c, d], 38, lanes);
 */
export function padLanesInto(inputs: Four, pad: number, lanes: Float64Array): void {
  const [a, b, c, d] = inputs;
  if (
    a instanceof Float32Array &&
    b instanceof Float32Array &&
    c instanceof Float32Array &&
    d instanceof Float32Array
  ) {
    pad32(a, b, c, d, pad, lanes);
  } else if (
    a instanceof Float64Array &&
    b instanceof Float64Array &&
    c instanceof Float64Array &&
    d instanceof Float64Array
  ) {
    pad64(a, b, c, d, pad, lanes);
  } else {
    const n = a.length;
    for (let k = 0; k < 4; k++) {
      const x = inputs[k] as ArrayLike<number>;
      for (let i = -pad; i < n + pad; i++) {
        const j = i < 0 ? -i : i < n ? i : 2 * (n - 1) - i;
        const v = x[j] ?? 0;
        lanes[4 * (pad + i) + k] =
          i < 0 ? 2 * (x[0] ?? 0) - v : i < n ? v : 2 * (x[n - 1] ?? 0) - v;
      }
    }
  }
}

/** {@link padLanesInto} for float32 signals. */
function pad32(
  a: Float32Array,
  b: Float32Array,
  c: Float32Array,
  d: Float32Array,
  pad: number,
  lanes: Float64Array,
): void {
  const n = a.length;
  const [a0, b0, c0, d0] = [a[0] ?? 0, b[0] ?? 0, c[0] ?? 0, d[0] ?? 0];
  const [a1, b1, c1, d1] = [a[n - 1] ?? 0, b[n - 1] ?? 0, c[n - 1] ?? 0, d[n - 1] ?? 0];
  // Before: sample −i − 1 (i < pad) at 4·(pad − 1 − i); after: sample n + i at 4·(pad + n + i).
  for (let i = 0, j = 4 * (pad - 1), m = 4 * (pad + n); i < pad; i++, j -= 4, m += 4) {
    lanes[j] = 2 * a0 - (a[i + 1] as number);
    lanes[j + 1] = 2 * b0 - (b[i + 1] as number);
    lanes[j + 2] = 2 * c0 - (c[i + 1] as number);
    lanes[j + 3] = 2 * d0 - (d[i + 1] as number);
    lanes[m] = 2 * a1 - (a[n - 2 - i] as number);
    lanes[m + 1] = 2 * b1 - (b[n - 2 - i] as number);
    lanes[m + 2] = 2 * c1 - (c[n - 2 - i] as number);
    lanes[m + 3] = 2 * d1 - (d[n - 2 - i] as number);
  }
  for (let i = 0, j = 4 * pad; i < n; i++, j += 4) {
    lanes[j] = a[i] as number;
    lanes[j + 1] = b[i] as number;
    lanes[j + 2] = c[i] as number;
    lanes[j + 3] = d[i] as number;
  }
}

/** {@link padLanesInto} for float64 signals. */
function pad64(
  a: Float64Array,
  b: Float64Array,
  c: Float64Array,
  d: Float64Array,
  pad: number,
  lanes: Float64Array,
): void {
  const n = a.length;
  const [a0, b0, c0, d0] = [a[0] ?? 0, b[0] ?? 0, c[0] ?? 0, d[0] ?? 0];
  const [a1, b1, c1, d1] = [a[n - 1] ?? 0, b[n - 1] ?? 0, c[n - 1] ?? 0, d[n - 1] ?? 0];
  for (let i = 0, j = 4 * (pad - 1), m = 4 * (pad + n); i < pad; i++, j -= 4, m += 4) {
    lanes[j] = 2 * a0 - (a[i + 1] as number);
    lanes[j + 1] = 2 * b0 - (b[i + 1] as number);
    lanes[j + 2] = 2 * c0 - (c[i + 1] as number);
    lanes[j + 3] = 2 * d0 - (d[i + 1] as number);
    lanes[m] = 2 * a1 - (a[n - 2 - i] as number);
    lanes[m + 1] = 2 * b1 - (b[n - 2 - i] as number);
    lanes[m + 2] = 2 * c1 - (c[n - 2 - i] as number);
    lanes[m + 3] = 2 * d1 - (d[n - 2 - i] as number);
  }
  for (let i = 0, j = 4 * pad; i < n; i++, j += 4) {
    lanes[j] = a[i] as number;
    lanes[j + 1] = b[i] as number;
    lanes[j + 2] = c[i] as number;
    lanes[j + 3] = d[i] as number;
  }
}

/**
 * Copies n samples of lane k, from sample `from` on, into `out` (float32 rounds them).
 * @param lanes - four lanes interleaved
 * @param k - the lane, 0–3
 * @param from - first sample copied
 * @param n - samples copied, ≤ out.length
 * @param out - the destination
 * @example laneInto(lanes, 0, pad, n, outputs[0]);
 */
export function laneInto(
  lanes: Float64Array,
  k: number,
  from: number,
  n: number,
  out: Float32Array | Float64Array,
): void {
  if (out instanceof Float32Array) {
    lane32(lanes, 4 * from + k, n, out);
  } else {
    lane64(lanes, 4 * from + k, n, out);
  }
}

/** out[i] = lanes[offset + 4i] for i < n. */
function lane32(lanes: Float64Array, offset: number, n: number, out: Float32Array): void {
  for (let i = 0, j = offset; i < n; i++, j += 4) {
    out[i] = lanes[j] as number;
  }
}

/** out[i] = lanes[offset + 4i] for i < n. */
function lane64(lanes: Float64Array, offset: number, n: number, out: Float64Array): void {
  for (let i = 0, j = offset; i < n; i++, j += 4) {
    out[i] = lanes[j] as number;
  }
}
