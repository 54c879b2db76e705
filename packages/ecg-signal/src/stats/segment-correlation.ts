/**
 * Pearson correlation of two windows of one signal, x[a, a + length) and x[b, b + length), in a
 * single pass. Samples outside the array count as 0; a flat window gives 0 rather than NaN.
 * Shared by the QRS detector's inserted-beat pruning and the beat-similarity quality check.
 * @param x the signal (any unit; correlation is unit-free).
 * @param a start of the first window (may be negative or run past the end).
 * @param b start of the second window.
 * @param length window length in samples, ≥ 1.
 * @returns r in [−1, 1], or 0 when either window is flat.
 * @example segmentCorrelation(Float32Array.of(1, 2, 3, 1, 2, 3), 0, 3, 3) // 1
 */
export function segmentCorrelation(
  x: Float32Array | Float64Array,
  a: number,
  b: number,
  length: number,
): number {
  let sa = 0;
  let sb = 0;
  let saa = 0;
  let sbb = 0;
  let sab = 0;
  const n = x.length;
  for (let i = 0; i < length; i++) {
    // Outside the array counts as 0. The loads are guarded: one that has ever gone out of
    // bounds makes V8 compile a slow, allocating load.
    const ia = a + i;
    const ib = b + i;
    const u = ia >= 0 && ia < n ? (x[ia] ?? 0) : 0;
    const v = ib >= 0 && ib < n ? (x[ib] ?? 0) : 0;
    sa += u;
    sb += v;
    saa += u * u;
    sbb += v * v;
    sab += u * v;
  }
  const den = Math.sqrt(
    Math.max(0, saa - (sa * sa) / length) * Math.max(0, sbb - (sb * sb) / length),
  );
  return den > 0 ? (sab - (sa * sb) / length) / den : 0;
}
