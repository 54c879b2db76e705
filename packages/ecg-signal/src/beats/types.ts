/**
 * Result types of beat typing (`classify-beats.ts`): one AAMI EC57 class per beat and the
 * features it was decided from, so that a report can show its evidence.
 */

/**
 * AAMI EC57 beat class: `N` normal or bundle-branch-block beat (MIT codes N, L, R, e, j), `S`
 * supraventricular ectopic (A, a, J, S), `V` ventricular ectopic (V, E), `F` fusion of
 * ventricular and normal, `Q` unclassifiable (paced, noise).
 */
export type BeatType = 'N' | 'S' | 'V' | 'F' | 'Q';

/** Per-beat features, one entry per input fiducial; `NaN` where undefined. */
export interface BeatFeatures {
  /** Interval from the previous beat, ms. */
  preRrMs: Float64Array;
  /** Interval to the next beat, ms. */
  postRrMs: Float64Array;
  /** Local RR (interquartile mean of the surrounding intervals), ms. */
  localRrMs: Float64Array;
  /** Shape cluster of the beat (index into the record's clusters, in order of creation). */
  cluster: Int32Array;
  /** QRS width of the single beat (spatial velocity), ms. */
  qrsWidthMs: Float64Array;
  /** Pooled correlation of the beat's QRS region with the dominant template, −1 to 1. */
  dominantCorrelation: Float64Array;
  /** PR interval of the P wave found before the beat, ms; `NaN` when none was found. */
  prMs: Float64Array;
}

/** Result of `classifyBeats`. */
export interface ClassifiedBeats {
  /** The fiducials classified, samples at the record's rate (a copy of the input). */
  samples: Int32Array;
  /** The record's rate, Hz. */
  sampleRateHz: number;
  /** Class of each beat, same order as `samples`. */
  types: BeatType[];
  /** Features behind the classes. */
  features: BeatFeatures;
  /** QRS width of the dominant (normal) template, ms; `NaN` without beats. */
  dominantQrsWidthMs: number;
}
