/**
 * Sample-by-sample median (and median absolute deviation) across beat windows, the inner loop of
 * the median beat. Neighbouring samples of one beat differ little, so the rows' order at one
 * column is nearly the order at the next: each column starts from the previous column's sorted
 * order, and insertion sort repairs it in close to linear time instead of sorting every column
 * afresh. Where the set of contributing rows changes (a beat's window starts or ends, or a sample
 * is NaN) the column is gathered in row order and sorted afresh. The values, hence the medians,
 * are exactly those of sorting each column on its own.
 */

/** Beat windows over one lead: row j covers columns [from[j], to[j]) at lead[start[j] + col]. */
export interface ColumnRows {
  /** Sample of column 0 per row. */
  starts: Int32Array;
  /** First column the row contributes to, ≥ 0. */
  froms: Int32Array;
  /** Column after the last one the row contributes to. */
  tos: Int32Array;
}

/** Outputs and limits of {@link columnMedians}. */
export interface ColumnMedianTarget {
  /** Median per column, written where at least `minCount` rows have a valid sample. */
  median: Float32Array;
  /** 1.4826 × median absolute deviation per column, written up to `spreadEnd` (inclusive). */
  spread: Float32Array;
  /** Fewest valid samples for a column to get a median, ≥ 1. */
  minCount: number;
  /** Last column whose spread is wanted; −1 for none. */
  spreadEnd: number;
}

/**
 * Fills the median (and robust spread) of each column of one lead's beat windows; columns with
 * fewer than `minCount` valid samples are left as they are.
 * @param lead - samples, µV; NaN samples are skipped
 * @param rows - the beat windows (sample range checked by the caller)
 * @param target - output arrays (one entry per column) and limits
 * @example
 * columnMedians(lead, { starts, froms, tos }, { median, spread, minCount: 3, spreadEnd: 300 });
 */
export function columnMedians(
  lead: Float32Array,
  rows: ColumnRows,
  target: ColumnMedianTarget,
): void {
  const { starts, froms, tos } = rows;
  const { median, spread, minCount, spreadEnd } = target;
  const rowCount = starts.length;
  const width = median.length;
  // Columns where some row enters or leaves: the order must be rebuilt there.
  const changes = new Uint8Array(width + 1);
  changes[0] = 1;
  for (let j = 0; j < rowCount; j++) {
    changes[Math.min(width, Math.max(0, froms[j] ?? 0))] = 1;
    changes[Math.min(width, Math.max(0, tos[j] ?? 0))] = 1;
  }
  const values = new Float64Array(Math.max(1, rowCount));
  // The sample index of column 0 of each sorted row (its start), moved along with its value.
  const base = new Int32Array(Math.max(1, rowCount));
  let count = 0;
  let ordered = false; // whether `base` holds the previous column's rows, all valid
  // (Reads below are in bounds by construction: `as number` instead of `?? 0`, which costs a
  // test on every read of these inner loops.)
  for (let col = 0; col < width; col++) {
    ordered &&= changes[col] === 0;
    if (ordered) {
      for (let k = 0; k < count; k++) {
        const v = lead[(base[k] as number) + col] as number;
        if (v !== v) {
          ordered = false;
          break;
        }
        values[k] = v;
      }
    }
    if (!ordered) {
      count = 0;
      let valid = true;
      for (let j = 0; j < rowCount; j++) {
        if (col >= (froms[j] as number) && col < (tos[j] as number)) {
          const start = starts[j] as number;
          const v = lead[start + col] as number;
          if (v === v) {
            values[count] = v;
            base[count++] = start;
          } else {
            valid = false;
          }
        }
      }
      // With a NaN in the column, the next column cannot reuse this order.
      ordered = valid;
    }
    sortWithBase(values, base, count);
    if (count < minCount) {
      continue;
    }
    const mid = count >> 1;
    const m =
      count % 2 === 1
        ? (values[mid] as number)
        : ((values[mid - 1] as number) + (values[mid] as number)) / 2;
    median[col] = m;
    if (col > spreadEnd) {
      continue;
    }
    spread[col] =
      1.4826 *
      (m - m === 0 ? deviationMedian(values, count, m) : mergedDeviationMedian(values, count, m));
  }
}

