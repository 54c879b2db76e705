/**
 * Gross and average EC57 figures over a set of records (AAMI EC57:1998 §4.3: gross statistics pool
 * the counts of all records; averages are the mean of the per-record rates).
 */
import {
  emptyConfusion,
  percent,
  vebFromConfusion,
  type Ec57Confusion,
  type Ec57RecordScore,
  type VebScore,
} from './ec57-score.js';

/** Pooled and averaged scores of several records. */
export interface Ec57Summary {
  records: number;
  truePositives: number;
  falseNegatives: number;
  falsePositives: number;
  /** Pooled TP / (TP + FN), percent. */
  grossSensitivityPct: number | null;
  /** Pooled TP / (TP + FP), percent. */
  grossPositivePredictivityPct: number | null;
  /** Mean of the per-record sensitivities that are defined. */
  averageSensitivityPct: number | null;
  /** Mean of the per-record positive predictivities that are defined. */
  averagePositivePredictivityPct: number | null;
  /** Pooled confusion counts. */
  confusion: Ec57Confusion;
  /** Gross VEB figures; null unless every record carried test classes. */
  grossVeb: VebScore | null;
}

/**
 * Pool per-record scores into gross and average figures.
 * @param scores per-record results of `scoreEc57Record`.
 * @returns gross (pooled) and average Se and +P, pooled confusion counts and VEB figures.
 * @example summarizeEc57(records.map((r) => scoreEc57Record(...))).grossSensitivityPct
 */
export function summarizeEc57(scores: readonly Ec57RecordScore[]): Ec57Summary {
  const confusion = emptyConfusion();
  let tp = 0;
  let fn = 0;
  let fp = 0;
  for (const s of scores) {
    tp += s.truePositives;
    fn += s.falseNegatives;
    fp += s.falsePositives;
    for (const row of Object.keys(confusion) as (keyof Ec57Confusion)[]) {
      for (const col of Object.keys(confusion[row]) as (keyof Ec57Confusion)[]) {
        confusion[row][col] += s.confusion[row][col];
      }
    }
  }
  const typed = scores.length > 0 && scores.every((s) => s.veb !== null);
  return {
    records: scores.length,
    truePositives: tp,
    falseNegatives: fn,
    falsePositives: fp,
    grossSensitivityPct: percent(tp, tp + fn),
    grossPositivePredictivityPct: percent(tp, tp + fp),
    averageSensitivityPct: mean(scores.map((s) => s.sensitivityPct)),
    averagePositivePredictivityPct: mean(scores.map((s) => s.positivePredictivityPct)),
    confusion,
    grossVeb: typed ? vebFromConfusion(confusion) : null,
  };
}

function mean(values: readonly (number | null)[]): number | null {
  const defined = values.filter((v): v is number => v !== null);
  return defined.length > 0 ? defined.reduce((a, b) => a + b, 0) / defined.length : null;
}
