/**
 * Small helpers on median-beat arrays shared by the delineation modules: the landmark record,
 * gap filling and medians.
 */

/** Landmarks of one lead or of the whole beat, fractional indices of the analysis arrays. */
export interface WaveMarks {
  pOnset: number | null;
  pPeak: number | null;
  pEnd: number | null;
  qrsOnset: number | null;
  qrsEnd: number | null;
  tPeak: number | null;
  tEnd: number | null;
}

/**
 * A landmark record with nothing found.
 * @returns a new record, every landmark null
 * @example
 * const marks = noMarks();
 */
export function noMarks(): WaveMarks {
  return {
    pOnset: null,
    pPeak: null,
    pEnd: null,
    qrsOnset: null,
    qrsEnd: null,
    tPeak: null,
    tEnd: null,
  };
}

/**
 * Median of the non-null values (the lower middle one for an even count).
 * @param values - numbers or nulls
 * @returns the median, or null when every value is null
 * @example
 * middle([3, null, 1, 2]); // 2
 */
export function middle(values: readonly (number | null)[]): number | null {
  const sorted = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  return sorted.length === 0 ? null : (sorted[(sorted.length - 1) >> 1] ?? null);
}

/**
 * First and last index that is not `NaN`.
 * @param lead - samples
 * @returns the inclusive range (from = to = 0 for an all-NaN array)
 * @example
 * validRange(new Float32Array([NaN, 1, 2, NaN])); // { from: 1, to: 2 }
 */
export function validRange(lead: Float32Array): { from: number; to: number } {
  let from = 0;
  let to = lead.length - 1;
  while (from < to && Number.isNaN(lead[from])) {
    from++;
  }
  while (to > from && Number.isNaN(lead[to])) {
    to--;
  }
  return { from, to };
}

/**
 * A copy with every `NaN` replaced by the nearest valid sample before it (or, at the start,
 * the first valid one), so filters and derivatives see a flat edge instead of a gap.
 * @param lead - samples
 * @returns the filled copy; all zeros when no sample is valid
 * @example
 * fillGaps(new Float32Array([NaN, 1, NaN, 3])); // [1, 1, 1, 3]
 */
export function fillGaps(lead: Float32Array): Float32Array {
  const out = lead.slice();
  const { from, to } = validRange(lead);
  if (Number.isNaN(lead[from])) {
    return out.fill(0);
  }
  for (let i = 0; i < out.length; i++) {
    if (Number.isNaN(out[i])) {
      out[i] = i < from ? (lead[from] ?? 0) : i > to ? (lead[to] ?? 0) : (out[i - 1] ?? 0);
    }
  }
  return out;
}

/**
 * The nearest fiducial before (step −1) or after (+1) beat b that lies at least `refractory`
 * samples away (closer ones are the same QRS detected twice).
 * @param fiducials - beat positions, increasing
 * @param b - index of the beat
 * @param step - −1 for the previous beat, +1 for the next
 * @param refractory - samples, ≥ 0
 * @returns the neighbour's position, or undefined at the record's edge
 * @example
 * neighbour(Int32Array.from([0, 50, 400]), 0, 1, 100); // 400
 */
export function neighbour(
  fiducials: Int32Array,
  b: number,
  step: -1 | 1,
  refractory: number,
): number | undefined {
  const f = fiducials[b] ?? 0;
  for (let k = b + step; k >= 0 && k < fiducials.length; k += step) {
    const g = fiducials[k] ?? 0;
    if (Math.abs(g - f) >= refractory) {
      return g;
    }
  }
  return undefined;
}

/**
 * At most `limit` items, evenly spaced over the list.
 * @param items - any list
 * @param limit - ≥ 1
 * @returns the list itself when short enough, else `limit` items spread over it
 * @example
 * pickEvenly([0, 1, 2, 3], 2); // [0, 2]
 */
export function pickEvenly(items: number[], limit: number): number[] {
  if (items.length <= limit) {
    return items;
  }
  return Array.from(
    { length: limit },
    (_, i) => items[Math.floor((i * items.length) / limit)] ?? 0,
  );
}
