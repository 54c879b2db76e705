/**
 * Diagnostic scoring of the engine on a labelled development folder (`eval-dx`): every record of
 * `labels.csv` is interpreted (sex and age from its header, or for PTB-XL from
 * `ptbxl_database_subset.csv`), and each class of `dx-classes.ts` gets its confusion counts,
 * sensitivity, specificity, PPV and F1, with exact Clopper–Pearson 95 % intervals: with 3–105
 * records per folder the counts are small, and the interval is what can honestly be said.
 */
import { join } from 'node:path';
import {
  interpretEcg,
  type EcgSignal,
  type InterpretContext,
  type StatementCode,
} from '@gesang/ecg-signal';
import { loadWfdbRecord } from '../disk/load-wfdb.js';
import { clopperPearson } from './clopper-pearson.js';
import { DX_CLASSES, type DxClass } from './dx-classes.js';
import { ptbxlDemographics, readLabels } from './dx-labels.js';

/**
 * What the scoring needs from an interpretation: `interpretEcg` by default; tests pass others,
 * which may also look at the record's `labels.csv` name.
 */
export type DxInterpreter = (
  signal: EcgSignal,
  context: InterpretContext,
  record: string,
) => { statements: readonly { code: StatementCode }[] };

/** A proportion with its exact interval, percent; null when its denominator is 0. */
export interface DxRate {
  pct: number;
  /** Clopper–Pearson 95 % interval, percent. */
  ci95Pct: [number, number];
}

/** Counts and rates of one class. */
export interface DxClassScore {
  name: string;
  truth: string;
  predicted: readonly StatementCode[];
  truePositives: number;
  falseNegatives: number;
  falsePositives: number;
  trueNegatives: number;
  sensitivity: DxRate | null;
  specificity: DxRate | null;
  positivePredictiveValue: DxRate | null;
  /** 2 TP / (2 TP + FP + FN), 0–1; null without labelled or called records. */
  f1: number | null;
}

/** Result of {@link evaluateDxFolder}. */
export interface DxEvaluation {
  folder: string;
  /** Per record: the classes labelled and called, and the statement codes. */
  records: { record: string; labelled: string[]; called: string[]; statements: StatementCode[] }[];
  /** Records that could not be read or interpreted (not scored). */
  errors: { record: string; error: string }[];
  classes: DxClassScore[];
}

/**
 * Interprets and scores every record listed in `DIR/labels.csv`.
 * @param dir - a development folder with `labels.csv` (e.g. `../shared/data/ecg/ludb`)
 * @param interpret - the interpreter under test (default `interpretEcg`)
 * @param classes - the classes to score (default {@link DX_CLASSES})
 * @returns per-class scores, per-record calls and the records that failed
 * @example
 * const { classes } = await evaluateDxFolder('/work/shared/data/ecg/ptbxl_wfdb');
 * classes.find((c) => c.name === 'AF')?.sensitivity?.ci95Pct;
 */
export async function evaluateDxFolder(
  dir: string,
  interpret: DxInterpreter = interpretEcg,
  classes: readonly DxClass[] = DX_CLASSES,
): Promise<DxEvaluation> {
  const demographics = ptbxlDemographics(dir);
  const records: DxEvaluation['records'] = [];
  const errors: DxEvaluation['errors'] = [];
  for (const labels of readLabels(dir)) {
    try {
      const { record } = await loadWfdbRecord(join(dir, `${labels.record}.hea`));
      const { sex, ageYears } = record.patient;
      const context: InterpretContext = {
        ...demographics.get(labels.record),
        ...(sex === undefined ? {} : { sex }),
        ...(ageYears === undefined ? {} : { ageYears }),
      };
      const codes = new Set(
        interpret(record, context, labels.record).statements.map((s) => s.code),
      );
      records.push({
        record: labels.record,
        labelled: classes.filter((c) => c.isLabelled(labels)).map((c) => c.name),
        called: classes.filter((c) => c.predicted.some((p) => codes.has(p))).map((c) => c.name),
        statements: [...codes],
      });
    } catch (error) {
      errors.push({
        record: labels.record,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return { folder: dir, records, errors, classes: classes.map((c) => scoreClass(c, records)) };
}

function scoreClass(c: DxClass, records: DxEvaluation['records']): DxClassScore {
  let tp = 0;
  let fn = 0;
  let fp = 0;
  let tn = 0;
  for (const r of records) {
    const labelled = r.labelled.includes(c.name);
    const called = r.called.includes(c.name);
    tp += Number(labelled && called);
    fn += Number(labelled && !called);
    fp += Number(!labelled && called);
    tn += Number(!labelled && !called);
  }
  return {
    name: c.name,
    truth: c.truth,
    predicted: c.predicted,
    truePositives: tp,
    falseNegatives: fn,
    falsePositives: fp,
    trueNegatives: tn,
    sensitivity: rate(tp, tp + fn),
    specificity: rate(tn, tn + fp),
    positivePredictiveValue: rate(tp, tp + fp),
    f1: 2 * tp + fp + fn > 0 ? (2 * tp) / (2 * tp + fp + fn) : null,
  };
}

function rate(x: number, n: number): DxRate | null {
  const ci = clopperPearson(x, n);
  return ci === null ? null : { pct: (100 * x) / n, ci95Pct: [100 * ci[0], 100 * ci[1]] };
}
