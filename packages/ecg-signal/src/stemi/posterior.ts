/**
 * Posterior (inferobasal) STEMI equivalent without posterior leads. The Fourth Universal
 * Definition of MI (Thygesen et al. 2018) reads ST depression in V1–V3 as suggestive of
 * inferobasal ischaemia, "especially when the terminal T wave is positive", and recommends
 * recording V7–V9 (≥ 0.5 mm elevation; handled as ordinary contiguous leads when present).
 * Rule here: ST depression ≥ 0.5 mm (50 µV) at J and still at J+60 ms in two contiguous leads of
 * V1–V3, with an upright T in both; a dominant R in V1 or V2 (R ≥ S) is reported as supporting
 * evidence, not required (it appears as the infarct evolves). Not applied with QRS ≥ 120 ms or
 * (incomplete) RBBB, where V1–V3 depression is secondary to the conduction defect. Departures:
 * the depression must persist at J+60 ms (horizontal or downsloping ST): J-point depression with
 * a steeply rising ST is a normal effect of fast heart rates; "T wave positive" is read as a
 * positive T amplitude (`tAmplitudeUv > 0`), not the terminal T portion.
 */
import { leadOf, sDepthUv } from '../morphology/leads.js';
import { measured, type Evidence } from '../morphology/types.js';
import type { Measurements } from '../measurements/types.js';
import type { LeadStLevel } from './st-levels.js';

/**
 * The posterior equivalent in V1–V3.
 * @param m - measurements from `measureEcg`
 * @param levels - assessable ST levels (`readStLevels`)
 * @param conductionDefect - true with QRS ≥ 120 ms or (incomplete) RBBB (the rule is then not applied)
 * @returns whether it is present, the leads, and the evidence
 * @example
 * posteriorEquivalent(m, levels, false).found; // true with V2–V3 depression and upright T
 */
export function posteriorEquivalent(
  m: Measurements,
  levels: readonly LeadStLevel[],
  conductionDefect: boolean,
): { found: boolean; leads: string[]; evidence: Evidence[] } {
  if (conductionDefect) {
    return { found: false, leads: [], evidence: [] };
  }
  const qualifying = ['V1', 'V2', 'V3'].filter((name) => {
    const level = levels.find((l) => l.lead === name);
    const lead = leadOf(m, name);
    const t = lead?.tAmplitudeUv ?? null;
    return level?.depressed === true && (lead?.stJ60Uv ?? 0) <= -50 && t !== null && t > 0;
  });
  const contiguous =
    (qualifying.includes('V1') && qualifying.includes('V2')) ||
    (qualifying.includes('V2') && qualifying.includes('V3'));
  if (!contiguous) {
    return { found: false, leads: [], evidence: [] };
  }
  const evidence: Evidence[] = qualifying.flatMap((name) => {
    const level = levels.find((l) => l.lead === name)?.stJUv ?? 0;
    return [
      measured('ST at J (depression)', [name], level, 'uV', { comparison: '<=', value: -50 }),
      measured('ST at J+60 ms', [name], leadOf(m, name)?.stJ60Uv ?? 0, 'uV', {
        comparison: '<=',
        value: -50,
      }),
      measured('T amplitude', [name], leadOf(m, name)?.tAmplitudeUv ?? 0, 'uV', {
        comparison: '>',
        value: 0,
      }),
    ];
  });
  for (const name of ['V1', 'V2']) {
    const lead = leadOf(m, name);
    if (lead !== undefined) {
      const ratio = lead.rAmplitudeUv / Math.max(1, sDepthUv(lead));
      evidence.push(
        measured('R / S (dominant R, supporting)', [name], ratio, 'ratio', {
          comparison: '>=',
          value: 1,
        }),
      );
    }
  }
  return { found: true, leads: qualifying, evidence };
}
