/**
 * The constant a lead is shifted by for display, so that a record with a DC offset (common in
 * Holter and research files: MIT-BIH leads sit near −0.3 mV) is drawn on its row instead of off
 * the paper. Only a constant is removed, so every shape, interval and caliper difference is
 * unchanged; the filter switch is what removes baseline wander.
 */

/** At most this many samples enter the median (evenly spaced), so a 24 h lead stays cheap. */
const MAX_SAMPLES = 20_001;

/**
 * The median of a window of a lead, ignoring invalid (NaN) samples.
 * @param samplesUv the lead, µV
 * @param start first sample (default 0)
 * @param end one past the last sample (default the lead's length)
 * @returns the median in µV; 0 when the window has no valid sample
 * @example displayOffsetUv(Float32Array.of(-300, -310, 900, -305, -300)) // -300
 */
export function displayOffsetUv(
  samplesUv: Float32Array,
  start = 0,
  end = samplesUv.length,
): number {
  const from = Math.max(0, Math.floor(start));
  const to = Math.min(samplesUv.length, Math.ceil(end));
  const step = Math.max(1, Math.ceil((to - from) / MAX_SAMPLES));
  const values: number[] = [];
  for (let i = from; i < to; i += step) {
    const v = samplesUv[i] as number;
    if (!Number.isNaN(v)) {
      values.push(v);
    }
  }
  if (values.length === 0) {
    return 0;
  }
  values.sort((a, b) => a - b);
  const mid = values.length >> 1;
  return values.length % 2 === 1
    ? (values[mid] as number)
    : ((values[mid - 1] as number) + (values[mid] as number)) / 2;
}
