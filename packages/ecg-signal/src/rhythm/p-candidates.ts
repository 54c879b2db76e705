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
    const out = Float64Array.from(lead, (v) => v - mean);
    out.forEach((v) => (yy += v * v));
    return out;
  });
  // Running sums give each window's mean and energy in O(1); only Σxy needs the template.
  const sums = leadsUv.map((lead) => {
    const sx = new Float64Array(lead.length + 1);
    const sxx = new Float64Array(lead.length + 1);
    for (let i = 0; i < lead.length; i++) {
      const x = lead[i] ?? 0;
      sx[i + 1] = (sx[i] ?? 0) + x;
      sxx[i + 1] = (sxx[i] ?? 0) + x * x;
    }
    return { sx, sxx };
  });
  const r = new Float32Array(allowed.length);
  const scale = new Float32Array(allowed.length);
  for (let c = half; c < allowed.length - half; c++) {
    if (allowed[c] === 0 || yy <= 0) {
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
      for (let i = 0; i < width; i++) {
        xy += (lead[start + i] ?? 0) * (y[i] ?? 0);
      }
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
