/**
 * ST depression as the Fourth Universal Definition of MI states it among the ECG signs of
 * ischaemia (Thygesen K et al. 2018, Circulation 138:e618–e651): new horizontal or downsloping
 * ST depression ≥ 0.5 mm (50 µV) in two contiguous leads. Rule here: ST ≤ −50 µV at the J point
 * (`stemi/st-levels.ts`, with its guard against a J point still on the QRS slope) and still
 * ≤ −50 µV at J + 80 ms, which leaves out the upsloping depression that returns to baseline, in
 * two contiguous leads (`stemi/contiguity.ts`; aVR belongs to no pair). Not applied when the
 * repolarisation is secondary to the depolarisation: QRS ≥ 120 ms, complete bundle branch block,
 * paced rhythm or LVH strain. Departures: "new" cannot be judged from one ECG, and the slope is
 * judged from two points instead of the segment's shape.
 */
import type { Measurements } from '../measurements/types.js';
import type { Finding } from '../morphology/types.js';
import { contiguousPairs } from '../stemi/contiguity.js';
import { readStLevels } from '../stemi/st-levels.js';
import { ST_DEPRESSION_UV, udmiThresholds } from '../stemi/thresholds.js';
import type { StatementEvidence } from '../statements/statement.js';
import { tidy } from './evidence.js';

/** Findings whose secondary ST-T changes make the rule inapplicable. */
const SECONDARY: ReadonlySet<Finding['code']> = new Set([
  'completeLbbb',
  'completeRbbb',
  'pacedRhythm',
  'lvhStrain',
]);

/**
 * Evidence of contiguous horizontal or downsloping ST depression, or null.
 * @param m - measurements from `measureEcg` (unusable leads already left out)
 * @param findings - `assessMorphology` findings of the same record
 * @returns leads, ST at J and J + 80 ms per depressed lead, thresholds; null when the rule is not
 *   met or does not apply
 * @example
 * stDepressionEvidence(m, findings)?.leads; // ['V4', 'V5', 'V6']
 */
export function stDepressionEvidence(
  m: Measurements,
  findings: readonly Finding[],
): StatementEvidence | null {
  if (m.qrsDurationMs >= 120 || findings.some((f) => SECONDARY.has(f.code))) {
    return null;
  }
  const { levels } = readStLevels(m, udmiThresholds({}));
  const depressed = levels.filter(
    (l) => l.stJUv <= -ST_DEPRESSION_UV && (m.leads[l.lead]?.stJ80Uv ?? 0) <= -ST_DEPRESSION_UV,
  );
  const pairs = contiguousPairs(new Set(depressed.map((l) => l.lead)));
  if (pairs.length === 0) {
    return null;
  }
  const leads = [...new Set(pairs.flatMap((p) => p.leads))];
  const values: Record<string, number> = {};
  for (const lead of leads) {
    values[`ST at J ${lead} (uV)`] = tidy(m.leads[lead]?.stJUv ?? NaN);
    values[`ST at J+80 ${lead} (uV)`] = tidy(m.leads[lead]?.stJ80Uv ?? NaN);
  }
  return {
    leads,
    values,
    thresholds: {
      'ST at J (uV)': `<= -${ST_DEPRESSION_UV}`,
      'ST at J+80 (uV)': `<= -${ST_DEPRESSION_UV}`,
      'contiguous leads': 2,
    },
    note: 'Fourth UDMI: horizontal or downsloping ST depression ≥ 0.5 mm in two contiguous leads; whether it is new needs a previous ECG.',
  };
}
