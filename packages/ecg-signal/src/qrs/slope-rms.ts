/**
 * The QRS feature's last steps (`qrs-feature.ts`, after Pan & Tompkins 1985): slope, squaring,
 * moving-window integration and its square root, as one running sum over a ring of squared
 * slopes. Away from the record's ends a loop of its own reads each band sample once and makes no
 * end test; every output comes from the same operations in the same order either way.
 */

/**
 * Centred moving RMS of the five-point central-difference slope, µV/s; copies the band, rounded
 * to float32, into `bandRounded` on the way.
 * @param band - the band-passed lead, µV
 * @param sampleRateHz - its rate, Hz
 * @param windowMs - the moving window, ms
 * @param bandRounded - receives the band as float32, same length
 * @param out - receives the feature (default a new array), same length
 * @returns the feature, µV/s, same length (`out`)
 * @example const feature = movingRmsSlope(band, 166.7, 100, new Float32Array(band.length));
 */
export function movingRmsSlope(
  band: Float64Array,
  sampleRateHz: number,
  windowMs: number,
  bandRounded: Float32Array,
  out: Float32Array = new Float32Array(band.length),
): Float32Array {
  const n = band.length;
  const w = Math.max(1, Math.round((windowMs / 1000) * sampleRateHz));
  const before = w >> 1;
  // Squared slope at sample j (0 at the ends, where the central difference is undefined),
  // computed where needed instead of stored: for a Holter record that saves megabytes.
  const scale = sampleRateHz / 12;
  const squared = (j: number): number => {
    if (j < 2 || j >= n - 2) {
      return 0;
    }
    const d =
      (8 * ((band[j + 1] as number) - (band[j - 1] as number)) -
        ((band[j + 2] as number) - (band[j - 2] as number))) *
      scale;
    return d * d;
  };
  // Running sum over [i − before, i − before + w): add the entering sample, drop the leaving one.
  // Each squared slope is computed once and kept in a ring of w values until it leaves.
  const ring = new Float64Array(w);
  let sum = 0;
  for (let j = 0; j < Math.min(n, w - before); j++) {
    const q = squared(j);
    ring[j] = q;
    sum += q;
  }
  // Slot of sample i − before + w, which is also that of sample i − before (w apart).
  let slot = (w - before) % w;
  // Samples whose window lies inside the record and whose entering slope is defined: the loop
  // for them (below) has no branch and reads each band sample once.
  const innerFrom = Math.max(before, 2 + before - w);
  const innerTo = n - 2 - w + before;
  for (let i = 0; i < n; i++) {
    if (i === innerFrom && innerFrom < innerTo) {
      let j = i - before + w;
      let m2 = band[j - 2] as number;
      let m1 = band[j - 1] as number;
      let c0 = band[j] as number;
      let p1 = band[j + 1] as number;
      for (; i < innerTo; i++, j++) {
        const p2 = band[j + 2] as number;
        bandRounded[i] = band[i] as number;
        out[i] = Math.sqrt(Math.max(0, sum) / w);
        const leaving = ring[slot] as number;
        const d = (8 * (p1 - m1) - (p2 - m2)) * scale;
        const q = d * d;
        ring[slot] = q;
        sum += q;
        sum -= leaving;
        slot = slot + 1 === w ? 0 : slot + 1;
        m2 = m1;
        m1 = c0;
        c0 = p1;
        p1 = p2;
      }
      if (i >= n) {
        break;
      }
    }
    bandRounded[i] = band[i] as number;
    const from = i - before > 0 ? i - before : 0;
    const to = i - before + w < n ? i - before + w : n;
    out[i] = Math.sqrt(Math.max(0, sum) / (to - from));
    const leaving = ring[slot] as number; // read before the entering sample takes the slot
    if (i - before + w < n) {
      const q = squared(i - before + w);
      ring[slot] = q;
      sum += q;
    }
    if (i - before >= 0) {
      sum -= leaving;
    }
    slot = slot + 1 === w ? 0 : slot + 1;
  }
  return out;
}
