/**
 * P-wave candidates by template matching: the pooled multi-lead Pearson correlation of the P
 * template at every allowed centre, and the best-first choice of local maxima. Matched filtering
 * of the P wave as surveyed by Sörnmo & Laguna (Bioelectrical Signal Processing in Cardiac and
 * Neurological Applications, Elsevier 2005); departure: correlation (shape) and least-squares
 * scale (size) are tested separately, so that a P wave half or twice the template's size still
 * counts.
 */
import type { AtrialTemplate } from './atrial-template.js';

/** Pooled correlation with the template for a P wave. */
const MIN_CORRELATION = 0.8;
/** Amplitude of a P wave relative to the template (least-squares scale). */
const AMPLITUDE_RANGE = [0.4, 2.5] as const;

/**
 * Correlation and least-squares scale of the template centred at every allowed sample.
 * @param leadsUv - filtered leads, µV
 * @param template - the P template (per lead, centred on its peak)
 * @param allowed - 1 where a centre may lie
 * @returns per sample the pooled correlation (0 where not allowed) and the scale
 * @example
 * const score = scoreCentres(leadsUv, template, allowed);
 */
export function scoreCentres(
  leadsUv: readonly Float32Array[],
  template: AtrialTemplate,
  allowed: Uint8Array,
): { r: Float32Array; scale: Float32Array } {
  const half = template.halfWidthSamples;
  const width = 2 * half + 1;
  let yy = 0;
  const centred = template.leadsUv.map((lead) => {
    const mean = lead.reduce((s, v) => s + v, 0) / width;
    const out = new Float64Array(lead.length);
    for (let i = 0; i < lead.length; i++) {
      const v = (lead[i] ?? 0) - mean;
      out[i] = v;
      yy += v * v;
    }
    return out;
  });
  // Running sums give each window's mean and energy in O(1); only Σxy needs the template.
  const sums = leadsUv.map(runningSums);
  const r = new Float32Array(allowed.length);
  const scale = new Float32Array(allowed.length);
  if (yy <= 0) {
    return { r, scale };
  }
  for (let c = half; c < allowed.length - half; c++) {
    if (allowed[c] === 0) {
      continue;
    }
    const start = c - half;
    let xy = 0;
    let xx = 0;
    for (let l = 0; l < centred.length; l++) {
      const lead = leadsUv[l];
      const y = centred[l];
      const sum = sums[l];
      if (lead === undefined || y === undefined || sum === undefined) {
        continue;
      }
      xy += crossProduct(lead, start, y, width);
      const sx = (sum.sx[start + width] ?? 0) - (sum.sx[start] ?? 0);
      xx += (sum.sxx[start + width] ?? 0) - (sum.sxx[start] ?? 0) - (sx * sx) / width;
    }
    r[c] = xx > 0 ? xy / Math.sqrt(xx * yy) : 0;
    scale[c] = xy / yy;
  }
  return { r, scale };
}

/**
 * P waves: local maxima of the correlation reaching {@link MIN_CORRELATION} with a scale inside
 * {@link AMPLITUDE_RANGE}, taken best first and at least `gap` samples apart.
 * @param score - from {@link scoreCentres}
 * @param gap - smallest distance between two P waves, samples
 * @returns P-wave centres, ascending
 * @example
 * pickEvents(scoreCentres(leadsUv, template, allowed), 36);
 */
export function pickEvents(score: { r: Float32Array; scale: Float32Array }, gap: number): number[] {
  const { r, scale } = score;
  const candidates: number[] = [];
  for (let c = 1; c < r.length - 1; c++) {
    const v = r[c] ?? 0;
    const a = scale[c] ?? 0;
    if (
      v >= MIN_CORRELATION &&
      v >= (r[c - 1] ?? 0) &&
      v > (r[c + 1] ?? 0) &&
      a >= AMPLITUDE_RANGE[0] &&
      a <= AMPLITUDE_RANGE[1]
    ) {
      candidates.push(c);
    }
  }
  candidates.sort((x, y) => (r[y] ?? 0) - (r[x] ?? 0));
  const taken: number[] = [];
  const blocked = new Uint8Array(r.length);
  for (const c of candidates) {
    if (blocked[c] === 0) {
      taken.push(c);
      blocked.fill(1, Math.max(0, c - gap + 1), Math.min(r.length, c + gap));
    }
  }
  return taken.sort((x, y) => x - y);
}

/**
 * Σ lead[start + i] · y[i] over i < width, with four partial sums (the products are independent,
 * so the CPU need not wait on each add). A function of its own: inside the scoring loop V8 kept
 * deoptimizing it.
 */
function crossProduct(lead: Float32Array, start: number, y: Float64Array, width: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let i = 0;
  for (; i + 3 < width; i += 4) {
    s0 += (lead[start + i] ?? 0) * (y[i] ?? 0);
    s1 += (lead[start + i + 1] ?? 0) * (y[i + 1] ?? 0);
    s2 += (lead[start + i + 2] ?? 0) * (y[i + 2] ?? 0);
    s3 += (lead[start + i + 3] ?? 0) * (y[i + 3] ?? 0);
  }
  for (; i < width; i++) {
    s0 += (lead[start + i] ?? 0) * (y[i] ?? 0);
  }
  return s0 + s1 + (s2 + s3);
}

/** Running sums Σx and Σx² of a lead (index i: the first i samples). */
function runningSums(lead: Float32Array): { sx: Float64Array; sxx: Float64Array } {
  const sx = new Float64Array(lead.length + 1);
  const sxx = new Float64Array(lead.length + 1);
  let s = 0;
  let q = 0;
  for (let i = 0; i < lead.length; i++) {
    const x = lead[i] ?? 0;
    s += x;
    q += x * x;
    sx[i + 1] = s;
    sxx[i + 1] = q;
  }
  return { sx, sxx };
}
