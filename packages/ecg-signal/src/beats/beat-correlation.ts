/**
 * Multi-lead template matching of one beat: the Pearson correlation between the beat's QRS
 * region and a template, all leads pooled (each lead centred on its own mean, so a lead counts in
 * proportion to its energy), maximised over small shifts that absorb fiducial jitter. This is the
 * template-matching step of Hamilton's open-source beat classifier (Hamilton 2002, "Open source
 * ECG analysis", Computers in Cardiology 29:101–104); departures: Pearson correlation instead of
 * his sum of absolute differences, and all leads at once instead of one, so that the score does
 * not depend on the amplitude of the beat (amplitude is judged separately by `residualRatio`).
 * The sums behind the correlation are in `beat-sums.ts`.
 */
import type { BeatTemplate } from './beat-window.js';
import { beatPowerInto, centreTemplate, crossSumsInto, type CentredTemplate } from './beat-sums.js';

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
  return matchCentred(leadsUv, fiducial, centreTemplate(template), maxLagSamples);
}

/**
 * {@link matchBeat} against a template centred beforehand, optionally with the beat's power per
 * shift computed beforehand (`beatPowerInto`): the values are the same, the work done once.
 * @param leadsUv - filtered leads, µV, same order as the template's leads
 * @param fiducial - the beat's fiducial, sample index
 * @param centred - the template, centred (`centreTemplate`)
 * @param maxLagSamples - largest shift tried, samples (≥ 0)
 * @param power - per shift (index lag + maxLagSamples), the beat's power over the template's
 *   leads; computed here when absent
 * @returns the best correlation, its shift and the relative residual there
 * @example
 * const centred = centreTemplate(dominant);
 * matchCentred(leadsUv, 1200, centred, 7).correlation; // 0.97 for a normal beat
 */
export function matchCentred(
  leadsUv: readonly Float32Array[],
  fiducial: number,
  centred: CentredTemplate,
  maxLagSamples: number,
  power?: Float64Array,
): BeatMatch {
  const { preSamples, width, power: syy } = centred;
  const length = leadsUv[0]?.length ?? 0;
  let best: BeatMatch = { correlation: -1, lagSamples: 0, residualRatio: Number.POSITIVE_INFINITY };
  // The shifts whose window lies inside the record, a contiguous range.
  const firstLag = Math.max(-maxLagSamples, preSamples - fiducial);
  const lastLag = Math.min(maxLagSamples, length - width - fiducial + preSamples);
  if (firstLag > lastLag) {
    return best;
  }
  const lagCount = lastLag - firstLag + 1;
  const firstStart = fiducial + firstLag - preSamples;
  const sxy = crossSumsInto(leadsUv, centred, firstStart, lagCount, new Float64Array(lagCount));
  let sxxAll = power;
  if (sxxAll === undefined) {
    sxxAll = new Float64Array(2 * maxLagSamples + 1);
    beatPowerInto(
      leadsUv,
      centred.leads.length,
      fiducial - preSamples,
      width,
      maxLagSamples,
      sxxAll,
    );
  }
  for (let k = 0; k < lagCount; k++) {
    const lag = firstLag + k;
    const cross = sxy[k] as number;
    const sxx = sxxAll[lag + maxLagSamples] as number;
    const r = sxx > 0 && syy > 0 ? cross / Math.sqrt(sxx * syy) : 0;
    if (
      r > best.correlation ||
      (r === best.correlation && Math.abs(lag) < Math.abs(best.lagSamples))
    ) {
      const residual = syy > 0 ? Math.sqrt(Math.max(0, sxx - 2 * cross + syy) / syy) : 0;
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
  const centred = centreTemplate(reference);
  const pooled = matchCentred(padded, fiducial, centred, maxLagSamples);
  let agreeingLeads = 0;
  padded.forEach((lead, l) => {
    const own = centred.leads[l];
    if (own === undefined) {
      return;
    }
    // The lead's own centred template and energy (the same values as centring it alone).
    let power = 0;
    for (let i = 0; i < own.length; i++) {
      power += (own[i] ?? 0) ** 2;
    }
    const single = { ...centred, leads: [own], power };
    const m = matchCentred([lead], fiducial, single, maxLagSamples);
    if (
      m.correlation >= LEAD_AGREEMENT.minCorrelation &&
      m.residualRatio <= LEAD_AGREEMENT.maxResidualRatio
    ) {
      agreeingLeads++;
    }
  });
  return { ...pooled, agreeingLeads };
}
