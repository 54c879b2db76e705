/**
 * Sample-wise median of signal stretches aligned on given centres, per lead: the robust average
 * beat of the measurement programs of the CSE project (Willems et al. 1987, "A reference data
 * base for multilead electrocardiographic computer measurement programs", J Am Coll Cardiol
 * 10:1313–1321), which resists the occasional ectopic or noisy beat better than a mean.
 * Stretches reaching past the record are left out. Also the per-beat consistency of a wave and
 * the knee used as a wave onset.
 */
import { columnMedians } from '../stats/column-medians.js';

/**
 * Per-lead median of the stretches `[centre − before, centre + after]`.
 * @param leadsUv - leads, µV, equal lengths
 * @param centres - centre samples (any order)
 * @param before - samples before each centre (≥ 0)
 * @param after - samples after each centre (≥ 0)
 * @returns one array per lead of length `before + after + 1` (zeros when no stretch fits)
 * @example
 * medianSegments([lead], [500, 900, 1300], 100, 50)[0]?.length; // 151
 */
export function medianSegments(
  leadsUv: readonly Float32Array[],
  centres: readonly number[],
  before: number,
  after: number,
): Float32Array[] {
  const width = before + after + 1;
  const length = leadsUv[0]?.length ?? 0;
  const inside = centres.filter((c) => c - before >= 0 && c + after < length);
  // Every stretch covers every column (`column-medians.ts`, which sorts each column starting
  // from the previous one's order: the same medians as sorting each column afresh).
  const rows = {
    starts: Int32Array.from(inside, (c) => c - before),
    froms: new Int32Array(inside.length),
    tos: new Int32Array(inside.length).fill(width),
  };
  const spread = new Float32Array(0);
  return leadsUv.map((lead) => {
    const out = new Float32Array(width);
    if (inside.length > 0) {
      columnMedians(lead, rows, { median: out, spread, minCount: 1, spreadEnd: -1 });
    }
    return out;
  });
}

/**
 * How consistently a wave appears at one offset from the centres: per lead, the median across
 * centres of the local prominence (value minus the mean of the values `h` samples either side)
 * divided by its spread (1.4826 × median absolute deviation, the normal-consistent estimate);
 * the best lead's ratio is returned. A P wave conducted to every beat gives a large ratio; the
 * fibrillatory waves of atrial fibrillation, random in phase, give a ratio near 0–1.
 * @param leadsUv - leads, µV
 * @param centres - centre samples (e.g. fiducials)
 * @param offset - offset of the wave from each centre, samples
 * @param h - half-distance of the flanking samples, samples (> 0)
 * @returns the largest per-lead ratio |median| / spread (0 without centres)
 * @example
 * waveConsistency(leadsUv, fiducials, -30, 7); // > 3 for sinus P waves
 */
export function waveConsistency(
  leadsUv: readonly Float32Array[],
  centres: readonly number[],
  offset: number,
  h: number,
): number {
  let best = 0;
  const values: number[] = [];
  for (const lead of leadsUv) {
    values.length = 0;
    for (const c of centres) {
      const i = c + offset;
      if (i - h >= 0 && i + h < lead.length) {
        values.push((lead[i] ?? 0) - ((lead[i - h] ?? 0) + (lead[i + h] ?? 0)) / 2);
      }
    }
    if (values.length < 3) {
      continue;
    }
    const median = middle(values);
    const spread = 1.4826 * middle(values.map((v) => Math.abs(v - median)));
    best = Math.max(best, Math.abs(median) / Math.max(spread, 1e-6));
  }
  return best;
}

function middle(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * The knee before `peak`: the point farthest (all leads) from the chord over `span` samples,
 * taken as the wave onset.
 * @param median - leads, µV
 * @param peak - index of the wave peak
 * @param span - samples searched before the peak
 * @returns the onset index
 * @example
 * kneeBefore(template, 30, 27); // e.g. 22
 */
export function kneeBefore(median: Float32Array[], peak: number, span: number): number {
  const start = Math.max(0, peak - span);
  let best = peak;
  let bestDistance = -1;
  for (let i = start; i <= peak; i++) {
    const t = (i - start) / Math.max(1, peak - start);
    const distance = median.reduce((s, lead) => {
      const chord = (lead[start] ?? 0) + t * ((lead[peak] ?? 0) - (lead[start] ?? 0));
      return s + ((lead[i] ?? 0) - chord) ** 2;
    }, 0);
    if (distance > bestDistance) {
      best = i;
      bestDistance = distance;
    }
  }
  return best;
}
