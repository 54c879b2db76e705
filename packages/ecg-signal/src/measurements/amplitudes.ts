/**
 * Per-lead amplitudes and ST levels of a median beat, relative to its isoelectric level. The
 * isoelectric level is the median of the PR segment (P end to QRS onset, at most its last
 * 20 ms), as in the CSE measurement conventions (Willems et al. 1985, "Recommendations for
 * measurement standards in quantitative electrocardiography", Eur. Heart J. 6:815–825). Q, R and
 * S follow those conventions in simplified form: R is the largest positive deflection between
 * the global QRS onset and end, Q the most negative one before it and S after it, and a
 * deflection under 20 µV counts as none (our threshold, of the order of the CSE minimum wave).
 * Departure: notched complexes are not split into R and R′; the largest positive peak is R. ST
 * levels are read at the global J point (QRS end; the Fourth Universal Definition of MI,
 * Thygesen et al. 2018, measures there) and 60 and 80 ms after it, the points of exercise
 * testing practice (ACC/AHA exercise testing guideline, Gibbons et al. 2002).
 */

/** Smallest deflection that counts as a wave, µV. */
export const MIN_WAVE_UV = 20;

/**
 * Isoelectric level of one lead: median of the PR segment.
 * @param samplesUv - median beat of the lead, µV
 * @param sampleRateHz - Hz
 * @param qrsOnset - global QRS onset, fractional index
 * @param pEnd - global P end, fractional index, or null without P wave
 * @returns the level, µV
 * @example
 * const baselineUv = isoelectricLevelUv(lead, 500, 240, 215);
 */
export function isoelectricLevelUv(
  samplesUv: Float32Array,
  sampleRateHz: number,
  qrsOnset: number,
  pEnd: number | null,
): number {
  const perMs = sampleRateHz / 1000;
  const end = Math.floor(qrsOnset - 4 * perMs);
  let start = Math.ceil(Math.max(end - 20 * perMs, pEnd ?? -Infinity));
  if (end - start < 6 * perMs) {
    start = Math.floor(end - 6 * perMs);
  }
  const values: number[] = [];
  for (let i = Math.max(0, start); i <= Math.min(samplesUv.length - 1, end); i++) {
    values.push(samplesUv[i] ?? 0);
  }
  values.sort((a, b) => a - b);
  return values.length === 0 ? 0 : (values[values.length >> 1] ?? 0);
}

/**
 * Q, R and S amplitudes of one lead between the global QRS onset and end.
 * @param samplesUv - median beat of the lead, µV
 * @param qrsOnset - fractional index
 * @param qrsEnd - fractional index
 * @param baselineUv - isoelectric level, µV
 * @returns the amplitudes, µV: Q, S ≤ 0, R ≥ 0; for a QS complex the depth is in Q
 * @example
 * const { rAmplitudeUv } = qrsAmplitudesUv(lead, 230, 280, 12);
 */
export function qrsAmplitudesUv(
  samplesUv: Float32Array,
  qrsOnset: number,
  qrsEnd: number,
  baselineUv: number,
): { qAmplitudeUv: number; rAmplitudeUv: number; sAmplitudeUv: number } {
  const from = Math.max(0, Math.ceil(qrsOnset));
  const to = Math.min(samplesUv.length - 1, Math.floor(qrsEnd));
  let rIndex = from;
  for (let i = from; i <= to; i++) {
    if ((samplesUv[i] ?? 0) > (samplesUv[rIndex] ?? 0)) {
      rIndex = i;
    }
  }
  const r = (samplesUv[rIndex] ?? 0) - baselineUv;
  const lowest = (a: number, b: number): number => {
    let min = 0;
    for (let i = a; i <= b; i++) {
      min = Math.min(min, (samplesUv[i] ?? 0) - baselineUv);
    }
    return min <= -MIN_WAVE_UV ? min : 0;
  };
  if (r < MIN_WAVE_UV) {
    return { qAmplitudeUv: lowest(from, to), rAmplitudeUv: 0, sAmplitudeUv: 0 };
  }
  return { qAmplitudeUv: lowest(from, rIndex), rAmplitudeUv: r, sAmplitudeUv: lowest(rIndex, to) };
}

/**
 * Value of a lead at a fractional index, relative to a baseline (linear interpolation).
 * @param samplesUv - median beat of the lead, µV
 * @param index - fractional index; clipped to the array
 * @param baselineUv - isoelectric level, µV
 * @returns the level, µV
 * @example
 * levelAtUv(lead, jIndex + 30, baselineUv); // ST at J + 60 ms at 500 Hz
 */
export function levelAtUv(samplesUv: Float32Array, index: number, baselineUv: number): number {
  const i = Math.max(0, Math.min(samplesUv.length - 1, index));
  const lo = Math.floor(i);
  const hi = Math.min(samplesUv.length - 1, lo + 1);
  const t = i - lo;
  return (samplesUv[lo] ?? 0) * (1 - t) + (samplesUv[hi] ?? 0) * t - baselineUv;
}

/**
 * The signed extremum of a lead between two indices, relative to a baseline.
 * @param samplesUv - median beat of the lead, µV
 * @param from - fractional index
 * @param to - fractional index
 * @param baselineUv - isoelectric level, µV
 * @returns the value farthest from the baseline, signed, µV (0 for an empty range)
 * @example
 * extremumUv(lead, pOnset, pEnd, baselineUv); // P amplitude
 */
export function extremumUv(
  samplesUv: Float32Array,
  from: number,
  to: number,
  baselineUv: number,
): number {
  let best = 0;
  for (
    let i = Math.max(0, Math.ceil(from));
    i <= Math.min(samplesUv.length - 1, Math.floor(to));
    i++
  ) {
    const v = (samplesUv[i] ?? 0) - baselineUv;
    if (Math.abs(v) > Math.abs(best)) {
      best = v;
    }
  }
  return best;
}
