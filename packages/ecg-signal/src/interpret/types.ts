/**
 * Input context and result of `interpretEcg` (`interpret-ecg.ts`): the whole automatic pre-read of
 * one record, from signal quality to triage. Every part keeps its own module's shape, so a reader
 * can follow a statement back to the beats, measurements or rhythm evidence it came from.
 */
import type { BeatType, ClassifiedBeats } from '../beats/types.js';
import type { Measurements } from '../measurements/types.js';
import type { PatientContext } from '../morphology/types.js';
import type { SignalQuality } from '../quality/signal-quality.js';
import type { EcgSignal } from '../record.js';
import type { RhythmAnalysis } from '../rhythm/types.js';
import type { Statement } from '../statements/statement.js';
import type { Triage } from '../triage/triage.js';

/**
 * What the interpretation needs to know about the patient: sex and age choose the ST elevation,
 * LVH and QT thresholds. Either may be absent; the statements then say which thresholds applied.
 * @example
 * const context: InterpretContext = { sex: 'female', ageYears: 63 };
 */
export type InterpretContext = PatientContext;

/** The record as analysed: its rate, lead names in file order and length. */
export interface InterpretedRecord {
  /** Samples per second per lead, Hz (the record's own; nothing is resampled). */
  sampleRateHz: number;
  /** Lead names in the record's order, normalised (`aVR`, `V1`, `MLII`). */
  leads: string[];
  /** Length, s (samples per lead ÷ rate). */
  durationS: number;
}

/** One detected beat: its QRS fiducial at the record's own rate and its AAMI EC57 class. */
export interface InterpretedBeat {
  /** Sample index at `record.sampleRateHz`, from the first sample of the record. */
  sample: number;
  /** N normal/BBB, S supraventricular ectopic, V ventricular ectopic, F fusion, Q unclassifiable. */
  type: BeatType;
}

/**
 * Everything `interpretEcg` finds in a record.
 * @example
 * const result: Interpretation = interpretEcg(signal, { sex: 'male', ageYears: 58 });
 * result.triage.level; // 'critical'
 * result.statements.map((s) => s.code); // ['sinus_rhythm', 'stemi']
 */
export interface Interpretation {
  record: InterpretedRecord;
  /** Per-lead quality; leads marked unusable were left out of every later step. */
  quality: SignalQuality;
  /** Every detected beat, in time order. */
  beats: InterpretedBeat[];
  /**
   * Measurements of the median of the normal beats (all beats when none is normal), on the usable
   * leads; null when no beat was detected or no lead shows a QRS.
   */
  measurements: Measurements | null;
  /** Rhythm and conduction; null when no beat was detected. */
  rhythm: RhythmAnalysis | null;
  /** The coded statements with their evidence, one per code, in catalogue order. */
  statements: Statement[];
  /** Level and the statements that set it. */
  triage: Triage;
}

/** Result of `detectAndTypeBeats` (`quality-gate.ts`): the front end of the interpretation. */
export interface TypedBeats {
  /** Per-lead quality of the whole record. */
  quality: SignalQuality;
  /** The record without its unusable leads (the signal every later step analyses). */
  usable: EcgSignal;
  /** QRS fiducials, samples at the record's own rate, ascending; empty without a usable lead. */
  fiducials: Int32Array;
  /** The beats with their AAMI classes; null when no beat was found. */
  classified: ClassifiedBeats | null;
}
