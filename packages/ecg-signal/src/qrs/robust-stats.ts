/**
 * Small order statistics used by the detector's adaptive levels. The arrays are per-second blocks
 * or a handful of recent peaks: they are sorted in a reused work array rather than copied.
 */
import { sortAscending } from '../stats/small-sort.js';

/**
 * The q-quantile (nearest rank, lower) of the values, NaN ignored; NaN when none is left.
 * @param values samples in any unit; not modified.
 * @param q quantile, 0–1 (0.5: median).
 * @returns the quantile in the unit of `values`.
 * @example quantile([3, 1, 2], 0.5) // 2
 */
export function quantile(values: ArrayLike<number>, q: number): number {
  // Finite values sorted ascending (NaN would sort last and is left out), without allocating for
  // the short windows the detector passes.
  if (scratch.length < values.length) {
    scratch = new Float64Array(2 * values.length);
  }
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? NaN;
    if (!Number.isNaN(v)) {
      scratch[count++] = v;
    }
  }
  if (count === 0) {
    return NaN;
  }
  sortAscending(scratch, count);
  const rank = Math.min(count - 1, Math.max(0, Math.floor(q * count)));
  return scratch[rank] ?? NaN;
}

/** Work array of {@link quantile} (values only, never results). */
let scratch = new Float64Array(64);

/**
 * The median (upper middle for an even count) of the values, NaN ignored; NaN when none is left.
 * @param values samples in any unit.
 * @returns the median.
 * @example median([4, 1, 3, 2]) // 3
 */
export function median(values: ArrayLike<number>): number {
  return quantile(values, 0.5);
}

/**
 * In-place selection (Hoare's quickselect, C. A. R. Hoare, CACM 4(7):321, 1961): reorders
 * `values` so that `values[k]` is the k-th smallest; O(n) on average. For the per-second medians
 * of long records, where sorting each block would dominate the run time.
 * @param values scratch array, reordered; must hold finite numbers.
 * @param k rank, 0 ≤ k < values.length.
 * @returns the k-th smallest value.
 * @example selectInPlace(Float64Array.of(5, 1, 4, 2, 3), 2) // 3
 */
export function selectInPlace(values: Float64Array | Float32Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (hi > lo) {
    const pivot = values[(lo + hi) >> 1] ?? 0;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] ?? 0) < pivot) {
        i++;
      }
      while ((values[j] ?? 0) > pivot) {
        j--;
      }
      if (i <= j) {
        const t = values[i] ?? 0;
        values[i] = values[j] ?? 0;
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
 * For each block, `statistic` over the values of the blocks within ±radius (fewer at the ends).
 * @param perBlock one value per block.
 * @param radius neighbouring blocks on each side, ≥ 0.
 * @param statistic e.g. median.
 * @returns one value per block.
 * @example slidingBlocks(Float64Array.of(1, 9, 2), 1, median) // [9, 2, 9]
 */
export function slidingBlocks(
  perBlock: ArrayLike<number>,
  radius: number,
  statistic: (window: ArrayLike<number>) => number,
): Float64Array {
  const out = new Float64Array(perBlock.length);
  const all = Float64Array.from(perBlock);
  for (let b = 0; b < perBlock.length; b++) {
    out[b] = statistic(all.subarray(Math.max(0, b - radius), Math.min(all.length, b + radius + 1)));
  }
  return out;
}
