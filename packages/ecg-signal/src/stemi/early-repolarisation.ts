/**
 * Early repolarisation (benign ST elevation) as a STEMI mimic. The pattern (Macfarlane et al.
 * 2015, J Am Coll Cardiol 66:470–477): J-point elevation with a terminal QRS notch or slur,
 * QRS < 120 ms, concave ST and upright, often tall T waves, typically V2–V5 in young men. It is
 * said to account for the elevation only when, in addition, nothing points to injury: no ST
 * depression outside aVR and V1 (reciprocal change), no Q waves of infarction in the elevated
 * leads (`injury-signs.ts`), and, when V2–V4 are elevated, the three-variable formula of Smith SW et
 * al. 2012 (Ann Emerg Med 60:45–56) below its cut-off:
 * 1.196 × ST(J+60 ms, V3, mm) + 0.059 × QTc Bazett (ms) − 0.326 × R(V4, mm) < 23.4
 * (≥ 23.4 favours subtle anterior STEMI). Departures: notch, slur and concavity are quantified
 * as in `st-shape.ts`; a shape cue is required in one elevated lead (notch or slur) or concave ST
 * in every elevated lead where it can be measured; the formula is applied to any elevation in
 * V2–V4, not only the cohort it was derived in (no prior Q waves, no LVH, no bundle branch block).
 */
import { leadOf, medianLead } from '../morphology/leads.js';
import { measured, type Evidence } from '../morphology/types.js';
import type { Measurements } from '../measurements/types.js';
import { depressionOutsideAvrV1, pathologicalQLeads } from './injury-signs.js';
import { stConcavity, terminalNotchOrSlur } from './st-shape.js';
import type { LeadStLevel } from './st-levels.js';
import type { Mimic } from './types.js';

/** Smallest concavity index read as concave ST (see `stConcavity`). */
export const CONCAVE_INDEX = 0.05;

/** Smith et al. 2012 three-variable cut-off; at or above it favours anterior STEMI. */
export const SMITH_FORMULA_CUTOFF = 23.4;

/**
 * Early repolarisation pattern among the elevated leads, and whether it explains them.
 * @param m - measurements from `measureEcg`
 * @param levels - assessable ST levels (`readStLevels`)
 * @param elevated - leads meeting their elevation threshold
 * @returns the mimic, or null when the pattern is not present
 * @example
 * earlyRepolarisation(m, levels, ['V3', 'V4', 'V5'])?.explainsElevation; // true
 */
export function earlyRepolarisation(
  m: Measurements,
  levels: readonly LeadStLevel[],
  elevated: readonly string[],
): Mimic | null {
  const narrow = measured('QRS duration', [], m.qrsDurationMs, 'ms', {
    comparison: '<',
    value: 120,
  });
  const tUpright = elevated.every((name) => (leadOf(m, name)?.tAmplitudeUv ?? 0) > 0);
  const shapes = elevated.map((name) => {
    const beat = medianLead(m, name);
    return {
      name,
      j: beat === undefined ? null : terminalNotchOrSlur(beat),
      concavity: beat === undefined ? null : stConcavity(beat),
    };
  });
  const jWave = shapes.filter((s) => s.j?.notch === true || s.j?.slur === true).map((s) => s.name);
  const measurable = shapes.filter((s) => s.concavity !== null);
  const concave =
    measurable.length > 0 && measurable.every((s) => (s.concavity ?? 0) >= CONCAVE_INDEX);
  if (narrow.met !== true || !tUpright || (jWave.length === 0 && !concave)) {
    return null;
  }
  const evidence: Evidence[] = [narrow];
  evidence.push(measured('leads with terminal QRS notch or slur', jWave, jWave.length, 'count'));
  for (const s of measurable) {
    evidence.push(
      measured('ST concavity index', [s.name], s.concavity ?? 0, 'ratio', {
        comparison: '>=',
        value: CONCAVE_INDEX,
      }),
    );
  }
  const depressed = depressionOutsideAvrV1(levels);
  evidence.push(depressed.evidence);
  const q = pathologicalQLeads(m, elevated);
  evidence.push(...q.evidence);
  const smith = ['V2', 'V3', 'V4'].some((name) => elevated.includes(name))
    ? smithFormula(m)
    : undefined;
  if (smith !== undefined) {
    evidence.push(
      smith ?? measured('Smith 2012 formula: not computable (needs V3, V4, QTc)', [], 0, 'score'),
    );
  }
  const explains =
    depressed.leads.length === 0 &&
    q.leads.length === 0 &&
    (smith === undefined || smith?.met === true);
  return {
    kind: 'earlyRepolarisation',
    explainsElevation: explains,
    text: explains
      ? 'ST elevation with the early repolarisation pattern and no sign of injury'
      : 'Early repolarisation features, but signs of injury are present',
    criteria:
      'Macfarlane et al. 2015 (notch/slur, concave ST, upright T, QRS < 120 ms); no reciprocal depression or Q waves; Smith et al. 2012 formula < 23.4 for V2–V4',
    evidence,
  };
}

/**
 * Smith et al. 2012 three-variable formula (mm at 10 mm/mV, QTc in ms).
 * @param m - measurements from `measureEcg`
 * @returns the evidence item (met when below the cut-off, i.e. favouring early repolarisation),
 *   null when V3, V4 or QTc is missing
 * @example
 * smithFormula(m)?.value; // 21.7
 */
export function smithFormula(m: Measurements): Evidence | null {
  const v3 = leadOf(m, 'V3');
  const v4 = leadOf(m, 'V4');
  if (v3 === undefined || v4 === undefined || m.qtcBazettMs === null) {
    return null;
  }
  const value =
    1.196 * (v3.stJ60Uv / 100) + 0.059 * m.qtcBazettMs - 0.326 * (v4.rAmplitudeUv / 100);
  return measured(
    'Smith 2012: 1.196·STE60(V3) + 0.059·QTcB − 0.326·R(V4)',
    ['V3', 'V4'],
    value,
    'score',
    {
      comparison: '<',
      value: SMITH_FORMULA_CUTOFF,
    },
  );
}
