/**
 * Acute pericarditis pattern as a STEMI mimic (stage 1 of Spodick DH 2003, JAMA 289:1150–1153;
 * ESC 2015 pericardial diseases guidelines, Adler Y et al., Eur Heart J 36:2921–2964):
 * widespread concave ST elevation, PR depression (PR elevation in aVR), ST depression in aVR,
 * no reciprocal ST depression elsewhere (V1 excepted). Rules here:
 * - pattern present: ST elevation at threshold in II and in ≥ 4 leads spanning ≥ 2 of the
 *   inferior (II, III, aVF), lateral (I, aVL, V5, V6) and anterior (V2–V4) groups, with aVR ST
 *   depression ≥ 50 µV;
 * - it explains the elevation when also: no ST depression ≥ 50 µV outside aVR and V1; PR
 *   depression ≥ 50 µV against TP in ≥ 2 leads or PR elevation ≥ 50 µV in aVR; concave ST in
 *   most measurable elevated leads; no Q waves of infarction; ST elevation in II ≥ III (in
 *   inferior STEMI from the right coronary artery III usually exceeds II).
 * Departures: the lead counts and the 50 µV PR threshold quantify the sources' descriptions; the
 * Q-wave and II ≥ III conditions are added to keep infarction out.
 */
import { medianLead } from '../morphology/leads.js';
import { measured, type Evidence } from '../morphology/types.js';
import type { Measurements } from '../measurements/types.js';
import { CONCAVE_INDEX } from './early-repolarisation.js';
import { depressionOutsideAvrV1, pathologicalQLeads } from './injury-signs.js';
import { prDepressionUv, stConcavity } from './st-shape.js';
import type { LeadStLevel } from './st-levels.js';
import type { Mimic } from './types.js';

const GROUPS = [
  ['II', 'III', 'aVF'],
  ['I', 'aVL', 'V5', 'V6'],
  ['V2', 'V3', 'V4'],
];

/**
 * Pericarditis pattern among the elevated leads, and whether it explains them.
 * @param m - measurements from `measureEcg`
 * @param levels - assessable ST levels (`readStLevels`)
 * @param elevated - leads meeting their elevation threshold
 * @returns the mimic, or null when the pattern is not present
 * @example
 * pericarditis(m, levels, ['I', 'II', 'aVF', 'V4', 'V5', 'V6'])?.explainsElevation;
 */
export function pericarditis(
  m: Measurements,
  levels: readonly LeadStLevel[],
  elevated: readonly string[],
): Mimic | null {
  const level = (name: string): number | undefined => levels.find((l) => l.lead === name)?.stJUv;
  const groups = GROUPS.filter((g) => g.some((name) => elevated.includes(name))).length;
  const avr = level('aVR');
  if (
    !elevated.includes('II') ||
    elevated.length < 4 ||
    groups < 2 ||
    avr === undefined ||
    avr > -50
  ) {
    return null;
  }
  const evidence: Evidence[] = [
    measured('leads with ST elevation', [...elevated], elevated.length, 'count', {
      comparison: '>=',
      value: 4,
    }),
    measured('ST at J', ['aVR'], avr, 'uV', { comparison: '<=', value: -50 }),
  ];
  const depressed = depressionOutsideAvrV1(levels);
  evidence.push(depressed.evidence);
  const pr = prSegmentChanges(m);
  evidence.push(...pr.evidence);
  const concavities = elevated.flatMap((name) => {
    const beat = medianLead(m, name);
    const c = beat === undefined ? null : stConcavity(beat);
    return c === null ? [] : [c];
  });
  const concave = concavities.filter((c) => c >= CONCAVE_INDEX).length;
  evidence.push(
    measured('elevated leads with concave ST', [], concave, 'count', {
      comparison: '>',
      value: concavities.length / 2,
    }),
  );
  const q = pathologicalQLeads(m, elevated);
  evidence.push(...q.evidence);
  const iiOverIii = (level('II') ?? 0) >= (level('III') ?? 0);
  evidence.push(
    measured(
      'ST at J, II minus III',
      ['II', 'III'],
      (level('II') ?? 0) - (level('III') ?? 0),
      'uV',
      { comparison: '>=', value: 0 },
    ),
  );
  const explains =
    depressed.leads.length === 0 &&
    pr.present &&
    concave > concavities.length / 2 &&
    q.leads.length === 0 &&
    iiOverIii;
  return {
    kind: 'pericarditis',
    explainsElevation: explains,
    text: explains
      ? 'Diffuse ST elevation with PR depression: pericarditis pattern'
      : 'Diffuse ST elevation with aVR depression, but not the full pericarditis pattern',
    criteria:
      'Spodick 2003; ESC 2015: diffuse concave ST elevation, PR depression, aVR ST depression, no reciprocal depression; no Q waves; ST II ≥ III',
    evidence,
  };
}

/** PR depression against TP in ≥ 2 leads (V1 excepted), or PR elevation in aVR, ≥ 50 µV. */
function prSegmentChanges(m: Measurements): { present: boolean; evidence: Evidence[] } {
  const depressed: string[] = [];
  const evidence: Evidence[] = [];
  let avrElevated = false;
  for (const name of Object.keys(m.leads)) {
    const beat = medianLead(m, name);
    const pr = beat === undefined ? null : prDepressionUv(beat);
    if (pr === null || name === 'V1') {
      continue;
    }
    if (name === 'aVR') {
      avrElevated = pr <= -50;
      evidence.push(
        measured('PR elevation against TP', ['aVR'], -pr, 'uV', { comparison: '>=', value: 50 }),
      );
    } else if (pr >= 50) {
      depressed.push(name);
    }
  }
  evidence.push(
    measured('leads with PR depression ≥ 50 µV against TP', depressed, depressed.length, 'count', {
      comparison: '>=',
      value: 2,
    }),
  );
  return { present: depressed.length >= 2 || avrElevated, evidence };
}
