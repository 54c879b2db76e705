/**
 * Statements from the ST-elevation MI assessment (`../stemi/assess-stemi.ts`):
 * - `stemi` when the call is made, with territories, the contiguous leads and their ST levels,
 *   reciprocal depression, the thresholds used and why (sex and age known or not), and the notes;
 * - `st_elevation` when the voltage criteria are met in contiguous leads but a mimic accounts for
 *   the elevation (the over-reader still sees it, and the triage keeps it urgent);
 * - the mimic that accounts for it (`MIMIC_STATEMENTS`), with its own evidence.
 */
import type { Evidence } from '../morphology/types.js';
import type { StemiAssessment } from '../stemi/types.js';
import type { StatementEvidence } from '../statements/statement.js';
import { fromMeasuredEvidence, type StatementSet } from './evidence.js';
import { MIMIC_STATEMENTS } from './finding-codes.js';

/**
 * Adds the statements of an ST assessment to a set.
 * @param set - the interpretation's statements
 * @param a - result of `assessStemi`
 * @example
 * addStemiStatements(set, assessStemi(m, { sex: 'female' }));
 * set.has('stemi'); // true for contiguous elevation not explained by a mimic
 */
export function addStemiStatements(set: StatementSet, a: StemiAssessment): void {
  const contiguous = [...new Set(a.contiguousPairs.flat())];
  if (a.stemi) {
    const leads = a.method === 'udmi2018' ? contiguous : a.leadsWithElevation;
    // With LBBB or pacing the Sgarbossa criteria decided: their values are the evidence.
    const items =
      a.method === 'udmi2018'
        ? a.evidence
        : [...a.evidence, ...a.mimics.flatMap((m) => m.evidence)];
    const evidence = stEvidence(a, [...leads, ...a.reciprocalLeads], items);
    set.add('stemi', {
      ...evidence,
      leads,
      note: [
        `Territories: ${a.territories.join(', ') || '-'}; reciprocal depression: ${a.reciprocalLeads.join(', ') || '-'}.`,
        ...a.mimics.map((m) => m.text),
        evidence.note ?? '',
      ].join(' '),
    });
  } else if (a.method === 'udmi2018' && contiguous.length > 0) {
    const explaining = a.mimics.filter((m) => m.explainsElevation);
    const evidence = stEvidence(a, contiguous, a.evidence);
    set.add('st_elevation', {
      ...evidence,
      leads: contiguous,
      note: [
        `Contiguous ST elevation attributed to: ${explaining.map((m) => m.text).join('; ') || '-'}.`,
        evidence.note ?? '',
      ].join(' '),
    });
  }
  for (const mimic of a.mimics.filter((m) => m.explainsElevation)) {
    set.add(MIMIC_STATEMENTS[mimic.kind], {
      ...fromMeasuredEvidence(mimic.evidence),
      note: `${mimic.text} (${mimic.criteria}); ST elevation attributed to it, STEMI not called.`,
    });
  }
}

/** ST levels of the named leads (and every non-ST-level item), thresholds used, basis and notes. */
function stEvidence(
  a: StemiAssessment,
  leads: readonly string[],
  items: readonly Evidence[],
): StatementEvidence {
  const wanted = new Set(leads);
  const relevant = items.filter(
    (e) => e.quantity !== 'ST at J' || e.leads.some((lead) => wanted.has(lead)),
  );
  const base = fromMeasuredEvidence(relevant);
  const t = a.thresholdsUsed;
  const unassessable = a.unassessableLeads.map((u) => `${u.lead} (${u.reason})`);
  return {
    ...base,
    values: { ...base.values, territories: a.territories.join(', '), method: a.method },
    thresholds: {
      ...base.thresholds,
      'ST at J V2-V3 (uV)': `>= ${t.v2V3Uv}`,
      'ST at J other leads (uV)': `>= ${t.otherLeadsUv}`,
      'ST depression (uV)': `<= -${t.depressionUv}`,
    },
    note: [
      `Thresholds: ${t.basis}.`,
      ...a.notes,
      unassessable.length > 0 ? `Not assessable: ${unassessable.join('; ')}.` : '',
    ]
      .filter((s) => s !== '')
      .join(' '),
  };
}
