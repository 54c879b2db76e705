/**
 * Small order statistics used by the detector's adaptive levels. The arrays are per-second blocks
 * or a handful of recent peaks: they are sorted in a reused work array rather than copied.
 */
import { sortAscending } from '../stats/small-sort.js';

/** Work array of {@link slidingQuantiles} (values only, never results). */
let scratch = new Float64Array(64);

/**
 * In-place selection (Hoare's quickselect, C. A. R. Hoare, CACM 4(7):321, 1961, with the
 * median-of-three pivot of Singleton, CACM 12(3):185, 1969): reorders `values` so that
 * `values[k]` is the k-th smallest; O(n) on average. For the per-second medians of long records,
 * where sorting each block would dominate the run time.
 * @param values scratch array, reordered; must hold finite numbers.
 * @param k rank, 0 ≤ k < values.length.
 * @returns the k-th smallest value.
 * @example selectInPlace(Float64Array.of(5, 1, 4, 2, 3), 2) // 3
 */
export function selectInPlace(values: Float64Array | Float32Array, k: number): number {
  // One copy of the loop per array type: a loop that sees both is slower for each.
  return values instanceof Float64Array
    ? selectFloat64(values, values.length, k)
    : selectFloat32(values, k);
}

/**
 * {@link selectInPlace} on values[0, count) of a float64 array.
 * @param values scratch array, reordered in [0, count); finite numbers there.
 * @param count how many values, from index 0.
 * @param k rank, 0 ≤ k < count.
 * @returns the k-th smallest of values[0, count).
 * @example selectFloat64(Float64Array.of(5, 1, 4, 2, 3), 5, 2) // 3
 */
export function selectFloat64(values: Float64Array, count: number, k: number): number {
  let lo = 0;
  let hi = count - 1;
  while (hi > lo) {
    const pivot = medianOfThree(
      values[lo] as number,
      values[(lo + hi) >> 1] as number,
      values[hi] as number,
    );
    let i = lo;
    let j = hi;
    // Each scan stops at an element on its far side (one equal to the pivot, or one just
    // swapped), so neither leaves [lo, hi].
    while (i <= j) {
      while ((values[i] as number) < pivot) {
        i++;
      }
      while ((values[j] as number) > pivot) {
        j--;
      }
      if (i <= j) {
        const t = values[i] as number;
        values[i] = values[j] as number;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) {
      hi = j;
    } else if (k >= i) {
      lo = i;
    } else {
      break;
    }
  }
  return values[k] ?? NaN;
}

/** The middle one of three numbers. */
function medianOfThree(a: number, b: number, c: number): number {
  if (a < b) {
    return b < c ? b : a < c ? c : a;
  }
  return a < c ? a : b < c ? c : b;
}

/** {@link selectFloat64} for a float32 array, all of it. */
function selectFloat32(values: Float32Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (hi > lo) {
    const pivot = medianOfThree(
      values[lo] as number,
      values[(lo + hi) >> 1] as number,
      values[hi] as number,
    );
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) < pivot) {
        i++;
      }
      while ((values[j] as number) > pivot) {
        j--;
      }
      if (i <= j) {
        const t = values[i] as number;
        values[i] = values[j] as number;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) {
      hi = j;
    } else if (k >= i) {
      lo = i;
    } else {
      break;
    }
  }
  return values[k] ?? NaN;
}

/**
 * For each block, q-quantiles (nearest rank, lower; NaN ignored) of the
 * values of the blocks within ±radius, each window sorted once for all the quantiles.
 * @param perBlock one value per block.
 * @param radius neighbouring blocks on each side, ≥ 0.
 * @param qs quantiles, 0–1.
 * @returns per quantile, one value per block (NaN where a window holds no number).
 * @example slidingQuantiles(Float64Array.of(1, 9, 2), 1, [0.5])[0] // [9, 2, 9]
 */
export function slidingQuantiles(
  perBlock: Float64Array,
  radius: number,
  qs: readonly number[],
): Float64Array[] {
  const blocks = perBlock.length;
  const out = qs.map(() => new Float64Array(blocks));
  if (scratch.length < 2 * radius + 1) {
    scratch = new Float64Array(2 * (2 * radius + 1));
  }
  for (let b = 0; b < blocks; b++) {
    let count = 0;
    for (let c = Math.max(0, b - radius); c < Math.min(blocks, b + radius + 1); c++) {
      const v = perBlock[c] as number;
      if (!Number.isNaN(v)) {
        scratch[count++] = v;
      }
    }
    sortAscending(scratch, count);
    for (let k = 0; k < qs.length; k++) {
      const rank = Math.min(count - 1, Math.max(0, Math.floor((qs[k] as number) * count)));
      (out[k] as Float64Array)[b] = count > 0 ? (scratch[rank] ?? NaN) : NaN;
    }
  }
  return out;
}
