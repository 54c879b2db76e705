/**
 * Result types of rhythm and conduction analysis (`analyze-rhythm.ts`). Every finding carries
 * its evidence: the beats or samples it rests on, the measured values and the thresholds they
 * were compared with, so that a report can say why.
 */

/** The dominant rhythm of the record. */
export type RhythmCode =
  | 'sinus_rhythm'
  | 'sinus_bradycardia'
  | 'sinus_tachycardia'
  | 'sinus_arrhythmia'
  | 'atrial_fibrillation'
  | 'atrial_flutter'
  | 'supraventricular_tachycardia'
  | 'ventricular_tachycardia'
  | 'undetermined';

/** A statement about rhythm or conduction. */
export type RhythmFindingCode =
  | 'sinus_bradycardia'
  | 'sinus_tachycardia'
  | 'sinus_arrhythmia'
  | 'atrial_fibrillation'
  | 'atrial_flutter'
  | 'supraventricular_tachycardia'
  | 'ventricular_run'
  | 'ventricular_tachycardia_nonsustained'
  | 'ventricular_tachycardia_sustained'
  | 'pause'
  | 'av_block_first_degree'
  | 'av_block_second_degree_mobitz_1'
  | 'av_block_second_degree_mobitz_2'
  | 'av_block_third_degree'
  | 'premature_ventricular_complexes'
  | 'premature_atrial_complexes';

/** Why a finding was made. */
export interface RhythmEvidence {
  /** Indices of the beats concerned (into the classified beats), when beats are the evidence. */
  beats?: number[];
  /** Sample indices concerned (e.g. non-conducted P waves, start and end of an episode). */
  samples?: number[];
  /** Measured values, unit in the key (`rateBpm`, `prMs`, `rrMs`). */
  values: Record<string, number>;
  /** The thresholds they were compared with, unit in the key. */
  thresholds: Record<string, number>;
}

/** One finding. */
export interface RhythmFinding {
  code: RhythmFindingCode;
  evidence: RhythmEvidence;
}

/** Per-beat atrial activity found before each QRS. */
export interface PWaveTrack {
  /** Sample of the P wave conducted to each beat (its peak), −1 when none was found. */
  pPeakSample: Int32Array;
  /** PR interval of each beat (P onset to QRS onset), ms; `NaN` without a P wave. */
  prMs: Float64Array;
  /** P waves followed by no QRS within the longest PR accepted (non-conducted), samples. */
  nonConductedPSamples: number[];
  /** Every P wave found, conducted or not, samples, ascending. */
  allPSamples: number[];
  /** Whether an atrial (P) template could be built at all. */
  hasTemplate: boolean;
}

/** Result of `analyzeRhythm`. */
export interface RhythmAnalysis {
  /** Dominant rhythm. */
  rhythm: RhythmCode;
  /** Mean ventricular rate over the record, beats per minute; null with fewer than 2 beats. */
  ventricularRateBpm: number | null;
  /** Atrial rate from the P–P intervals, per minute; null without regular P waves. */
  atrialRateBpm: number | null;
  /** Findings with their evidence. */
  findings: RhythmFinding[];
  /** Counts of ectopic beats and ventricular runs (≥ 3 consecutive V beats). */
  counts: { pvc: number; pac: number; runs: number };
  /** The P waves found, per beat. */
  pWaves: PWaveTrack;
}
