/**
 * Bimodal compression (EN 1064:2005 §5.9 and its informative annex on compression, after
 * Zywietz et al., "SCP-ECG compression", 1990s OEDIPE/CEN work): inside the protected zones of
 * section 4 the rhythm residual is kept at the full rate; outside them it is decimated by a
 * factor `f` = section 6 sample interval ÷ section 5 sample interval. A gap of `g` samples between
 * protected zones is stored as ⌊g/f⌋ decimated values followed by the last g mod f samples at the
 * full rate (the layout the OpenECG reference decoder, scp-decode by Cervesato and De Odorico,
 * expects).
 *
 * Reconstruction here: each decimated value stands for a block of `f` samples and sits at the
 * block's centre; samples between two centres are interpolated linearly, samples before the
 * first and after the last centre of a gap take the nearest value. Departure: the reference
 * decoder's optional 3-point smoothing outside the protected zones is not applied.
 */

/** A protected zone, 1-based inclusive sample numbers of the full-rate signal. */
export interface ProtectedZone {
  start: number;
  end: number;
}

/** One stretch of the full-rate signal: a gap (decimated) or a protected zone. */
interface Stretch {
  /** 0-based first sample. */
  from: number;
  length: number;
  decimated: boolean;
}

/** The stretches of a `total`-sample signal, zones sorted and inside [1, total]. */
function stretches(total: number, zones: readonly ProtectedZone[]): Stretch[] {
  const out: Stretch[] = [];
  let next = 0;
  for (const zone of zones) {
    const from = zone.start - 1;
    if (from > next) {
      out.push({ from: next, length: from - next, decimated: true });
    }
    out.push({ from, length: zone.end - zone.start + 1, decimated: false });
    next = zone.end;
  }
  if (total > next) {
    out.push({ from: next, length: total - next, decimated: true });
  }
  return out;
}

/**
 * How many values the stored (decimated) stream of a `total`-sample lead holds.
 * @param total - full-rate samples (section 3)
 * @param zones - protected zones, sorted, non-overlapping, inside [1, total]
 * @param factor - decimation factor ≥ 1
 * @example bimodalStoredCount(20, [{ start: 9, end: 12 }], 4) // 2 + 4 + 2
 */
export function bimodalStoredCount(
  total: number,
  zones: readonly ProtectedZone[],
  factor: number,
): number {
  return stretches(total, zones).reduce(
    (sum, s) =>
      sum + (s.decimated ? Math.floor(s.length / factor) + (s.length % factor) : s.length),
    0,
  );
}

/**
 * Expands a bimodally stored lead to the full rate.
 * @param stored - the stored values, difference decoding already undone
 * @param total - full-rate samples
 * @param zones - protected zones, sorted, non-overlapping, inside [1, total]
 * @param factor - decimation factor ≥ 1
 * @returns `total` samples in the units of `stored`
 * @example
 * reconstructBimodal(Float64Array.of(0, 8), 8, [], 4) // [0, 0, 1, 3, 5, 7, 8, 8]
 */
export function reconstructBimodal(
  stored: Float64Array,
  total: number,
  zones: readonly ProtectedZone[],
  factor: number,
): Float64Array {
  const out = new Float64Array(total);
  let read = 0;
  for (const s of stretches(total, zones)) {
    if (!s.decimated) {
      out.set(stored.subarray(read, read + s.length), s.from);
      read += s.length;
      continue;
    }
    const blocks = Math.floor(s.length / factor);
    const centre = (factor - 1) / 2;
    for (let p = 0; p < blocks * factor; p++) {
      const x = Math.min(Math.max((p - centre) / factor, 0), blocks - 1);
      const j = Math.min(Math.floor(x), blocks - 2);
      const a = stored[read + Math.max(j, 0)] ?? 0;
      const b = stored[read + Math.max(j, 0) + (blocks > 1 ? 1 : 0)] ?? 0;
      const t = blocks > 1 ? x - Math.max(j, 0) : 0;
      out[s.from + p] = a + (b - a) * t;
    }
    read += blocks;
    const rest = s.length - blocks * factor;
    out.set(stored.subarray(read, read + rest), s.from + blocks * factor);
    read += rest;
  }
  return out;
}
