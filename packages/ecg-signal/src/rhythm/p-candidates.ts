/**
 * P-wave candidates by template matching: the pooled multi-lead Pearson correlation of the P
 * template at the allowed centres, and the best-first choice of local maxima. Matched filtering
 * of the P wave as surveyed by Sörnmo & Laguna (Bioelectrical Signal Processing in Cardiac and
 * Neurological Applications, Elsevier 2005); departure: correlation (shape) and least-squares
 * scale (size) are tested separately, so that a P wave half or twice the template's size still
 * counts. The correlation is computed exactly only where a P wave could be, found by branch and
 * bound (`p-window-sums.ts`); the P waves picked are those of the correlation at every centre.
 */
import type { AtrialTemplate } from './atrial-template.js';
import { boundedCrossSums, crossSums, windowEnergies } from './p-window-sums.js';

/** Pooled correlation with the template for a P wave. */
const MIN_CORRELATION = 0.8;
/** Amplitude of a P wave relative to the template (least-squares scale). */
const AMPLITUDE_RANGE = [0.4, 2.5] as const;

/**
 * Correlation and least-squares scale of the template centred at every allowed sample where a
 * P wave could be, and at its neighbours; elsewhere both are 0, as where not allowed (a value
 * below {@link MIN_CORRELATION} that {@link pickEvents} cannot tell from the true one).
 * @param leadsUv - filtered leads, µV
 * @param template - the P template (per lead, centred on its peak)
 * @param allowed - 1 where a centre may lie
 * @returns per sample the pooled correlation and the scale (both 0 where not computed)
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
  const r = new Float32Array(allowed.length);
  const scale = new Float32Array(allowed.length);
  if (yy <= 0) {
    return { r, scale };
  }
  // Σxy, the costly part, is needed only where a P wave could be and next to it (the
  // local-maximum test reads the neighbours); elsewhere r stays 0, which no candidate test can
  // tell from a true value below 0.8. A P wave has r ≥ 0.8 and scale ≥ 0.4, so Σxy ≥
  // max(0.8·√(Σx̃²·Σy²), 0.4·Σy²); by Cauchy–Schwarz (Σxy ≤ √(Σx̃²·Σy²)) its window energy Σx̃²
  // then lies within [0.16, (2.5 / 0.8)²]·Σy², and a bound on the leads not yet added lets Σxy
  // stop early. Thresholds are widened by 1–6 % against rounding.
  const centres = listed(allowed, half, allowed.length - half);
  const energies = windowEnergies(leadsUv, centred.length, centres, half);
  const xx = energies.total;
  const need = new Float64Array(centres.length);
  const possible = new Uint8Array(centres.length);
  for (let j = 0; j < centres.length; j++) {
    const q = xx[j] ?? 0;
    if (!(q < 0.15 * yy) && !(q > 10 * yy)) {
      possible[j] = 1;
      need[j] = Math.max(0.79 * Math.sqrt(q * yy), 0.39 * yy);
    }
  }
  const work = { alive: listed(possible, 0, possible.length), need, energies };
  const { xy, survivors } = boundedCrossSums(leadsUv, centred, centres, work, half);
  // Exact sums also next to every possible P wave (an allowed neighbour is the next list entry).
  const wanted = new Uint8Array(centres.length);
  const neighbour = new Uint8Array(centres.length);
  for (const j of survivors) {
    const c = centres[j] ?? 0;
    wanted[j] = 1;
    if (j > 0 && centres[j - 1] === c - 1) {
      neighbour[j - 1] = 1;
    }
    if (j + 1 < centres.length && centres[j + 1] === c + 1) {
      neighbour[j + 1] = 1;
    }
  }
  for (const j of survivors) {
    neighbour[j] = 0;
  }
  const neighbours = listed(neighbour, 0, neighbour.length);
  for (const j of neighbours) {
    wanted[j] = 1;
  }
  crossSums(leadsUv, centred, centres, neighbours, xy, half);
  for (let j = 0; j < centres.length; j++) {
    if (wanted[j] !== 0) {
      const c = centres[j] ?? 0;
      const p = xy[j] ?? 0;
      const q = xx[j] ?? 0;
      r[c] = q > 0 ? p / Math.sqrt(q * yy) : 0;
      scale[c] = p / yy;
    }
  }
  return { r, scale };
}

/** The indices i in [from, to) where flags[i] ≠ 0, ascending. */
function listed(flags: Uint8Array, from: number, to: number): Int32Array {
  let count = 0;
  for (let i = from; i < to; i++) {
    count += flags[i] !== 0 ? 1 : 0;
  }
  const out = new Int32Array(count);
  let k = 0;
  for (let i = from; i < to; i++) {
    if (flags[i] !== 0) {
      out[k++] = i;
    }
  }
  return out;
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
