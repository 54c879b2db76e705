/**
 * The one table from the analysis modules' finding codes to the statement catalogue
 * (`../statements/catalogue.ts`). Each record is typed `Record<TheirCodeUnion, StatementCode>`,
 * so a code added to `rhythm/`, `morphology/` or `stemi/` without a row here fails to compile.
 * Several findings may share a statement (Sokolow–Lyon and Cornell LVH both say LVH); the
 * statement then carries the evidence of all of them.
 */
import type { MorphologyCode } from '../morphology/types.js';
import type { RhythmCode, RhythmFindingCode } from '../rhythm/types.js';
import type { StatementCode } from '../statements/catalogue.js';
import type { MimicKind } from '../stemi/types.js';

/**
 * Rhythm and conduction findings (`analyzeRhythm(...).findings[].code`). Non-sustained VT (three
 * or more ventricular beats above 100/min, under 30 s) is ventricular tachycardia by definition
 * (Zipes et al. 2006) and triaged as such; the statement's evidence says it was non-sustained.
 * @example
 * RHYTHM_FINDING_STATEMENTS.av_block_second_degree_mobitz_1; // 'av_block_mobitz_1'
 */
export const RHYTHM_FINDING_STATEMENTS: Readonly<Record<RhythmFindingCode, StatementCode>> = {
  sinus_bradycardia: 'sinus_bradycardia',
  sinus_tachycardia: 'sinus_tachycardia',
  sinus_arrhythmia: 'sinus_arrhythmia',
  atrial_fibrillation: 'atrial_fibrillation',
  atrial_flutter: 'atrial_flutter',
  supraventricular_tachycardia: 'supraventricular_tachycardia',
  ventricular_run: 'ventricular_run',
  ventricular_tachycardia_nonsustained: 'ventricular_tachycardia',
  ventricular_tachycardia_sustained: 'ventricular_tachycardia',
  pause: 'pause',
  av_block_first_degree: 'av_block_first_degree',
  av_block_second_degree_mobitz_1: 'av_block_mobitz_1',
  av_block_second_degree_mobitz_2: 'av_block_mobitz_2',
  av_block_third_degree: 'av_block_third_degree',
  premature_ventricular_complexes: 'premature_ventricular_complexes',
  premature_atrial_complexes: 'premature_atrial_complexes',
};

/**
 * The dominant rhythm (`analyzeRhythm(...).rhythm`). Only normal sinus rhythm has no finding of
 * its own; the others repeat a finding and merge with it. `undetermined` says nothing.
 * @example
 * DOMINANT_RHYTHM_STATEMENTS.sinus_rhythm; // 'sinus_rhythm'
 */
export const DOMINANT_RHYTHM_STATEMENTS: Readonly<Record<RhythmCode, StatementCode | null>> = {
  sinus_rhythm: 'sinus_rhythm',
  sinus_bradycardia: 'sinus_bradycardia',
  sinus_tachycardia: 'sinus_tachycardia',
  sinus_arrhythmia: 'sinus_arrhythmia',
  atrial_fibrillation: 'atrial_fibrillation',
  atrial_flutter: 'atrial_flutter',
  supraventricular_tachycardia: 'supraventricular_tachycardia',
  ventricular_tachycardia: 'ventricular_tachycardia',
  undetermined: null,
};

/**
 * Conduction and morphology findings (`assessMorphology(...)[].code`). Markedly long QT is a
 * long QT whose evidence carries the higher threshold.
 * @example
 * MORPHOLOGY_STATEMENTS.lvhCornell; // 'left_ventricular_hypertrophy'
 */
export const MORPHOLOGY_STATEMENTS: Readonly<Record<MorphologyCode, StatementCode>> = {
  completeRbbb: 'right_bundle_branch_block',
  incompleteRbbb: 'incomplete_right_bundle_branch_block',
  completeLbbb: 'left_bundle_branch_block',
  incompleteLbbb: 'incomplete_left_bundle_branch_block',
  lvhSokolowLyon: 'left_ventricular_hypertrophy',
  lvhCornell: 'left_ventricular_hypertrophy',
  lvhStrain: 'left_ventricular_strain',
  longQt: 'long_qt',
  markedlyLongQt: 'long_qt',
  lowQrsVoltage: 'low_qrs_voltage',
  pacedRhythm: 'paced_rhythm',
};

/**
 * STEMI mimics (`assessStemi(...).mimics[].kind`): the pattern the ST elevation is attributed to.
 * @example
 * MIMIC_STATEMENTS.earlyRepolarisation; // 'early_repolarization'
 */
export const MIMIC_STATEMENTS: Readonly<Record<MimicKind, StatementCode>> = {
  leftBundleBranchBlock: 'left_bundle_branch_block',
  pacedRhythm: 'paced_rhythm',
  leftVentricularHypertrophy: 'left_ventricular_hypertrophy',
  earlyRepolarisation: 'early_repolarization',
  pericarditis: 'pericarditis_pattern',
};
