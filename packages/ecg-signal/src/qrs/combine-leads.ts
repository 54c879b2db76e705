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
  const den = new Float32Array(n);
  const blockCount = blocks[0]?.weight.length ?? 0;
  // Per block: 1 / level and weight of each lead (0 where the level is unknown).
  const scales = blocks.map((lead) => lead.levelUvPerS.map((lv) => (lv > 0 ? 1 / lv : 0)));
  const weights = blocks.map((lead, k) =>
    lead.weight.map((w, b) => ((scales[k]?.[b] ?? 0) > 0 && w > 0 ? w : 0)),
  );
  // Walk the segments between consecutive block centres, interpolating linearly inside each.
  const half = blockSamples / 2;
  for (let seg = -1; seg < blockCount; seg++) {
    const b0 = Math.max(0, seg);
    const b1 = Math.min(blockCount - 1, seg + 1);
    const from = Math.max(0, Math.ceil(seg * blockSamples + half));
    const to = Math.min(n, Math.ceil((seg + 1) * blockSamples + half));
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
      for (let i = from; i < to; i++) {
        const t = (i - (seg * blockSamples + half)) / blockSamples;
        const w = w0 + (w1 - w0) * t;
        const v = (x[i] ?? 0) * (scaleA + (scaleB - scaleA) * t);
        out[i] = (out[i] ?? 0) + w * (v < CLIP ? v : CLIP);
        den[i] = (den[i] ?? 0) + w;
      }
    }
  }
  for (let i = 0; i < n; i++) {
    const d = den[i] ?? 0;
    out[i] = d > 0 ? (out[i] ?? 0) / d : 0;
  }
  return out;
}
