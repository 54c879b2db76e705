/**
 * The sums behind the pooled correlation of `beat-correlation.ts`: the template centred per lead
 * with its energy Σ(y − ȳ)², the beat's energy about its mean Σx² − (Σx)²/n per shift, and the
 * cross sums Σx·(y − ȳ) per shift. The template's part depends on the template only and the
 * beat's energy on the beat only, so each is computed once and reused for every pairing. Every sum
 * is added in the same order as a plain loop over leads and samples would add it, so the values
 * do not depend on how the work is shared out.
 */
import type { BeatTemplate } from './beat-window.js';

/** A template centred per lead, with what every match against it needs. */
export interface CentredTemplate {
  /** Per lead, the template minus its mean, µV. */
  leads: Float64Array[];
  /** Σ over leads of Σ (y − ȳ)², µV². */
  power: number;
  /** Samples before the fiducial. */
  preSamples: number;
  /** Samples per lead. */
  width: number;
}

/**
 * Centres every lead of a template on its mean.
 * @param template - the template
 * @param into - a centred template of the same shape to overwrite (reused arrays), if any
 * @returns the centred leads and their pooled energy (`into` when given)
 * @example
 * centreTemplate(dominant).power; // Σ(y − ȳ)² over all leads
 */
export function centreTemplate(template: BeatTemplate, into?: CentredTemplate): CentredTemplate {
  const { preSamples, postSamples } = template;
  const width = preSamples + postSamples + 1;
  // (A plain loop: a sum updated inside a callback lives in the closure and is boxed each time.)
  let power = 0;
  const leads: Float64Array[] = into?.leads ?? [];
  for (let l = 0; l < template.leadsUv.length; l++) {
    const t = template.leadsUv[l] as Float32Array;
    let mean = 0;
    for (let i = 0; i < width; i++) {
      mean += t[i] ?? 0;
    }
    mean /= width;
    const c = (leads[l] ??= new Float64Array(width));
    for (let i = 0; i < width; i++) {
      c[i] = (t[i] ?? 0) - mean;
      power += (c[i] ?? 0) ** 2;
    }
  }
  const centred = into ?? { leads, power, preSamples, width };
  centred.power = power;
  return centred;
}

/**
 * The beat's energy about its own mean, pooled over leads, at every shift whose window lies in
 * the record: out[lag + maxLag] = Σₗ (Σx² − (Σx)²/width) over [start + lag, start + lag + width).
 * @param leadsUv - filtered leads, µV (the first `leadCount` are used; missing ones are skipped)
 * @param leadCount - leads of the template
 * @param start - first sample of the window at shift 0
 * @param width - window length, samples
 * @param maxLag - largest shift, samples
 * @param out - 2·maxLag + 1 entries; NaN where the window leaves the record
 * @example beatPowerInto(leadsUv, 12, fiducial - 17, 43, 3, new Float64Array(7));
 */
export function beatPowerInto(
  leadsUv: readonly Float32Array[],
  leadCount: number,
  start: number,
  width: number,
  maxLag: number,
  out: Float64Array,
): void {
  const length = leadsUv[0]?.length ?? 0;
  // The shifts whose window lies inside the record, a contiguous range; NaN elsewhere.
  const first = Math.max(-maxLag, -start);
  const last = Math.min(maxLag, length - width - start);
  for (let lag = -maxLag; lag <= maxLag; lag++) {
    out[lag + maxLag] = Number.NaN;
  }
  if (first > last) {
    return;
  }
  const count = last - first + 1;
  // Four shifts side by side, each sum in its plain order (as `crossSumsInto`); a last block of
  // four may overlap the one before it.
  const block = count >= 4 ? 4 : 1;
  for (let k0 = 0; k0 < count; k0 += block) {
    const k = block === 4 ? Math.min(k0, count - 4) : k0;
    const s = start + first + k;
    let e0 = 0;
    let e1 = 0;
    let e2 = 0;
    let e3 = 0;
    for (let l = 0; l < leadCount; l++) {
      const lead = leadsUv[l];
      if (lead === undefined) {
        continue;
      }
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      let q0 = 0;
      let q1 = 0;
      let q2 = 0;
      let q3 = 0;
      if (block === 4) {
        for (let i = 0; i < width; i++) {
          const x0 = lead[s + i] as number;
          const x1 = lead[s + i + 1] as number;
          const x2 = lead[s + i + 2] as number;
          const x3 = lead[s + i + 3] as number;
          s0 += x0;
          q0 += x0 * x0;
          s1 += x1;
          q1 += x1 * x1;
          s2 += x2;
          q2 += x2 * x2;
          s3 += x3;
          q3 += x3 * x3;
        }
      } else {
        for (let i = 0; i < width; i++) {
          const x0 = lead[s + i] as number;
          s0 += x0;
          q0 += x0 * x0;
        }
      }
      e0 += q0 - (s0 * s0) / width;
      e1 += q1 - (s1 * s1) / width;
      e2 += q2 - (s2 * s2) / width;
      e3 += q3 - (s3 * s3) / width;
    }
    const at = first + k + maxLag;
    out[at] = e0;
    if (block === 4) {
      out[at + 1] = e1;
      out[at + 2] = e2;
      out[at + 3] = e3;
    }
  }
}

/**
 * Cross sums Σₗ Σᵢ x[s + k + i]·yₗ[i] for k = 0 … lagCount − 1, every window inside the leads.
 * Four shifts run side by side: each keeps its own sum, in the order of the plain loop, while the
 * four chains of additions overlap and each template value is loaded once for the four.
 * @param leadsUv - filtered leads, µV
 * @param centred - the centred template (its leads choose the leads used)
 * @param firstStart - first sample of the window at k = 0 (≥ 0; the last window must fit)
 * @param lagCount - shifts, ≥ 1
 * @param out - receives the sums, ≥ lagCount entries
 * @returns `out`
 * @example crossSumsInto(leadsUv, centreTemplate(dominant), 980, 7, new Float64Array(7));
 */
export function crossSumsInto(
  leadsUv: readonly Float32Array[],
  centred: CentredTemplate,
  firstStart: number,
  lagCount: number,
  out: Float64Array,
): Float64Array {
  const { leads: ys, width } = centred;
  // With fewer than four shifts, one block of four would read past the last window.
  const block = lagCount >= 4 ? 4 : 1;
  for (let k0 = 0; k0 < lagCount; k0 += block) {
    // The last block of four may overlap the one before it: those shifts get the same sums.
    const k = block === 4 ? Math.min(k0, lagCount - 4) : k0;
    let a0 = 0;
    let a1 = 0;
    let a2 = 0;
    let a3 = 0;
    for (let l = 0; l < ys.length; l++) {
      const lead = leadsUv[l];
      const y = ys[l];
      if (lead === undefined || y === undefined) {
        continue;
      }
      const s = firstStart + k;
      if (block === 4) {
        for (let i = 0; i < width; i++) {
          const yi = y[i] as number;
          const j = s + i;
          a0 += (lead[j] as number) * yi;
          a1 += (lead[j + 1] as number) * yi;
          a2 += (lead[j + 2] as number) * yi;
          a3 += (lead[j + 3] as number) * yi;
        }
      } else {
        for (let i = 0; i < width; i++) {
          a0 += (lead[s + i] as number) * (y[i] as number);
        }
      }
    }
    out[k] = a0;
    if (block === 4) {
      out[k + 1] = a1;
      out[k + 2] = a2;
      out[k + 3] = a3;
    }
  }
  return out;
}
