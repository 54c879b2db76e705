/**
 * The few descriptive statistics the metric engine needs, on plain number arrays.
 */

/**
 * Arithmetic mean.
 * @returns the mean, or null for an empty list.
 * @example mean([60, 80, 95, 100, 120]) // 91
 */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) {
    return null;
  }
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/**
 * Quantile by linear interpolation between order statistics (Hyndman & Fan 1996 definition 7, the
 * default of R and NumPy): position `p·(n−1)` in the sorted list.
 * @param values the sample (any order; not modified).
 * @param p probability 0–1 (0.5 median, 0.9 ninetieth percentile).
 * @returns the quantile, or null for an empty list.
 * @example quantile([60, 80, 95, 100, 120], 0.9) // 112 (position 3.6: 100 + 0.6 × 20)
 */
export function quantile(values: readonly number[], p: number): number | null {
  if (values.length === 0) {
    return null;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const position = p * (sorted.length - 1);
  const below = Math.floor(position);
  const low = sorted[below] as number;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] as number;
  return low + (position - below) * (high - low);
}

/**
 * Ordinary least-squares slope of y on x.
 * @param points (x, y) pairs.
 * @returns dy/dx, or null with fewer than two distinct x.
 * @example leastSquaresSlope([[0, 10], [1, 12], [2, 14]]) // 2
 */
export function leastSquaresSlope(points: readonly (readonly [number, number])[]): number | null {
  const n = points.length;
  if (n < 2) {
    return null;
  }
  const meanX = points.reduce((s, [x]) => s + x, 0) / n;
  const meanY = points.reduce((s, [, y]) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const [x, y] of points) {
    sxy += (x - meanX) * (y - meanY);
    sxx += (x - meanX) ** 2;
  }
  return sxx === 0 ? null : sxy / sxx;
}
