/**
 * @gesang/ecg-signal: pure ECG numerics on typed arrays. Public API only; modules inside the
 * package import each other directly, never this index.
 */
export type { AnyLeadName, EcgLead, EcgSignal, LeadName, StandardLeadName } from './record.js';
export { STANDARD_12_LEADS, isLeadName, normalizeLeadName } from './record.js';
export { measureEcg } from './measurements/measure-ecg.js';
export type { MeasureOptions } from './measurements/measure-ecg.js';
export type {
  GlobalWaveTimes,
  LeadMeasurements,
  MedianBeat,
  Measurements,
  WaveTime,
  WaveTimes,
} from './measurements/types.js';
export { qtcBazettMs, qtcFridericiaMs } from './measurements/intervals.js';
export { frontalAxisDeg } from './measurements/axis.js';
// Pre-processing (filters/).
export { preprocessSignal } from './filters/preprocess.js';
export type { PreprocessOptions } from './filters/preprocess.js';
export { removeBaselineWander } from './filters/baseline.js';
export type { BaselineOptions } from './filters/baseline.js';
export { removeMains, mainsNotches } from './filters/mains.js';
export type { MainsOptions } from './filters/mains.js';
export { reduceMuscleNoise } from './filters/muscle.js';
export type { MuscleOptions } from './filters/muscle.js';
export { butterworth, designBiquad, magnitudeAt } from './filters/biquad.js';
export type { Biquad, BiquadKind } from './filters/biquad.js';
export { filterCausal, filterZeroPhase } from './filters/apply-biquads.js';
export { morphologicalBaseline } from './filters/morphology.js';
// Signal quality (quality/).
export { assessSignalQuality } from './quality/signal-quality.js';
export type { SignalQuality } from './quality/signal-quality.js';
export { assessLeadQuality, LEAD_QUALITY_THRESHOLDS } from './quality/lead-quality.js';
export type {
  LeadQuality,
  LeadQualityIssue,
  LeadQualityOptions,
  LeadQualityReason,
  LeadQualityStatus,
} from './quality/lead-quality.js';
// QRS detection (qrs/).
export { detectQrs } from './qrs/detect-qrs.js';
export type { DetectQrsOptions, QrsDetection } from './qrs/detect-qrs.js';
// EC57 scoring (evaluation/).
export { aamiClassOfMitCode, isMitBeatCode } from './evaluation/beat-codes.js';
export type { AamiBeatClass } from './evaluation/beat-codes.js';
export { matchBeats } from './evaluation/match-beats.js';
export type { BeatMatch, MatchBeatsOptions } from './evaluation/match-beats.js';
export { scoreEc57Record } from './evaluation/ec57-score.js';
export type {
  Ec57Confusion,
  Ec57RecordScore,
  ScoredBeats,
  VebScore,
} from './evaluation/ec57-score.js';
export { summarizeEc57 } from './evaluation/ec57-summary.js';
export type { Ec57Summary } from './evaluation/ec57-summary.js';
// Conduction and morphology findings (morphology/).
export {
  assessMorphology,
  pacedChambers,
  pacedRhythmFinding,
} from './morphology/assess-morphology.js';
export type { MorphologyOptions } from './morphology/assess-morphology.js';
export { assessLbbb } from './morphology/left-bundle-branch-block.js';
export { assessRbbb } from './morphology/right-bundle-branch-block.js';
export { assessLvh } from './morphology/lvh.js';
export { assessLongQt, assessLowVoltage } from './morphology/qt-voltage.js';
export { detectPacingSpikes } from './morphology/pacing-spikes.js';
export type {
  PacingSpike,
  PacingSpikeDetection,
  PacingSpikeOptions,
} from './morphology/pacing-spikes.js';
export type {
  Evidence,
  EvidenceThreshold,
  EvidenceUnit,
  Finding,
  MorphologyCode,
  PatientContext,
  PatientSex,
} from './morphology/types.js';
// ST-elevation myocardial infarction (stemi/).
export { assessStemi } from './stemi/assess-stemi.js';
export { udmiThresholds } from './stemi/thresholds.js';
export type {
  Mimic,
  MimicKind,
  StemiAssessment,
  StemiContext,
  StThresholds,
  Territory,
  UnassessableLead,
} from './stemi/types.js';
// Interpretation statements and triage.
export { statementCatalogue, statementCodes } from './statements/catalogue.js';
export type { StatementCode, StatementDefinition } from './statements/catalogue.js';
export { makeStatement } from './statements/statement.js';
export type { Statement, StatementEvidence } from './statements/statement.js';
export { triage, triageLevels } from './triage/triage.js';
export type { Triage, TriageLevel } from './triage/triage.js';
// Whole-record interpretation (interpret/).
export { interpretEcg } from './interpret/interpret-ecg.js';
export type {
  InterpretContext,
  InterpretedBeat,
  InterpretedRecord,
  Interpretation,
  TypedBeats,
} from './interpret/types.js';
export { detectAndTypeBeats } from './interpret/quality-gate.js';
// Beat typing (beats/) and rhythm and conduction (rhythm/).
export { classifyBeats } from './beats/classify-beats.js';
export type { BeatFeatures, BeatType, ClassifiedBeats } from './beats/types.js';
export { analyzeRhythm } from './rhythm/analyze-rhythm.js';
export type {
  PWaveTrack,
  RhythmAnalysis,
  RhythmCode,
  RhythmEvidence,
  RhythmFinding,
  RhythmFindingCode,
} from './rhythm/types.js';
