/**
 * Acute MI in LBBB or ventricular pacing, where the Fourth Universal Definition's voltage criteria
 * do not apply (secondary ST-T changes are expected).
 * - Sgarbossa EB et al. 1996 (N Engl J Med 334:481–487), scored: concordant ST elevation ≥ 1 mm
 *   in a lead with a positive QRS (5 points); ST depression ≥ 1 mm in V1, V2 or V3 (3 points);
 *   discordant ST elevation ≥ 5 mm in a lead with a negative QRS (2 points). Score ≥ 3: MI.
 * - Smith SW et al. 2012 (Ann Emerg Med 60:766–776), "Smith-modified Sgarbossa": the third rule
 *   is replaced by proportionally excessive discordant elevation, ST at J ≥ 1 mm and ≥ 25 % of
 *   the depth of the preceding S wave (ST/S ≤ −0.25); any one of the three rules is positive.
 * The decision uses the Smith-modified rule (the ratio is used); the original score is reported
 * beside it. The same rules are applied to paced rhythm (Sgarbossa et al. 1996, Am J Cardiol
 * 77:423–424, for paced rhythm). Departures: the QRS polarity ("concordant" or "discordant") is
 * the sign of the QRS net area on the median beat (peak heights without it), and the S depth is
 * the deepest negative deflection of the QRS.
 */
import { leadOf, negativeDepthUv, qrsAreaPolarity } from '../morphology/leads.js';
import { measured, type Evidence } from '../morphology/types.js';
import type { Measurements } from '../measurements/types.js';
import type { LeadStLevel } from './st-levels.js';

/** Result of {@link sgarbossa}. */
export interface SgarbossaResult {
  /** Original Sgarbossa score, 0–10; ≥ 3 positive. */
  score: number;
  /** Smith-modified rule positive: the decision. */
  smithModifiedPositive: boolean;
  concordantElevationLeads: string[];
  /** Among V1–V3. */
  concordantDepressionLeads: string[];
  /** Discordant elevation ≥ 5 mm (original rule). */
  excessiveDiscordantLeads: string[];
  /** Discordant elevation ≥ 1 mm and ≥ 25 % of the S depth (Smith's rule). */
  proportionalDiscordantLeads: string[];
  evidence: Evidence[];
}

/**
 * Applies the original and the Smith-modified Sgarbossa rules.
 * @param m - measurements from `measureEcg`
 * @param levels - assessable ST levels (`readStLevels`); unassessable leads are not used
 * @returns the score, the Smith-modified result and the leads behind each rule
 * @example
 * sgarbossa(m, readStLevels(m, thresholds).levels).smithModifiedPositive; // false in plain LBBB
 */
export function sgarbossa(m: Measurements, levels: readonly LeadStLevel[]): SgarbossaResult {
  const result: SgarbossaResult = {
    score: 0,
    smithModifiedPositive: false,
    concordantElevationLeads: [],
    concordantDepressionLeads: [],
    excessiveDiscordantLeads: [],
    proportionalDiscordantLeads: [],
    evidence: [],
  };
  for (const { lead: name, stJUv } of levels) {
    const lead = leadOf(m, name);
    if (lead === undefined || name === 'aVR') {
      continue;
    }
    const polarity = qrsAreaPolarity(m, name);
    const depth = negativeDepthUv(lead);
    if (polarity === 1 && stJUv >= 100) {
      result.concordantElevationLeads.push(name);
      result.evidence.push(
        measured('concordant ST elevation at J', [name], stJUv, 'uV', {
          comparison: '>=',
          value: 100,
        }),
      );
    }
    if (polarity === -1 && ['V1', 'V2', 'V3'].includes(name) && stJUv <= -100) {
      result.concordantDepressionLeads.push(name);
      result.evidence.push(
        measured('concordant ST depression at J', [name], stJUv, 'uV', {
          comparison: '<=',
          value: -100,
        }),
      );
    }
    if (polarity === -1 && stJUv >= 500) {
      result.excessiveDiscordantLeads.push(name);
      result.evidence.push(
        measured('discordant ST elevation at J', [name], stJUv, 'uV', {
          comparison: '>=',
          value: 500,
        }),
      );
    }
    if (polarity === -1 && stJUv >= 100 && depth > 0) {
      const ratio = measured(
        'discordant ST elevation / S depth (Smith)',
        [name],
        stJUv / depth,
        'ratio',
        { comparison: '>=', value: 0.25 },
      );
      result.evidence.push(ratio);
      if (ratio.met === true) {
        result.proportionalDiscordantLeads.push(name);
      }
    }
  }
  result.score =
    (result.concordantElevationLeads.length > 0 ? 5 : 0) +
    (result.concordantDepressionLeads.length > 0 ? 3 : 0) +
    (result.excessiveDiscordantLeads.length > 0 ? 2 : 0);
  result.smithModifiedPositive =
    result.concordantElevationLeads.length > 0 ||
    result.concordantDepressionLeads.length > 0 ||
    result.proportionalDiscordantLeads.length > 0;
  result.evidence.push(
    measured('Sgarbossa score (original, 1996)', [], result.score, 'score', {
      comparison: '>=',
      value: 3,
    }),
  );
  return result;
}
