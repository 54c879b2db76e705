/**
 * ST elevation in V1–V3 explained by left ventricular hypertrophy. With LVH voltage, V1–V3 show
 * ST elevation discordant to deep S waves; Armstrong EJ et al. 2012 ("Electrocardiographic
 * criteria for ST-elevation myocardial infarction in patients with left ventricular
 * hypertrophy", Am J Cardiol 110:977–983) found an ST elevation / S-wave depth ratio ≥ 25 % in
 * V1–V3 the best discriminator of STEMI. Rule here: with an LVH voltage finding (Sokolow–Lyon or
 * Cornell), an elevated V1, V2 or V3 with a mainly negative QRS and ST/S < 0.25 is attributed to
 * LVH and taken out of the contiguity check. Departure: Armstrong et al. measured the ratio at
 * the J point in the lead of maximal elevation; here it is applied lead by lead.
 */
import { leadOf, negativeDepthUv, qrsPolarity } from '../morphology/leads.js';
import { measured, type Evidence, type Finding } from '../morphology/types.js';
import type { Measurements } from '../measurements/types.js';
import type { LeadStLevel } from './st-levels.js';
import type { Mimic } from './types.js';

/** ST/S ratio at or above which V1–V3 elevation is not attributed to LVH (Armstrong 2012). */
export const LVH_ST_S_RATIO = 0.25;

/**
 * The elevated V1–V3 leads that LVH accounts for.
 * @param m - measurements from `measureEcg`
 * @param elevated - leads meeting their elevation threshold
 * @param findings - morphology findings (`assessMorphology`); LVH voltage must be among them
 * @returns the leads LVH explains and the mimic (with `explainsElevation` left false: the caller
 *   sets it once it knows whether contiguous elevation remains); null mimic without LVH voltage
 * @example
 * const { explained } = lvhDiscordance(m, elevated, findings); // ['V1', 'V2']
 */
export function lvhDiscordance(
  m: Measurements,
  elevated: readonly LeadStLevel[],
  findings: readonly Finding[],
): { explained: string[]; mimic: Mimic | null } {
  const lvh = findings.filter((f) => f.code === 'lvhSokolowLyon' || f.code === 'lvhCornell');
  if (lvh.length === 0) {
    return { explained: [], mimic: null };
  }
  const evidence: Evidence[] = lvh.flatMap((f) => f.evidence.filter((e) => e.met === true));
  const explained: string[] = [];
  for (const level of elevated) {
    const lead = leadOf(m, level.lead);
    if (
      !['V1', 'V2', 'V3'].includes(level.lead) ||
      lead === undefined ||
      qrsPolarity(lead) !== -1
    ) {
      continue;
    }
    const ratio = measured(
      'ST elevation / S depth (Armstrong 2012)',
      [level.lead],
      level.stJUv / Math.max(1, negativeDepthUv(lead)),
      'ratio',
      {
        comparison: '>=',
        value: LVH_ST_S_RATIO,
      },
    );
    evidence.push(ratio);
    if (ratio.met !== true) {
      explained.push(level.lead);
    }
  }
  const strain = findings.find((f) => f.code === 'lvhStrain');
  return {
    explained,
    mimic: {
      kind: 'leftVentricularHypertrophy',
      explainsElevation: false,
      text: `Left ventricular hypertrophy${strain === undefined ? '' : ' with strain pattern'}: discordant V1–V3 ST elevation below 25 % of the S wave is attributed to it`,
      criteria:
        'LVH voltage (Sokolow–Lyon / Cornell); Armstrong et al. 2012 ST/S ratio < 0.25 in V1–V3',
      evidence: [...evidence, ...(strain?.evidence ?? [])],
    },
  };
}
