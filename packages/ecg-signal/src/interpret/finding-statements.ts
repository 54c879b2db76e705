/**
 * Statements from the rhythm and the morphology findings, through the code table of
 * `finding-codes.ts`, each with the finding's own evidence.
 */
import type { Finding } from '../morphology/types.js';
import type { RhythmAnalysis, RhythmFinding } from '../rhythm/types.js';
import { fromMeasuredEvidence, fromRhythmEvidence, tidy, type StatementSet } from './evidence.js';
import {
  DOMINANT_RHYTHM_STATEMENTS,
  MORPHOLOGY_STATEMENTS,
  RHYTHM_FINDING_STATEMENTS,
} from './finding-codes.js';

const VT_CODES: ReadonlySet<RhythmFinding['code']> = new Set([
  'ventricular_tachycardia_nonsustained',
  'ventricular_tachycardia_sustained',
]);

/**
 * Adds the dominant rhythm and every rhythm or conduction finding. A run of ventricular beats
 * that is also ventricular tachycardia is stated once, as VT, with a note saying whether it was
 * sustained (≥ 30 s).
 * @param set - the interpretation's statements
 * @param rhythm - result of `analyzeRhythm`
 * @param beatSamples - sample index of every classified beat (turns beat indices into samples)
 * @example
 * addRhythmStatements(set, analyzeRhythm(signal, beats, m), beats.samples);
 */
export function addRhythmStatements(
  set: StatementSet,
  rhythm: RhythmAnalysis,
  beatSamples: Int32Array,
): void {
  const vtSpans = new Set(
    rhythm.findings.filter((f) => VT_CODES.has(f.code)).map((f) => spanKey(f)),
  );
  for (const finding of rhythm.findings) {
    if (finding.code === 'ventricular_run' && vtSpans.has(spanKey(finding))) {
      continue;
    }
    const evidence = fromRhythmEvidence(finding.evidence, beatSamples);
    if (VT_CODES.has(finding.code)) {
      evidence.note =
        finding.code === 'ventricular_tachycardia_sustained'
          ? 'Sustained (≥ 30 s).'
          : 'Non-sustained (< 30 s).';
    }
    set.add(RHYTHM_FINDING_STATEMENTS[finding.code], evidence);
  }
  const dominant = DOMINANT_RHYTHM_STATEMENTS[rhythm.rhythm];
  if (dominant !== null && !set.has(dominant)) {
    set.add(dominant, {
      values: {
        'ventricular rate (bpm)':
          rhythm.ventricularRateBpm === null ? null : tidy(rhythm.ventricularRateBpm),
        'atrial rate (bpm)': rhythm.atrialRateBpm === null ? null : tidy(rhythm.atrialRateBpm),
      },
      note: 'Dominant rhythm of the record.',
    });
  }
}

/**
 * Adds every conduction and morphology finding with its leads, values, thresholds and criteria.
 * @param set - the interpretation's statements
 * @param findings - result of `assessMorphology`
 * @example
 * addMorphologyStatements(set, assessMorphology(m, context, { pacing }));
 */
export function addMorphologyStatements(set: StatementSet, findings: readonly Finding[]): void {
  for (const finding of findings) {
    set.add(MORPHOLOGY_STATEMENTS[finding.code], {
      ...fromMeasuredEvidence(finding.evidence, finding.leads),
      note: `${finding.text} (${finding.criteria}).`,
    });
  }
}

function spanKey(finding: RhythmFinding): string {
  return (finding.evidence.samples ?? finding.evidence.beats ?? []).join(',');
}
