/**
 * The statement-mapping table covers every finding code the analysis modules can emit. The code
 * unions are written out here and checked against the modules' types at compile time (a code
 * added to or removed from a union breaks `npx tsc` until this list follows), then every code is
 * checked at run time to map to a catalogue statement.
 */
import { describe, expect, it } from 'vitest';
import type { MorphologyCode } from '../morphology/types.js';
import type { RhythmCode, RhythmFindingCode } from '../rhythm/types.js';
import { statementCatalogue, statementCodes } from '../statements/catalogue.js';
import type { MimicKind } from '../stemi/types.js';
import {
  DOMINANT_RHYTHM_STATEMENTS,
  MIMIC_STATEMENTS,
  MORPHOLOGY_STATEMENTS,
  RHYTHM_FINDING_STATEMENTS,
} from './finding-codes.js';

/** True when the list names exactly the members of the union. */
type Covers<U, L extends readonly U[]> = [Exclude<U, L[number]>] extends [never] ? true : false;

const rhythmFindingCodes = [
  'sinus_bradycardia',
  'sinus_tachycardia',
  'sinus_arrhythmia',
  'atrial_fibrillation',
  'atrial_flutter',
  'supraventricular_tachycardia',
  'ventricular_run',
  'ventricular_tachycardia_nonsustained',
  'ventricular_tachycardia_sustained',
  'pause',
  'av_block_first_degree',
  'av_block_second_degree_mobitz_1',
  'av_block_second_degree_mobitz_2',
  'av_block_third_degree',
  'premature_ventricular_complexes',
  'premature_atrial_complexes',
] as const satisfies readonly RhythmFindingCode[];
const rhythmCodes = [
  'sinus_rhythm',
  'sinus_bradycardia',
  'sinus_tachycardia',
  'sinus_arrhythmia',
  'atrial_fibrillation',
  'atrial_flutter',
  'supraventricular_tachycardia',
  'ventricular_tachycardia',
  'undetermined',
] as const satisfies readonly RhythmCode[];
const morphologyCodes = [
  'completeRbbb',
  'incompleteRbbb',
  'completeLbbb',
  'incompleteLbbb',
  'lvhSokolowLyon',
  'lvhCornell',
  'lvhStrain',
  'longQt',
  'markedlyLongQt',
  'lowQrsVoltage',
  'pacedRhythm',
] as const satisfies readonly MorphologyCode[];
const mimicKinds = [
  'leftBundleBranchBlock',
  'pacedRhythm',
  'leftVentricularHypertrophy',
  'earlyRepolarisation',
  'pericarditis',
] as const satisfies readonly MimicKind[];

// Compile-time: each list is the whole union.
const complete: [
  Covers<RhythmFindingCode, typeof rhythmFindingCodes>,
  Covers<RhythmCode, typeof rhythmCodes>,
  Covers<MorphologyCode, typeof morphologyCodes>,
  Covers<MimicKind, typeof mimicKinds>,
] = [true, true, true, true];

describe('finding code → statement table', () => {
  it.each([
    ['rhythm findings', rhythmFindingCodes, RHYTHM_FINDING_STATEMENTS],
    ['dominant rhythm', rhythmCodes, DOMINANT_RHYTHM_STATEMENTS],
    ['morphology findings', morphologyCodes, MORPHOLOGY_STATEMENTS],
    ['STEMI mimics', mimicKinds, MIMIC_STATEMENTS],
  ] as const)('maps every code of the %s to a catalogue statement', (_, codes, table) => {
    expect(complete).toEqual([true, true, true, true]);
    expect(Object.keys(table).sort()).toEqual([...codes].sort());
    for (const code of codes) {
      const statement = (table as Record<string, string | null>)[code];
      if (code === 'undetermined') {
        expect(statement).toBeNull(); // an undetermined rhythm states nothing
        continue;
      }
      expect(statementCodes, code).toContain(statement);
      expect(statementCatalogue[statement as keyof typeof statementCatalogue].text.en).not.toBe('');
    }
  });

  it('keeps the clinical meaning of the codes whose names differ', () => {
    expect(RHYTHM_FINDING_STATEMENTS.ventricular_tachycardia_nonsustained).toBe(
      'ventricular_tachycardia',
    );
    expect(RHYTHM_FINDING_STATEMENTS.av_block_second_degree_mobitz_2).toBe('av_block_mobitz_2');
    expect(MORPHOLOGY_STATEMENTS.completeLbbb).toBe('left_bundle_branch_block');
    expect(MORPHOLOGY_STATEMENTS.incompleteRbbb).toBe('incomplete_right_bundle_branch_block');
    expect(MIMIC_STATEMENTS.earlyRepolarisation).toBe('early_repolarization');
  });
});
