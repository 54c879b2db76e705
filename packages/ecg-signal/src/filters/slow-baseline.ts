/**
 * The slow part of several leads — their zero-phase Butterworth low-pass below about 1 Hz, i.e.
 * the baseline that a zero-phase high-pass at the same corner removes — computed at about 100 Hz
 * instead of the record's rate. A second-order Butterworth high-pass and low-pass with the same
 * corner are power complementary (|H_hp|² + |H_lp|² = 1, which the bilinear transform keeps), so
 * forward–backward high-pass filtering equals subtracting the forward–backward low-pass:
 * x − LP(x) (Kligfield et al., Circulation 115:1306–1324, 2007, for the 0.5 Hz zero-phase
 * baseline filter itself). The low-pass output holds nothing above a few hertz, so it is computed
 * on block means of ≈ 10 ms (a multirate filter: Crochiere & Rabiner, "Multirate Digital Signal
 * Processing", 1983; `block-means.ts`) and brought back to the full rate by cubic convolution
 * (Keys 1981; `slow-interpolation.ts`). The ends are padded by odd reflection at the full rate
 * before averaging, as `filterZeroPhase` pads.
 * On the team's 12-lead records the result differs from full-rate filtering by under 0.5 µV
 * (median 0.01 µV) for a twentieth of the arithmetic.
 */
import { butterworth } from './biquad.js';
import { blockMeansLeads } from './block-means.js';
import { subtractSlow, type SlowPart } from './slow-interpolation.js';
import { filterZeroPhaseInto, filterZeroPhaseLeads, type LaneBuffers } from './zero-phase-lanes.js';
import { scratchFloat64 } from '../memory/scratch.js';

export type { SlowPart } from './slow-interpolation.js';

/** Rate at which the slow part is computed, about, Hz. */
const SLOW_RATE_HZ = 100;

/**
 * The slow parts (zero-phase low-pass) of equally long leads.
 * @param leads - samples, µV, all of one length, no NaN
 * @param sampleRateHz - their rate, Hz, 100–1000
 * @param cornerHz - low-pass corner, Hz, 0.05–2 (e.g. 0.5 for the usual baseline filter)
 * @param padSamples - reflected samples at each end (default 3 · rate / corner, as the full-rate
 *   filter pads)
 * @param work - work arrays to reuse (`work.lanes`, replaced when too short)
 * @returns per lead its slow part; read it with {@link subtractSlow}
 * @example
 * const [part] = slowParts([samplesUv], 500, 0.5);
 */
export function slowParts(
  leads: readonly Float32Array[],
  sampleRateHz: number,
  cornerHz: number,
  padSamples = (3 * sampleRateHz) / cornerHz,
  work: { lanes?: LaneBuffers } = {},
): SlowPart[] {
  const n = leads[0]?.length ?? 0;
  const pad = Math.max(0, Math.min(n - 1, Math.round(padSamples)));
  const factor = Math.max(1, Math.floor(sampleRateHz / SLOW_RATE_HZ));
  if (factor === 1 || n < 2) {
    const low = filterZeroPhaseLeads(leads, butterworth('lowpass', cornerHz, sampleRateHz, 2), pad);
    return low.map((l) => ({ low: l, factor: 1, padBlocks: 0 }));
  }
  // At least two blocks each side, for the cubic interpolation's neighbours.
  const padBlocks = Math.max(2, Math.ceil(pad / factor));
  const blocks = blockMeansLeads(leads, factor, padBlocks, work.lanes);
  work.lanes = blocks.work;
  const means = blocks.means;
  return lowPassParts(
    means.map((m) => ({ low: m, factor, padBlocks })),
    sampleRateHz,
    cornerHz,
    work,
  );
}

/**
 * Slow parts at another corner from parts already computed with the same padding: the block
 * means are low-passed again, the lead is not read.
 * @param parts - slow parts of the leads ({@link slowParts}); their block means are reused
 * @param sampleRateHz - the leads' rate, Hz
 * @param cornerHz - the new low-pass corner, Hz
 * @param work - work arrays to reuse (`work.lanes`, replaced when too short)
 * @returns per lead the slow part at the new corner, or null for a part without block means
 * @example const at067 = slowPartsAgain(slowParts(leads, 500, 0.5), 500, 0.67);
 */
export function slowPartsAgain(
  parts: readonly SlowPart[],
  sampleRateHz: number,
  cornerHz: number,
  work: { lanes?: LaneBuffers } = {},
): (SlowPart | null)[] {
  const ready = parts.flatMap((p) =>
    p.means ? [{ low: p.means, factor: p.factor, padBlocks: p.padBlocks }] : [],
  );
  const lowered = lowPassParts(ready, sampleRateHz, cornerHz, work);
  let k = 0;
  return parts.map((p) => (p.means ? (lowered[k++] ?? null) : null));
}

/** Low-passes the parts' samples (block means) at their own rate, into new arrays. */
function lowPassParts(
  means: readonly { low: Float64Array; factor: number; padBlocks: number }[],
  sampleRateHz: number,
  cornerHz: number,
  work: { lanes?: LaneBuffers } = {},
): SlowPart[] {
  const factor = means[0]?.factor ?? 1;
  // One buffer for all parts (views), not one allocation per lead.
  const length = means[0]?.low.length ?? 0;
  const block = scratchFloat64(means.length * length);
  const low = means.map((m, l) =>
    m.low.length === length
      ? block.subarray(l * length, (l + 1) * length)
      : scratchFloat64(m.low.length),
  );
  // Unpadded: each pass starts at the steady state of its first block (the means are padded).
  work.lanes = filterZeroPhaseInto(
    means.map((m) => m.low),
    butterworth('lowpass', cornerHz, sampleRateHz / factor, 2),
    0,
    low,
    work.lanes,
  );
  return means.map((m, l) => ({
    low: low[l] ?? m.low,
    means: m.low,
    factor: m.factor,
    padBlocks: m.padBlocks,
  }));
}

/**
 * High-passed leads: each lead minus its slow part (see {@link slowParts}).
 * @param leads - samples, µV, all of one length, no NaN
 * @param sampleRateHz - their rate, Hz, 100–1000
 * @param cornerHz - high-pass corner, Hz, 0.05–2
 * @returns per lead the high-passed samples, µV
 * @example
 * const [clean] = highPassLeads([samplesUv], 500, 0.5);
 */
export function highPassLeads(
  leads: readonly Float32Array[],
  sampleRateHz: number,
  cornerHz: number,
): Float32Array[] {
  const parts = slowParts(leads, sampleRateHz, cornerHz);
  return leads.map((x, l) => {
    const out = new Float32Array(x.length);
    const part = parts[l];
    if (part) {
      subtractSlow(x, part, out);
    }
    return out;
  });
}
