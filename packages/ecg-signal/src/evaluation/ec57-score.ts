/**
 * Per-record ANSI/AAMI EC57:1998 scores: QRS detection (sensitivity, positive predictivity) and
 * the ventricular-ectopic-beat (VEB) confusion bookkeeping, with the counting rules of WFDB `bxb`
 * (Moody): VEB TP = Vv; VEB FN = Vn + Vs + Vf + Vq + Vo; VEB FP = Nv + Sv + Ov (a beat detected as
 * V on a reference fusion or unknown beat is neither). Beat matching is {@link matchBeats}.
 */
import type { AamiBeatClass } from './beat-codes.js';
import { matchBeats, type MatchBeatsOptions } from './match-beats.js';

/** A beat stream: times (samples, ascending) with optional AAMI classes, one per time. */
export interface ScoredBeats {
  /** Beat times, samples at the record's rate, ascending. */
  samples: ArrayLike<number>;
  /** AAMI class per beat; absent for a detector that does not type beats. */
  classes?: ArrayLike<AamiBeatClass>;
}

/** Reference row (`O`: no reference beat) → test column (`O`: no test beat) → count. */
export type Ec57Confusion = Record<AamiBeatClass | 'O', Record<AamiBeatClass | 'O', number>>;

/** VEB counts and rates; rates are null when their denominator is 0. */
export interface VebScore {
  truePositives: number;
  falseNegatives: number;
  falsePositives: number;
  /** Vv / (Vv + VEB FN), percent. */
  sensitivityPct: number | null;
  /** Vv / (Vv + VEB FP), percent. */
  positivePredictivityPct: number | null;
}

/** EC57 score of one record. */
export interface Ec57RecordScore {
  /** Record name, for reports. */
  record: string;
  truePositives: number;
  falseNegatives: number;
  falsePositives: number;
  /** TP / (TP + FN), percent; null without reference beats. */
  sensitivityPct: number | null;
  /** TP / (TP + FP), percent; null without test beats. */
  positivePredictivityPct: number | null;
  /** Full confusion counts by class; test beats without classes count as `Q`. */
  confusion: Ec57Confusion;
  /** VEB figures; null when the test stream carries no classes. */
  veb: VebScore | null;
}

const classes: readonly (AamiBeatClass | 'O')[] = ['N', 'S', 'V', 'F', 'Q', 'O'];

/** An all-zero confusion matrix. */
export function emptyConfusion(): Ec57Confusion {
  const row = (): Record<AamiBeatClass | 'O', number> => ({ N: 0, S: 0, V: 0, F: 0, Q: 0, O: 0 });
  return { N: row(), S: row(), V: row(), F: row(), Q: row(), O: row() };
}

/**
 * Score one record's detected beats against its reference annotations (EC57 / `bxb` rules).
 * @param record record name, copied into the result.
 * @param reference reference beats with their AAMI classes (non-beat annotations removed).
 * @param test detected beats, classes optional.
 * @param options sample rate, match window (150 ms), learning period (5 min), end, exclusions.
 * @returns TP/FN/FP, Se and +P in percent, the confusion counts and the VEB figures.
 * @example scoreEc57Record('100', ref, { samples: detector.samples }, { sampleRateHz: 360 })
 */
export function scoreEc57Record(
  record: string,
  reference: ScoredBeats,
  test: ScoredBeats,
  options: MatchBeatsOptions,
): Ec57RecordScore {
  const match = matchBeats(reference.samples, test.samples, options);
  const confusion = emptyConfusion();
  const refClass = (i: number): AamiBeatClass => reference.classes?.[i] ?? 'Q';
  const testClass = (i: number): AamiBeatClass => test.classes?.[i] ?? 'Q';
  for (const [r, t] of match.pairs) {
    confusion[refClass(r)][testClass(t)]++;
  }
  for (const r of match.missedReference) {
    confusion[refClass(r)].O++;
  }
  for (const t of match.extraTest) {
    confusion.O[testClass(t)]++;
  }
  const tp = match.pairs.length;
  const fn = match.missedReference.length;
  const fp = match.extraTest.length;
  return {
    record,
    truePositives: tp,
    falseNegatives: fn,
    falsePositives: fp,
    sensitivityPct: percent(tp, tp + fn),
    positivePredictivityPct: percent(tp, tp + fp),
    confusion,
    veb: test.classes === undefined ? null : vebFromConfusion(confusion),
  };
}

/**
 * VEB figures from a confusion matrix, as `bxb` counts them.
 * @param c confusion counts (reference row → test column).
 * @returns VEB TP/FN/FP and Se, +P in percent.
 */
export function vebFromConfusion(c: Ec57Confusion): VebScore {
  const tp = c.V.V;
  const fn = classes.filter((k) => k !== 'V').reduce((sum, k) => sum + c.V[k], 0);
  const fp = c.N.V + c.S.V + c.O.V;
  return {
    truePositives: tp,
    falseNegatives: fn,
    falsePositives: fp,
    sensitivityPct: percent(tp, tp + fn),
    positivePredictivityPct: percent(tp, tp + fp),
  };
}

/**
 * `100 · part / whole`, or null when `whole` is 0.
 * @param part numerator count (≥ 0).
 * @param whole denominator count (≥ part).
 * @returns the percentage or null.
 */
export function percent(part: number, whole: number): number | null {
  return whole > 0 ? (100 * part) / whole : null;
}
