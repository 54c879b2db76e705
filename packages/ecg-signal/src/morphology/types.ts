/**
 * Shared shapes of the conduction and morphology findings (`assessMorphology`) and of the ST
 * elevation assessment (`../stemi/`): the patient context the thresholds depend on, and the
 * evidence every finding carries (leads, measured values, thresholds), as issue 3 asks of every
 * statement. Units are explicit: each evidence item names its unit.
 */

/** Administrative sex as FHIR R4 codes it (the same strings as `EcgPatient.sex` of ecg-formats). */
export type PatientSex = 'male' | 'female' | 'other' | 'unknown';

/**
 * What the sex- and age-dependent criteria need to know about the patient. Every field may be
 * absent; each rule then says in its evidence which threshold it applied instead.
 * @example
 * const context: PatientContext = { sex: 'male', ageYears: 38 };
 */
export interface PatientContext {
  /** Sex as recorded; absent, `other` and `unknown` all mean "not known" to the criteria. */
  sex?: PatientSex;
  /** Age in years, 0–150; absent when not known. */
  ageYears?: number;
}

/** Unit of an {@link Evidence} value (`score`: a published rule's dimensionless score). */
export type EvidenceUnit = 'uV' | 'ms' | 'bpm' | 'uV/ms' | 'ratio' | 'count' | 'score';

/** A comparison of a measured value with a criterion's threshold. */
export interface EvidenceThreshold {
  comparison: '>=' | '>' | '<=' | '<';
  /** In the unit of the evidence item. */
  value: number;
}

/**
 * One measured value behind a finding: what was measured, where, how much, against what.
 * @example
 * const e: Evidence = {
 *   quantity: 'ST at J',
 *   leads: ['V2'],
 *   value: 210,
 *   unit: 'uV',
 *   threshold: { comparison: '>=', value: 200 },
 *   met: true,
 * };
 */
export interface Evidence {
  /** What was measured, e.g. `QRS duration`, `SV1 + max(RV5, RV6)`, `ST at J`. */
  quantity: string;
  /** Lead(s) it was measured in; empty for a global quantity such as the QRS duration. */
  leads: string[];
  /** The measured value, in `unit`. */
  value: number;
  unit: EvidenceUnit;
  /** The criterion's threshold, in `unit`; absent for supporting values that are not tested. */
  threshold?: EvidenceThreshold;
  /** Whether `value` meets `threshold`; absent without a threshold. */
  met?: boolean;
}

/** Codes of the conduction and morphology findings of {@link Finding}. */
export type MorphologyCode =
  | 'completeRbbb'
  | 'incompleteRbbb'
  | 'completeLbbb'
  | 'incompleteLbbb'
  | 'lvhSokolowLyon'
  | 'lvhCornell'
  | 'lvhStrain'
  | 'longQt'
  | 'markedlyLongQt'
  | 'lowQrsVoltage'
  | 'pacedRhythm';

/**
 * A conduction or morphology finding with the evidence it rests on.
 * @example
 * findings.find((f) => f.code === 'completeLbbb')?.evidence; // QRS duration, V1, V5/V6, ...
 */
export interface Finding {
  code: MorphologyCode;
  /** Short English statement; translated texts come with the statements layer. */
  text: string;
  /** Leads the finding is seen in (empty for global findings such as long QT). */
  leads: string[];
  /** The criteria applied, with their source, e.g. `Sokolow & Lyon 1949`. */
  criteria: string;
  evidence: Evidence[];
}

/**
 * Compares a value with a threshold and builds the evidence item.
 * @param quantity - what was measured
 * @param leads - where (empty for global quantities)
 * @param value - the measured value, in `unit`
 * @param unit - its unit
 * @param threshold - the criterion, or undefined for a supporting value
 * @returns the evidence item, with `met` set when there is a threshold
 * @example
 * measured('QRS duration', [], 132, 'ms', { comparison: '>=', value: 120 }).met; // true
 */
export function measured(
  quantity: string,
  leads: string[],
  value: number,
  unit: EvidenceUnit,
  threshold?: EvidenceThreshold,
): Evidence {
  if (threshold === undefined) {
    return { quantity, leads, value, unit };
  }
  const { comparison: c, value: t } = threshold;
  const met = c === '>=' ? value >= t : c === '>' ? value > t : c === '<=' ? value <= t : value < t;
  return { quantity, leads, value, unit, threshold, met };
}
