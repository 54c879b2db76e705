/**
 * Search primitives on a smoothed derivative, shared by the QRS, P and T delineators: the
 * modulus maxima of Martínez et al. 2004 (IEEE Trans. Biomed. Eng. 51(4):570–581, §II-B) and
 * their boundary rule, "the wave starts (ends) where the modulus falls below a fraction ξ of the
 * first (last) significant maximum, or at a local minimum of the modulus, whichever comes
 * first". Departure: the crossing of the threshold is interpolated linearly between samples, so
 * boundaries are fractional sample positions.
 */

/**
 * Index of the largest |w| in [from, to] (clipped to the array), optionally of one sign only.
 * @param w - smoothed derivative
 * @param from - first index searched
 * @param to - last index searched (inclusive)
 * @param sign - +1 for positive values only, −1 for negative only, 0 for either
 * @returns the index, or −1 when the range is empty or holds no value of that sign
 * @example
 * const anchor = argMaxAbs(w, fid - 35, fid + 35, 0);
 */
export function argMaxAbs(w: Float32Array, from: number, to: number, sign: -1 | 0 | 1): number {
  let best = -1;
  let bestValue = 0;
  for (let i = Math.max(0, Math.ceil(from)); i <= Math.min(w.length - 1, Math.floor(to)); i++) {
    const v = w[i] ?? 0;
    if ((sign === 0 || Math.sign(v) === sign) && Math.abs(v) > bestValue) {
      best = i;
      bestValue = Math.abs(v);
    }
  }
  return best;
}

/**
 * The nearest local maximum of |w| from `start` in direction `step` whose modulus is at least
 * `minModulus`, within `maxDistance` samples.
 * @param w - smoothed derivative
 * @param start - index to search from (excluded)
 * @param step - −1 to search backwards, +1 forwards
 * @param minModulus - smallest |w| that counts as significant
 * @param maxDistance - search span, samples
 * @returns the index, or −1 when there is none
 * @example
 * const before = nearestSignificantMaximum(w, anchor, -1, 0.06 * modulus, 20);
 */
export function nearestSignificantMaximum(
  w: Float32Array,
  start: number,
  step: -1 | 1,
  minModulus: number,
  maxDistance: number,
): number {
  for (let d = 1; d <= maxDistance; d++) {
    const i = start + step * d;
    if (i < 1 || i > w.length - 2) {
      return -1;
    }
    const m = Math.abs(w[i] ?? 0);
    if (m >= minModulus && m >= Math.abs(w[i - 1] ?? 0) && m >= Math.abs(w[i + 1] ?? 0)) {
      return i;
    }
  }
  return -1;
}

/**
 * Walks from a significant maximum away from its wave until |w| falls below `fraction` of its
 * modulus or reaches a local minimum; the Martínez boundary rule.
 * @param w - smoothed derivative
 * @param from - index of the significant maximum
 * @param step - −1 for an onset (walk backwards), +1 for an end
 * @param fraction - ξ, 0–1
 * @param limit - index the walk may not pass
 * @returns the boundary, a fractional index
 * @example
 * const onset = walkToBoundary(w, firstMaximum, -1, 0.05, fid - 100);
 */
export function walkToBoundary(
  w: Float32Array,
  from: number,
  step: -1 | 1,
  fraction: number,
  limit: number,
): number {
  const threshold = fraction * Math.abs(w[from] ?? 0);
  let previous = Math.abs(w[from] ?? 0);
  for (let i = from + step; step < 0 ? i >= limit : i <= limit; i += step) {
    const m = Math.abs(w[i] ?? 0);
    if (m <= threshold) {
      // Linear interpolation of the crossing between i − step and i.
      const t = previous > m ? (previous - threshold) / (previous - m) : 1;
      return i - step + step * t;
    }
    if (m > previous) {
      return i - step;
    }
    previous = m;
  }
  return limit;
}
