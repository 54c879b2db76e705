/**
 * Signs of injury that a benign ST elevation pattern (early repolarisation, pericarditis) does
 * not produce: ST depression outside aVR and V1, and Q waves of infarction.
 *
 * ST depression: ≥ 0.5 mm (the Fourth Universal Definition's depression threshold) in any lead
 * other than aVR and V1, which are depressed in pericarditis and early repolarisation alike.
 *
 * Q waves: The Fourth Universal Definition of MI
 * (Thygesen et al. 2018) counts as Q waves of prior MI: any Q > 20 ms or a QS complex in V2–V3;
 * Q ≥ 30 ms and ≥ 0.1 mV deep, or QS, in I, II, aVL, aVF or V4–V6. Departure: `measureEcg` gives
 * no per-lead Q duration, so the duration is replaced by an amplitude ratio that keeps normal
 * septal q waves out: a Q counts when it is ≥ 100 µV deep and at least a quarter of the R (or the
 * lead has no R: QS). III, aVR and V1 are left out: a Q or QS is common and normal there.
 */
import { leadOf } from '../morphology/leads.js';
import { measured, type Evidence } from '../morphology/types.js';
import type { Measurements } from '../measurements/types.js';
import type { LeadStLevel } from './st-levels.js';

/** Shallowest Q that can count as pathological, µV. */
export const MIN_PATHOLOGICAL_Q_UV = 100;

/** Leads where a Q or QS complex is common in normal hearts. */
const Q_EXEMPT = new Set(['III', 'aVR', 'V1']);

/**
 * The leads among `leads` with a Q wave of infarction amplitude.
 * @param m - measurements from `measureEcg`
 * @param leads - leads to look at (typically those with ST elevation)
 * @returns the leads with such a Q, and the evidence (Q/R of every lead looked at)
 * @example
 * pathologicalQLeads(m, ['V2', 'V3']).leads; // ['V2', 'V3'] for QS complexes
 */
export function pathologicalQLeads(
  m: Measurements,
  leads: readonly string[],
): { leads: string[]; evidence: Evidence[] } {
  const found: string[] = [];
  const evidence: Evidence[] = [];
  for (const name of leads) {
    const lead = leadOf(m, name);
    if (lead === undefined || Q_EXEMPT.has(name)) {
      continue;
    }
    const q = -lead.qAmplitudeUv;
    if (q < MIN_PATHOLOGICAL_Q_UV) {
      continue;
    }
    const ratio = lead.rAmplitudeUv > 0 ? q / lead.rAmplitudeUv : Infinity;
    evidence.push(
      measured('Q depth / R height', [name], Number.isFinite(ratio) ? ratio : 99, 'ratio', {
        comparison: '>=',
        value: 0.25,
      }),
    );
    if (ratio >= 0.25) {
      found.push(name);
    }
  }
  return { leads: found, evidence };
}

/**
 * Leads with ST depression outside aVR and V1 (reciprocal or ischaemic change).
 * @param levels - assessable ST levels (`readStLevels`)
 * @returns the leads and one evidence item (their count, which must be 0 for a benign pattern)
 * @example
 * depressionOutsideAvrV1(levels).leads; // ['aVL'] with inferior injury
 */
export function depressionOutsideAvrV1(levels: readonly LeadStLevel[]): {
  leads: string[];
  evidence: Evidence;
} {
  const leads = levels
    .filter((l) => l.depressed && l.lead !== 'aVR' && l.lead !== 'V1')
    .map((l) => l.lead);
  const evidence = measured(
    'leads with ST depression (outside aVR, V1)',
    leads,
    leads.length,
    'count',
    {
      comparison: '<=',
      value: 0,
    },
  );
  return { leads, evidence };
}
