/**
 * `interpretEcg`: the automatic pre-read of one record, the public entry point of the engine.
 * Steps, each in its own module:
 * signal quality (`quality/`) → QRS detection on all leads, weighted by quality (`qrs/`) → beat
 * typing N/S/V/F/Q (`beats/`) → measurements of the median normal beat (`measurements/`) →
 * rhythm and conduction (`rhythm/`) → pacemaker spikes, bundle branch blocks, LVH, QT, voltage
 * (`morphology/`) → ST-elevation MI with its mimics (`stemi/`) → ST depression, axis, extreme
 * rates and poor quality (this folder) → coded statements with evidence (`statements/`) →
 * triage (`triage/`). Leads the quality check marks unusable are left out from beat typing on,
 * so a detached or flat lead yields `poor_quality`, never an ST or voltage statement.
 * The record is prepared once (`prepared/`): each filtered version of a lead (0.5 Hz high-pass,
 * 0.5–40 Hz band, measurement band, QRS feature) is computed once and read by every stage that
 * needs it, and dropped when the call returns.
 */
import type { ClassifiedBeats } from '../beats/types.js';
import { measurePreparedEcg } from '../measurements/measure-ecg.js';
import type { Measurements } from '../measurements/types.js';
import { assessMorphology } from '../morphology/assess-morphology.js';
import { detectPacingSpikes } from '../morphology/pacing-spikes.js';
import { withScratch } from '../memory/scratch.js';
import type { EcgSignal } from '../record.js';
import { prepareSignal, type PreparedSignal } from '../prepared/prepared-signal.js';
import { analyzePreparedRhythm } from '../rhythm/analyze-rhythm.js';
import { assessStemi } from '../stemi/assess-stemi.js';
import { triage } from '../triage/triage.js';
import { StatementSet } from './evidence.js';
import { addMorphologyStatements, addRhythmStatements } from './finding-statements.js';
import { detectAndTypePrepared, poorQualityEvidence } from './quality-gate.js';
import { axisStatement, extremeRateStatement } from './rate-axis.js';
import { stDepressionEvidence } from './st-depression.js';
import { addStemiStatements } from './stemi-statements.js';
import type { InterpretContext, Interpretation } from './types.js';

/**
 * Interprets an ECG: quality, beats, measurements, rhythm, coded statements with evidence, triage.
 * @param signal - the record: 1–15 leads of equal length, µV, 100–1000 Hz, 6 s to 30 min
 * @param context - patient sex and age in years when known (ST, LVH and QT thresholds)
 * @returns the interpretation; beats at the record's own rate
 * @throws RangeError when the record has no lead, leads of unequal length or a rate outside the
 *   detector's range (`detectQrs`)
 * @example
 * const result = interpretEcg(record, { sex: 'male', ageYears: 58 });
 * result.triage.level; // 'critical'
 * result.statements.find((s) => s.code === 'stemi')?.evidence.leads; // ['II', 'III', 'aVF']
 */
export function interpretEcg(signal: EcgSignal, context: InterpretContext = {}): Interpretation {
  // The filtered leads and work arrays are lent from the scratch pool for this call only; the
  // interpretation is made of arrays of its own (`memory/scratch.ts`).
  return withScratch(() => interpretRecord(signal, context));
}

/** {@link interpretEcg} inside its scratch scope. */
function interpretRecord(signal: EcgSignal, context: InterpretContext): Interpretation {
  const sampleCount = signal.leads[0]?.samplesUv.length ?? 0;
  const record = {
    sampleRateHz: signal.sampleRateHz,
    leads: signal.leads.map((lead) => String(lead.name)),
    durationS: sampleCount / signal.sampleRateHz,
  };
  const {
    quality,
    usable: analysed,
    usablePrepared,
    fiducials,
    classified: beats,
  } = detectAndTypePrepared(signal, prepareSignal(signal));
  const statements = new StatementSet();
  const poor = poorQualityEvidence(quality);
  if (poor !== null) {
    statements.add('poor_quality', poor);
  }
  const measurements = beats === null ? null : measure(usablePrepared, beats);
  const rhythm =
    beats === null ? null : analyzePreparedRhythm(usablePrepared, beats, measurements ?? undefined);

  if (beats !== null && rhythm !== null) {
    addRhythmStatements(statements, rhythm, beats.samples);
  }
  if (beats !== null && measurements !== null) {
    addMorphologyAndSt(statements, analysed, beats, measurements, context);
  }
  if (analysed.leads.length > 0) {
    const rate = extremeRateStatement(
      rhythm?.ventricularRateBpm ?? null,
      fiducials.length,
      record.durationS,
    );
    if (rate !== null) {
      statements.add(rate.code, rate.evidence);
    }
  }
  const list = statements.list();
  return {
    record,
    quality,
    beats: Array.from(fiducials, (sample, b) => ({ sample, type: beats?.types[b] ?? 'Q' })),
    measurements,
    rhythm,
    statements: list,
    triage: triage(list),
  };
}

/** Median of the normal beats; null when no lead shows a QRS (`measureEcg` RangeError). */
function measure(prepared: PreparedSignal, beats: ClassifiedBeats): Measurements | null {
  try {
    return measurePreparedEcg(prepared, beats.samples, {
      excludeBeats: beats.types.map((t) => t !== 'N'),
    });
  } catch (error) {
    if (error instanceof RangeError) {
      return null;
    }
    throw error;
  }
}

/** Pacing, morphology, STEMI (or else ST depression) and axis statements. */
function addMorphologyAndSt(
  statements: StatementSet,
  signal: EcgSignal,
  beats: ClassifiedBeats,
  m: Measurements,
  context: InterpretContext,
): void {
  const pacing = detectPacingSpikes(signal, beats.samples, {
    qrsOnsetOffsetMs: m.waves.qrsOnset.offsetMs,
  });
  const findings = assessMorphology(m, context, { pacing });
  addMorphologyStatements(statements, findings);
  const stemi = assessStemi(m, { ...context, pacing, findings });
  addStemiStatements(statements, stemi);
  const depression = stemi.stemi ? null : stDepressionEvidence(m, findings);
  if (depression !== null) {
    statements.add('st_depression', depression);
  }
  const axis = axisStatement(m);
  if (axis !== null) {
    statements.add(axis.code, axis.evidence);
  }
}