/** Insertion sort of values[0, count) ascending, moving `base` along. */
function sortWithBase(values: Float64Array, base: Int32Array, count: number): void {
  for (let i = 1; i < count; i++) {
    const v = values[i] as number;
    let j = i - 1;
    if ((values[j] as number) <= v) {
      continue;
    }
    const b = base[i] as number;
    for (; j >= 0 && (values[j] as number) > v; j--) {
      values[j + 1] = values[j] as number;
      base[j + 1] = base[j] as number;
    }
    values[j + 1] = v;
    base[j + 1] = b;
  }
}

/**
 * Median of |v − m| over sorted values[0, count), m being their finite median. The deviations
 * of the values up to m rise leftwards from m, those of the values above m rightwards: two sorted
 * runs, of whose merge the ranks mid − 1 and mid are wanted. How many of the mid + 1 smallest come
 * from the left run is found by bisection (the k-th smallest element of two sorted arrays; Cormen
 * et al., Introduction to Algorithms, 3rd ed. 2009, exercise 9.3-8): a few comparisons instead of
 * merging mid + 1 deviations one by one. Order statistics are values, however ties are split, so
 * this is the merge's result (`mergedDeviationMedian`); a zero deviation comes from the left run
 * only, and in the same place of it.
 */
function deviationMedian(values: Float64Array, count: number, m: number): number {
  const mid = count >> 1;
  // values[0, split) ≤ m < values[split, count); everything up to the lower middle is ≤ m.
  let split = count % 2 === 1 ? mid + 1 : mid;
  while (split < count && (values[split] as number) <= m) {
    split++;
  }
  const taken = mid + 1;
  // Fewest taken from the left run such that its next deviation is not below the last one taken
  // from the right run (taken − a of them): then those are the `taken` smallest.
  let low = Math.max(0, taken - (count - split));
  let high = Math.min(taken, split);
  while (low < high) {
    const a = (low + high) >> 1;
    const nextLeft = a < split ? m - (values[split - 1 - a] as number) : Number.POSITIVE_INFINITY;
    if (nextLeft < (values[split + taken - a - 1] as number) - m) {
      low = a + 1;
    } else {
      high = a;
    }
  }
  const fromLeft = low;
  const fromRight = taken - low;
  // The largest deviation taken has rank mid; for an even count, the next largest has mid − 1.
  const left1 = fromLeft >= 1 ? m - (values[split - fromLeft] as number) : Number.NEGATIVE_INFINITY;
  const right1 =
    fromRight >= 1 ? (values[split + fromRight - 1] as number) - m : Number.NEGATIVE_INFINITY;
  if (count % 2 === 1) {
    return left1 >= right1 ? left1 : right1;
  }
  if (left1 >= right1) {
    const left2 =
      fromLeft >= 2 ? m - (values[split - fromLeft + 1] as number) : Number.NEGATIVE_INFINITY;
    return ((left2 >= right1 ? left2 : right1) + left1) / 2;
  }
  const right2 =
    fromRight >= 2 ? (values[split + fromRight - 2] as number) - m : Number.NEGATIVE_INFINITY;
  return ((left1 >= right2 ? left1 : right2) + right1) / 2;
}

/**
 * Median of |v − m| over sorted values[0, count) by merging the two runs of deviations outwards
 * from m (as `medianDeviation` of `small-sort.ts`); kept for an infinite median, whose deviations
 * may be NaN. (The global `Infinity` in such a loop made V8 box every value:
 * Number.POSITIVE_INFINITY.)
 */
function mergedDeviationMedian(values: Float64Array, count: number, m: number): number {
  const mid = count >> 1;
  let hi = 0;
  while (hi < count && (values[hi] as number) <= m) {
    hi++;
  }
  let lo = hi - 1;
  let previous = 0;
  let current = 0;
  for (let rank = 0; rank <= mid; rank++) {
    const left = lo >= 0 ? m - (values[lo] as number) : Number.POSITIVE_INFINITY;
    const right = hi < count ? (values[hi] as number) - m : Number.POSITIVE_INFINITY;
    previous = current;
    if (left <= right) {
      current = left;
      lo--;
    } else {
      current = right;
      hi++;
    }
  }
  return count % 2 === 1 ? current : (previous + current) / 2;
}
