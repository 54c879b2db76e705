/**
 * Left ventricular hypertrophy by voltage, and the LVH "strain" repolarisation pattern.
 * - Sokolow & Lyon 1949 (Am Heart J 37:161–186): SV1 + max(RV5, RV6) ≥ 3.5 mV, or RaVL ≥ 1.1 mV.
 * - Cornell voltage (Casale et al. 1985, J Am Coll Cardiol 6:572–580): RaVL + SV3 > 2.8 mV in
 *   men, > 2.0 mV in women. With sex unknown the men's 2.8 mV is applied (the more specific
 *   threshold: an LVH statement also changes how ST elevation in V1–V3 is read) and the
 *   evidence says so.
 * - Strain (Okin et al. 2004, Hypertension 44:48–54: downsloping convex ST with an inverted
 *   asymmetric T opposite to the QRS in V5 and/or V6) with LVH voltage. Departure: strain is read
 *   from values, not shape: in V5 or V6 with a dominant R, T ≤ −100 µV, ST at J+60 ms ≤ −50 µV and
 *   not above ST at J (downsloping).
 * Voltage criteria are adult criteria; they are not applied under 16 years of age.
 */
import type { Measurements } from '../measurements/types.js';
import { leadOf, qrsPolarity, sDepthUv } from './leads.js';
import type { PatientContext } from './types.js';
import { measured, type Finding } from './types.js';

/** Youngest age, years, at which the adult voltage criteria are applied. */
export const LVH_MIN_AGE_YEARS = 16;

/**
 * LVH by Sokolow–Lyon and by Cornell voltage, and the strain pattern with either.
 * @param m - measurements from `measureEcg` (V1, V3, V5, V6, aVL as available)
 * @param context - sex (Cornell threshold) and age (adults only)
 * @returns zero to three findings: `lvhSokolowLyon`, `lvhCornell`, `lvhStrain`
 * @example
 * assessLvh(m, { sex: 'female' }).map((f) => f.code); // ['lvhCornell']
 */
export function assessLvh(m: Measurements, context: PatientContext = {}): Finding[] {
  if (context.ageYears !== undefined && context.ageYears < LVH_MIN_AGE_YEARS) {
    return [];
  }
  const findings: Finding[] = [];
  const v1 = leadOf(m, 'V1');
  const v3 = leadOf(m, 'V3');
  const avl = leadOf(m, 'aVL');
  const v5v6 = ['V5', 'V6'].flatMap((name) => {
    const lead = leadOf(m, name);
    return lead === undefined ? [] : [{ name, r: lead.rAmplitudeUv }];
  });
  const tallest = v5v6.reduce((a, b) => (b.r > a.r ? b : a), { name: 'V5', r: -1 });
  const sokolow =
    v1 !== undefined && tallest.r >= 0
      ? measured('SV1 + max(RV5, RV6)', ['V1', tallest.name], sDepthUv(v1) + tallest.r, 'uV', {
          comparison: '>=',
          value: 3500,
        })
      : undefined;
  const ravl =
    avl === undefined
      ? undefined
      : measured('RaVL', ['aVL'], avl.rAmplitudeUv, 'uV', { comparison: '>=', value: 1100 });
  if (sokolow?.met === true || ravl?.met === true) {
    findings.push({
      code: 'lvhSokolowLyon',
      text: 'Left ventricular hypertrophy by voltage (Sokolow–Lyon)',
      leads: [
        ...(sokolow?.met === true ? sokolow.leads : []),
        ...(ravl?.met === true ? ['aVL'] : []),
      ],
      criteria: 'Sokolow & Lyon 1949: SV1 + max(RV5, RV6) ≥ 3.5 mV or RaVL ≥ 1.1 mV',
      evidence: [sokolow, ravl].filter((e) => e !== undefined),
    });
  }
  if (avl !== undefined && v3 !== undefined) {
    const female = context.sex === 'female';
    const known = female || context.sex === 'male';
    const cornell = measured(
      `RaVL + SV3 (${female ? 'women' : known ? 'men' : "sex unknown: men's threshold"})`,
      ['aVL', 'V3'],
      avl.rAmplitudeUv + sDepthUv(v3),
      'uV',
      { comparison: '>', value: female ? 2000 : 2800 },
    );
    if (cornell.met === true) {
      findings.push({
        code: 'lvhCornell',
        text: 'Left ventricular hypertrophy by voltage (Cornell)',
        leads: ['aVL', 'V3'],
        criteria: `Cornell voltage (Casale et al. 1985): RaVL + SV3 > ${female ? '2.0 mV (women)' : '2.8 mV (men)'}`,
        evidence: [cornell],
      });
    }
  }
  const strain = findings.length > 0 ? strainFinding(m) : null;
  return strain === null ? findings : [...findings, strain];
}

/** The strain pattern in V5 or V6 (called only with LVH voltage present). */
function strainFinding(m: Measurements): Finding | null {
  const evidence = ['V5', 'V6'].flatMap((name) => {
    const lead = leadOf(m, name);
    if (lead === undefined || lead.tAmplitudeUv === null || qrsPolarity(lead) !== 1) {
      return [];
    }
    const t = measured('T amplitude', [name], lead.tAmplitudeUv, 'uV', {
      comparison: '<=',
      value: -100,
    });
    const st = measured('ST at J+60 ms', [name], lead.stJ60Uv, 'uV', {
      comparison: '<=',
      value: Math.min(-50, lead.stJUv),
    });
    return t.met === true && st.met === true ? [t, st] : [];
  });
  if (evidence.length === 0) {
    return null;
  }
  return {
    code: 'lvhStrain',
    text: 'Left ventricular hypertrophy with repolarisation abnormality (strain pattern)',
    leads: [...new Set(evidence.flatMap((e) => e.leads))],
    criteria:
      'Okin et al. 2004: downsloping ST depression with inverted T in V5/V6, with LVH voltage',
    evidence,
  };
}
