/**
 * Undoing the difference encoding of sections 5 and 6 (EN 1064:2005 §5.6–5.7, "difference data
 * used": 0 none, 1 first differences, 2 second differences). With first differences
 * d[i] = x[i] − x[i−1] and x[0] stored as is; with second differences
 * d[i] = x[i] − 2x[i−1] + x[i−2] and x[0], x[1] stored as is.
 */

/**
 * Reconstructs samples from differences, in place.
 * @param values - the decoded stream; replaced by the samples
 * @param order - 0, 1 or 2
 * @returns `values`
 * @example undoDifferences(Float64Array.of(5, 1, 0, -2), 2) // [5, 1, -3, -9]
 */
export function undoDifferences(values: Float64Array, order: 0 | 1 | 2): Float64Array {
  if (order === 1) {
    for (let i = 1; i < values.length; i++) {
      values[i] = (values[i] ?? 0) + (values[i - 1] ?? 0);
    }
  } else if (order === 2) {
    for (let i = 2; i < values.length; i++) {
      values[i] = (values[i] ?? 0) + 2 * (values[i - 1] ?? 0) - (values[i - 2] ?? 0);
    }
  }
  return values;
}
