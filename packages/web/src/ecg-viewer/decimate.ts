/**
 * Min/max decimation for drawing: when more than two samples fall on one pixel column, keep only
 * the column's lowest and highest sample, in time order. The drawn line then covers exactly the
 * pixels the full-resolution line would, so a pacing spike or a narrow QRS one sample wide is
 * never lost (plain subsampling would drop it), and a 30-minute lead costs ~2 points per pixel.
 */

/** Points to draw: positions as fractional sample indices, values in µV; NaN value = gap. */
export interface TracePoints {
  /** Sample index of each point (its own sample, so the time is exact). */
  samples: Float64Array;
  /** Value of each point, µV; NaN starts a gap (invalid samples in the record). */
  valuesUv: Float32Array;
  /** Points in use (the arrays may be longer). */
  length: number;
}

/**
 * Decimates a window of a lead to at most two points per pixel column.
 * Columns are counted from sample 0 of the record, not from `start`, so that scrolling never
 * moves a column boundary and the drawn trace does not shimmer.
 * @param samplesUv the lead, µV (NaN = invalid sample)
 * @param start first sample of the window (clamped to the lead)
 * @param end one past the last sample (clamped to the lead)
 * @param samplesPerColumn samples per pixel column, > 0 (≤ 2: every sample is kept)
 * @returns the points, in time order
 * @example
 * const points = decimateMinMax(lead, 0, 5000, 5000 / 945); // 10 s at 25 mm/s on a 96 dpi screen
 * points.length <= 2 * 945 + 2; // true
 */
export function decimateMinMax(
  samplesUv: Float32Array,
  start: number,
  end: number,
  samplesPerColumn: number,
): TracePoints {
  const from = Math.max(0, Math.floor(start));
  const to = Math.min(samplesUv.length, Math.ceil(end));
  if (to <= from) {
    return { samples: new Float64Array(0), valuesUv: new Float32Array(0), length: 0 };
  }
  if (!(samplesPerColumn > 2)) {
    const samples = new Float64Array(to - from);
    for (let i = 0; i < samples.length; i++) {
      samples[i] = from + i;
    }
    return { samples, valuesUv: samplesUv.slice(from, to), length: to - from };
  }
  const firstColumn = Math.floor(from / samplesPerColumn);
  const lastColumn = Math.ceil(to / samplesPerColumn);
  // Up to three points per column: a gap marker, then min and max.
  const capacity = 3 * (lastColumn - firstColumn + 1);
  const samples = new Float64Array(capacity);
  const valuesUv = new Float32Array(capacity);
  let length = 0;
  const push = (sample: number, value: number): void => {
    samples[length] = sample;
    valuesUv[length] = value;
    length++;
  };
  for (let column = firstColumn; column < lastColumn; column++) {
    const a = Math.max(from, Math.round(column * samplesPerColumn));
    const b = Math.min(to, Math.round((column + 1) * samplesPerColumn));
    let minIndex = -1;
    let maxIndex = -1;
    let min = Infinity;
    let max = -Infinity;
    let gapIndex = -1;
    for (let i = a; i < b; i++) {
      const v = samplesUv[i] as number;
      if (Number.isNaN(v)) {
        gapIndex = gapIndex < 0 ? i : gapIndex;
        continue;
      }
      if (v < min) {
        min = v;
        minIndex = i;
      }
      if (v > max) {
        max = v;
        maxIndex = i;
      }
    }
    // The column's points in time order; an invalid sample breaks the line where it occurs.
    const entries: [number, number][] = [];
    if (minIndex >= 0) {
      entries.push([minIndex, min]);
      if (maxIndex !== minIndex) {
        entries.push([maxIndex, max]);
      }
    }
    if (gapIndex >= 0) {
      entries.push([gapIndex, NaN]);
    }
    entries.sort((x, y) => x[0] - y[0]);
    for (const [sample, value] of entries) {
      push(sample, value);
    }
  }
  return { samples, valuesUv, length };
}
