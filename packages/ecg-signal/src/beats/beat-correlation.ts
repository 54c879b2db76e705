/**
 * Multi-lead template matching of one beat: the Pearson correlation between the beat's QRS
 * region and a template, all leads pooled (each lead centred on its own mean, so a lead counts in
 * proportion to its energy), maximised over small shifts that absorb fiducial jitter. This is the
 * template-matching step of Hamilton's open-source beat classifier (Hamilton 2002, "Open source
 * ECG analysis", Computers in Cardiology 29:101–104); departures: Pearson correlation instead of
 * his sum of absolute differences, and all leads at once instead of one, so that the score does
 * not depend on the amplitude of the beat (amplitude is judged separately by `residualRatio`).
 */
import type { BeatTemplate } from './beat-window.js';

/** Outcome of {@link matchBeat}. */
export interface BeatMatch {
  /** Best pooled Pearson correlation, −1 to 1 (−1 when the beat lies outside the record). */
  correlation: number;
  /** Shift of the beat at the best correlation, samples (beat = template shifted by it). */
  lagSamples: number;
  /** ‖beat − template‖ / ‖template‖ at that shift, both centred per lead; ≥ 0. */
  residualRatio: number;
}

/**
 * Correlates the beat at `fiducial` with a template, trying every shift up to `maxLagSamples`.
 * @param leadsUv - filtered leads, µV, same order as the template's leads
 * @param fiducial - the beat's fiducial, sample index
 * @param template - the template to match
 * @param maxLagSamples - largest shift tried, samples (≥ 0), e.g. 20 ms worth
 * @returns the best correlation, its shift and the relative residual there
 * @example
 * matchBeat(leadsUv, 1200, dominant, 7).correlation; // 0.97 for a normal beat
 */
export function matchBeat(
  leadsUv: readonly Float32Array[],
  fiducial: number,
  template: BeatTemplate,
  maxLagSamples: number,
): BeatMatch {
  const { preSamples, postSamples } = template;
  const width = preSamples + postSamples + 1;
  const length = leadsUv[0]?.length ?? 0;
  // Centred template and its energy: Σ(x − x̄)(y − ȳ) = Σ x·(y − ȳ), so the beat needs no centring.
  // (A plain loop: a sum updated inside a callback lives in the closure and is boxed each time.)
  let syy = 0;
  const centred: Float64Array[] = [];
  for (const t of template.leadsUv) {
    let mean = 0;
    for (let i = 0; i < width; i++) {
      mean += t[i] ?? 0;
    }
    mean /= width;
    const c = new Float64Array(width);
    for (let i = 0; i < width; i++) {
      c[i] = (t[i] ?? 0) - mean;
      syy += (c[i] ?? 0) ** 2;
    }
    centred.push(c);
  }
  let best: BeatMatch = { correlation: -1, lagSamples: 0, residualRatio: Number.POSITIVE_INFINITY };
  for (let lag = -maxLagSamples; lag <= maxLagSamples; lag++) {
    const start = fiducial + lag - preSamples;
    if (start < 0 || start + width > length) {
      continue;
    }
    let sxy = 0;
    let sxx = 0;
    for (let l = 0; l < centred.length; l++) {
      const lead = leadsUv[l];
      const y = centred[l];
      if (lead === undefined || y === undefined) {
        continue;
      }
      let sx = 0;
      let sx2 = 0;
      for (let i = 0; i < width; i++) {
        const x = lead[start + i] ?? 0;
        sx += x;
        sx2 += x * x;
        sxy += x * (y[i] ?? 0);
      }
      sxx += sx2 - (sx * sx) / width;
    }
    const r = sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
    if (
      r > best.correlation ||
      (r === best.correlation && Math.abs(lag) < Math.abs(best.lagSamples))
    ) {
      const residual = syy > 0 ? Math.sqrt(Math.max(0, sxx - 2 * sxy + syy) / syy) : 0;
      best = { correlation: r, lagSamples: lag, residualRatio: residual };
    }
  }
  return best;
}

/** A lead agrees with the reference when its own correlation and residual pass these. */
export const LEAD_AGREEMENT = { minCorrelation: 0.95, maxResidualRatio: 0.4 };

/**
 * Compares two templates of the same window: pooled match and the number of leads that agree on
 * their own ({@link LEAD_AGREEMENT}); the latter tells an artefact in one lead (other leads
 * agree) from a different depolarisation (no lead agrees).
 * @param shape - the template to judge
 * @param reference - the reference (e.g. dominant) template, same window and leads
 * @param maxLagSamples - largest shift tried, samples
 * @returns the pooled match and the count of agreeing leads
 * @example
 * compareTemplates(cluster.template, dominant, 4).agreeingLeads; // 0 for a ventricular ectopic
 */
export function compareTemplates(
  shape: BeatTemplate,
  reference: BeatTemplate,
  maxLagSamples: number,
): BeatMatch & { agreeingLeads: number } {
  // Pad the shape so every shift stays inside it.
  const padded = shape.leadsUv.map((lead) => {
    const out = new Float32Array(lead.length + 2 * maxLagSamples);
    out.set(lead, maxLagSamples);
    return out;
  });
  const fiducial = maxLagSamples + shape.preSamples;
  const pooled = matchBeat(padded, fiducial, reference, maxLagSamples);
  let agreeingLeads = 0;
  padded.forEach((lead, l) => {
    const own = reference.leadsUv[l];
    if (own === undefined) {
      return;
    }
    const m = matchBeat([lead], fiducial, { ...reference, leadsUv: [own] }, maxLagSamples);
    if (
      m.correlation >= LEAD_AGREEMENT.minCorrelation &&
      m.residualRatio <= LEAD_AGREEMENT.maxResidualRatio
    ) {
      agreeingLeads++;
    }
  });
  return { ...pooled, agreeingLeads };
}
