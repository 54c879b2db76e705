/**
 * Sorting and medians of the short columns the median-beat builders produce (one value per beat:
 * a few dozen at most), without allocating: insertion sort in place, and the median of absolute
 * deviations read off the sorted values by merging outwards from the median.
 */

/**
 * Sorts values[0, count) ascending, in place (insertion sort; a native sort above 32 values).
 * @param values - the values, no NaN
 * @param count - how many of them, from index 0
 * @example sortAscending(Float64Array.of(3, 1, 2), 3); // [1, 2, 3]
 */
export function sortAscending(values: Float64Array, count: number): void {
  if (count > 32) {
    values.subarray(0, count).sort();
    return;
  }
  for (let i = 1; i < count; i++) {
    const v = values[i] ?? 0;
    let j = i - 1;
    for (; j >= 0 && (values[j] ?? 0) > v; j--) {
      values[j + 1] = values[j] ?? 0;
    }
    values[j + 1] = v;
  }
}

/**
 * Median of sorted values[0, count): the middle one, or the mean of the middle two.
 * @param values - sorted ascending
 * @param count - how many, ≥ 1
 * @returns the median
 * @example sortedMedian(Float64Array.of(1, 2, 4, 8), 4); // 3
 */
export function sortedMedian(values: Float64Array, count: number): number {
  const mid = count >> 1;
  return count % 2 === 1 ? (values[mid] ?? 0) : ((values[mid - 1] ?? 0) + (values[mid] ?? 0)) / 2;
}

/**
 * Median of |v − m| over sorted values[0, count), m being their median: the deviations fall to
 * the left of m and rise to the right, so merging the two sides outwards from m yields them in
 * ascending order without a second sort.
 * @param values - sorted ascending
 * @param count - how many, ≥ 1
 * @param m - their median
 * @returns the median absolute deviation (unscaled)
 * @example medianDeviation(Float64Array.of(1, 2, 4, 8), 4, 3); // 1.5
 */
export function medianDeviation(values: Float64Array, count: number, m: number): number {
  let j = 0;
  while (j < count && (values[j] ?? 0) <= m) {
    j++;
  }
  let i = j - 1;
  const mid = count >> 1;
  let previous = 0;
  let current = 0;
  for (let rank = 0; rank <= mid; rank++) {
    const left = i >= 0 ? Math.abs((values[i] ?? 0) - m) : Number.POSITIVE_INFINITY;
    const right = j < count ? Math.abs((values[j] ?? 0) - m) : Number.POSITIVE_INFINITY;
    previous = current;
    if (left <= right) {
      current = left;
      i--;
    } else {
      current = right;
      j++;
    }
  }
  return count % 2 === 1 ? current : (previous + current) / 2;
}
