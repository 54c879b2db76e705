import type { EcgTriageLevel } from '@gesang/domain';
import type { DurationDistribution } from './distributions.js';

/** How long the steps between receipt and signature take, by triage level. */
export interface ReadingModel {
  /** Receipt → on the worklist with its triage (upload finished, parsed and analysed). */
  analysisMin: DurationDistribution;
  /**
   * On the worklist → claimed, when a reader is free: the time an idle reader takes to notice it
   * (a reader who has just signed a study takes the next one at once, from the open worklist).
   */
  noticeMin: Record<EcgTriageLevel, DurationDistribution>;
  /** Claimed → signed: reading the tracing, writing and signing the report. */
  readingMin: Record<EcgTriageLevel, DurationDistribution>;
}

/**
 * The model `gesang simulate` uses unless told otherwise. The figures are planning assumptions, to
 * be replaced by the durations Gesang records (claim and sign are timestamped):
 * - analysis: 0.1 min (the ingest worker reads and analyses a 10 s 12-lead in well under a second;
 *   the rest is the job queue's polling);
 * - noticing: a critical ECG is pushed to every on-duty reader with a sound, exponential with mean
 *   0.5 min; urgent and routine appear on the live worklist, mean 2 min;
 * - reading: lognormal. Routine median 3 min, σ 0.5 (p90 5.7 min); urgent median 4 min, σ 0.5
 *   (p90 7.6 min, rhythm strips to measure); critical median 4 min, σ 0.3 (p90 5.9, p99 8.0 min:
 *   the finding is evident, the report is short, and the reader is trained to finish it quickly).
 * @example defaultReadingModel.readingMin.routine // { kind: 'lognormal', medianMin: 3, sigma: 0.5 }
 */
export const defaultReadingModel: ReadingModel = {
  analysisMin: { kind: 'constant', valueMin: 0.1 },
  noticeMin: {
    critical: { kind: 'exponential', meanMin: 0.5 },
    urgent: { kind: 'exponential', meanMin: 2 },
    routine: { kind: 'exponential', meanMin: 2 },
  },
  readingMin: {
    critical: { kind: 'lognormal', medianMin: 4, sigma: 0.3 },
    urgent: { kind: 'lognormal', medianMin: 4, sigma: 0.5 },
    routine: { kind: 'lognormal', medianMin: 3, sigma: 0.5 },
  },
};
