/**
 * Fiducial point of each detected QRS: the largest absolute deflection of the band-passed signal
 * within ±60 ms of the detection, in the lead that is most reliable at that moment. The combined
 * feature peaks at the centre of the QRS energy; this moves the mark onto the dominant wave (R, or
 * S / QS when that is larger), the point reference annotators mark (MIT-BIH: the major local
 * extremum). As in Pan & Tompkins (1985), who locate the R peak in the filtered signal after the
 * decision; departure: the lead is chosen per beat by reliability weight.
 */
import type { LeadBlockWeights } from './lead-weights.js';

/**
 * Move detections onto their fiducial points.
 * @param beats detections, samples, ascending.
 * @param bandpassedUv band-passed leads, µV.
 * @param weights per-lead block weights, same order.
 * @param blockSamples samples per weight block.
 * @param sampleRateHz sample rate, Hz.
 * @returns fiducials, samples, strictly ascending (a beat moved onto its predecessor is dropped).
 * @example alignFiducials([1000], [lead], [weights], 360, 360)
 */
export function alignFiducials(
  beats: readonly number[],
  bandpassedUv: readonly Float32Array[],
  weights: readonly LeadBlockWeights[],
  blockSamples: number,
  sampleRateHz: number,
): Int32Array {
  const reach = Math.round(0.06 * sampleRateHz);
  const out: number[] = [];
  for (const beat of beats) {
    const block = Math.floor(beat / blockSamples);
    let best = 0;
    for (let k = 1; k < bandpassedUv.length; k++) {
      if ((weights[k]?.weight[block] ?? 0) > (weights[best]?.weight[block] ?? 0)) {
        best = k;
      }
    }
    const x = bandpassedUv[best];
    let at = beat;
    if (x) {
      let largest = -1;
      for (let i = Math.max(0, beat - reach); i <= Math.min(x.length - 1, beat + reach); i++) {
        const v = Math.abs(x[i] ?? 0);
        if (v > largest) {
          largest = v;
          at = i;
        }
      }
    }
    if (out.length === 0 || at > (out.at(-1) ?? -1)) {
      out.push(at);
    }
  }
  return Int32Array.from(out);
}
