/**
 * Weighted average of the leads' normalised QRS features. Each lead's feature is divided by its
 * local QRS level (so a typical QRS peaks near 1 in every lead), clipped at 2 so that an artifact
 * in one lead cannot outvote the others, and averaged with the leads' local reliability weights
 * (see `lead-weights.ts`). Levels and weights are per one-second block and interpolated linearly
 * between block centres.
 */
import type { LeadBlockWeights } from './lead-weights.js';

/** A normalised feature is clipped here: about twice a typical QRS. */
const CLIP = 2;

/**
 * Combine leads into one detection function.
 * @param features per-lead slope-RMS features, µV/s, equal lengths.
 * @param blocks per-lead block levels and weights, same order as `features`.
 * @param blockSamples samples per block.
 * @returns the combined feature, dimensionless (≈ 1 on a typical QRS, ≈ 0 on a flat baseline).
 * @example const combined = combineLeads(features, weights, 360);
 */
export function combineLeads(
  features: readonly Float32Array[],
  blocks: readonly LeadBlockWeights[],
  blockSamples: number,
): Float32Array {
  const n = features[0]?.length ?? 0;
  const out = new Float32Array(n);
  const blockCount = blocks[0]?.weight.length ?? 0;
  // Per block: 1 / level and weight of each lead (0 where the level is unknown).
  const scales = blocks.map((lead) => lead.levelUvPerS.map((lv) => (lv > 0 ? 1 / lv : 0)));
  const weights = blocks.map((lead, k) =>
    lead.weight.map((w, b) => ((scales[k]?.[b] ?? 0) > 0 && w > 0 ? w : 0)),
  );
  // The leads of a segment that carry weight, and per lead w0, w1 − w0, scaleA, scaleB − scaleA.
  const active: Float32Array[] = [];
  const ends = new Float64Array(4 * features.length);
  // Walk the segments between consecutive block centres, interpolating linearly inside each.
  const half = blockSamples / 2;
  // Position t of the j-th sample of a segment, i − centre = j + offset, kept while the offset
  // stays: with whole blocks every segment but the first has the same (exact in doubles).
  const ts = new Float64Array(Math.ceil(blockSamples) + 2);
  let tableOffset = Number.NaN;
  let tableLength = 0;
  const exact = Number.isInteger(blockSamples) && n < 2 ** 40;
  for (let seg = -1; seg < blockCount; seg++) {
    const b0 = Math.max(0, seg);
    const b1 = Math.min(blockCount - 1, seg + 1);
    let count = 0;
    for (let k = 0; k < features.length; k++) {
      const x = features[k];
      const s0 = scales[k]?.[b0] ?? 0;
      const s1 = scales[k]?.[b1] ?? 0;
      const w0 = weights[k]?.[b0] ?? 0;
      const w1 = weights[k]?.[b1] ?? 0;
      if (!x || (w0 <= 0 && w1 <= 0)) {
        continue;
      }
      // A block without a level borrows its neighbour's, as if the lead were constant there.
      const scaleA = s0 > 0 ? s0 : s1;
      const scaleB = s1 > 0 ? s1 : s0;
      active[count] = x;
      ends.set([w0, w1 - w0, scaleA, scaleB - scaleA], 4 * count);
      count++;
    }
    const from = Math.max(0, Math.ceil(seg * blockSamples + half));
    const to = Math.min(n, Math.ceil((seg + 1) * blockSamples + half));
    const centre = seg * blockSamples + half;
    if (from - centre !== tableOffset || to - from > tableLength || !exact) {
      tableOffset = from - centre;
      tableLength = to - from;
      for (let i = from; i < to; i++) {
        ts[i - from] = (i - centre) / blockSamples;
      }
    }
    for (let i = from; i < to; i++) {
      const t = ts[i - from] as number;
      // Sums rounded to float32 after each lead, as if accumulated in a float32 array.
      let sum = 0;
      let den = 0;
      for (let c = 0; c < count; c++) {
        const w = (ends[4 * c] as number) + (ends[4 * c + 1] as number) * t;
        const v =
          ((active[c] as Float32Array)[i] as number) *
          ((ends[4 * c + 2] as number) + (ends[4 * c + 3] as number) * t);
        sum = Math.fround(sum + w * (v < CLIP ? v : CLIP));
        den = Math.fround(den + w);
      }
      out[i] = den > 0 ? sum / den : 0;
    }
  }
  return out;
}
