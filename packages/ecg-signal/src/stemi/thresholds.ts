/**
 * ST thresholds of the Fourth Universal Definition of Myocardial Infarction (Thygesen K et al.
 * 2018, Circulation 138:e618–e651, "ECG manifestations suggestive of acute myocardial
 * ischaemia"): new J-point elevation in two contiguous leads of ≥ 1 mm (100 µV at the standard
 * 10 mm/mV) in all leads other than V2–V3, where ≥ 2 mm applies in men ≥ 40 years, ≥ 2.5 mm in
 * men < 40 years and ≥ 1.5 mm in women regardless of age. Posterior leads V7–V9: ≥ 0.5 mm
 * (≥ 1 mm in men < 40). Right chest leads V3R–V4R: ≥ 0.5 mm (≥ 1 mm in men < 30). ST depression
 * that counts (reciprocal, posterior equivalent in V1–V3): ≥ 0.5 mm.
 *
 * Unknown sex or age (a stated default, as issue 3 asks): the most sensitive applicable row,
 * so a real STEMI is not missed for lack of demographics; the mimic rules then carry the burden
 * of specificity. Sex unknown (or `other`): women's 1.5 mm in V2–V3 and 0.5 mm in posterior and
 * right leads. Man of unknown age: 2 mm (men ≥ 40) in V2–V3, 0.5 mm posterior and right.
 */
import { isPosteriorLead, isRightChestLead } from './contiguity.js';
import type { PatientContext } from '../morphology/types.js';
import type { StThresholds } from './types.js';

/** ST depression that counts, µV (0.5 mm). */
export const ST_DEPRESSION_UV = 50;

/**
 * The ST elevation thresholds for a patient.
 * @param context - sex and age in years; either may be absent
 * @returns thresholds in µV with the basis of the choice
 * @example
 * udmiThresholds({ sex: 'male', ageYears: 39 }).v2V3Uv; // 250
 * udmiThresholds({}).v2V3Uv; // 150 (sex unknown: most sensitive)
 */
export function udmiThresholds(context: PatientContext): StThresholds {
  const { sex, ageYears } = context;
  const common = { otherLeadsUv: 100, depressionUv: ST_DEPRESSION_UV };
  if (sex === 'female') {
    return {
      ...common,
      v2V3Uv: 150,
      posteriorLeadsUv: 50,
      rightLeadsUv: 50,
      basis: 'Fourth UDMI, women: V2–V3 ≥ 1.5 mm, other leads ≥ 1 mm',
    };
  }
  if (sex === 'male' && ageYears !== undefined) {
    const young = ageYears < 40;
    return {
      ...common,
      v2V3Uv: young ? 250 : 200,
      posteriorLeadsUv: young ? 100 : 50,
      rightLeadsUv: ageYears < 30 ? 100 : 50,
      basis: `Fourth UDMI, men ${young ? '< 40' : '≥ 40'} years: V2–V3 ≥ ${young ? '2.5' : '2'} mm, other leads ≥ 1 mm`,
    };
  }
  if (sex === 'male') {
    return {
      ...common,
      v2V3Uv: 200,
      posteriorLeadsUv: 50,
      rightLeadsUv: 50,
      basis:
        "Fourth UDMI, man of unknown age: most sensitive men's row (≥ 40 years): V2–V3 ≥ 2 mm, other leads ≥ 1 mm",
    };
  }
  return {
    ...common,
    v2V3Uv: 150,
    posteriorLeadsUv: 50,
    rightLeadsUv: 50,
    basis:
      'Fourth UDMI, sex unknown: most sensitive row (women): V2–V3 ≥ 1.5 mm, other leads ≥ 1 mm',
  };
}

/**
 * The elevation threshold of one lead.
 * @param thresholds - from {@link udmiThresholds}
 * @param lead - canonical lead name
 * @returns µV at J; `Infinity` for aVR (no contiguity group: never a territory of its own)
 * @example
 * elevationThresholdUv(udmiThresholds({ sex: 'female' }), 'V2'); // 150
 */
export function elevationThresholdUv(thresholds: StThresholds, lead: string): number {
  if (lead === 'V2' || lead === 'V3') {
    return thresholds.v2V3Uv;
  }
  if (isPosteriorLead(lead)) {
    return thresholds.posteriorLeadsUv;
  }
  if (isRightChestLead(lead)) {
    return thresholds.rightLeadsUv;
  }
  return lead === 'aVR' ? Infinity : thresholds.otherLeadsUv;
}
