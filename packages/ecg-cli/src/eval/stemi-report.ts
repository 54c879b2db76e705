/**
 * The confusion table of "STEMI called" against the `st_elevation` label, with exact
 * (Clopper–Pearson) 95 % intervals as the data README asks for single-digit counts, and the
 * table of labelled mimics wrongly called.
 */
import type { StemiAssessment } from '@gesang/ecg-signal';
import { MIMIC_LABELS, type MimicLabel } from './stemi-labels.js';

/** One scored record. */
export interface StemiOutcome {
  /** `folder/record`. */
  id: string;
  /** The `st_elevation` label. */
  stElevation: boolean;
  mimics: MimicLabel[];
  /** Label text, for the listing. */
  label: string;
  /** Null when the record could not be measured (`error` says why). */
  result: StemiAssessment | null;
  error?: string;
}

/**
 * Clopper–Pearson exact two-sided 95 % interval of a proportion.
 * @param k - successes, 0–n
 * @param n - trials, ≥ 1
 * @returns [lower, upper], proportions 0–1
 * @example
 * exactInterval(2, 5); // [0.053, 0.853]
 */
export function exactInterval(k: number, n: number): [number, number] {
  const logFactorial = (i: number): number => {
    let sum = 0;
    for (let j = 2; j <= i; j++) {
      sum += Math.log(j);
    }
    return sum;
  };
  const cdf = (p: number, upTo: number): number => {
    let sum = 0;
    for (let i = 0; i <= upTo; i++) {
      const logChoose = logFactorial(n) - logFactorial(i) - logFactorial(n - i);
      sum += Math.exp(logChoose + i * Math.log(p) + (n - i) * Math.log1p(-p));
    }
    return sum;
  };
  // Bisection on a function that is positive above the root.
  const solve = (f: (p: number) => number): number => {
    let [lo, hi] = [0, 1];
    for (let step = 0; step < 60; step++) {
      const mid = (lo + hi) / 2;
      [lo, hi] = f(mid) > 0 ? [lo, mid] : [mid, hi];
    }
    return (lo + hi) / 2;
  };
  const lower = k === 0 ? 0 : solve((p) => 1 - cdf(p, k - 1) - 0.025);
  const upper = k === n ? 1 : solve((p) => 0.025 - cdf(p, k));
  return [lower, upper];
}

/**
 * Whether the assessment called STEMI.
 * @param o - a scored record
 * @returns true when measured and called
 * @example
 * outcomes.filter(stemiCalled).length;
 */
export function stemiCalled(o: StemiOutcome): boolean {
  return o.result?.stemi === true;
}

/**
 * The two tables as text: confusion counts with Se and Sp, the positives and false positives
 * listed, and per mimic label the records, those called STEMI, those whose criteria were met
 * but withheld as a mimic, and those with any mimic flagged.
 * @param outcomes - every scored record
 * @returns printable lines
 * @example
 * console.log(stemiReport(outcomes).join('\n'));
 */
export function stemiReport(outcomes: readonly StemiOutcome[]): string[] {
  const group = (label: boolean, call: boolean): StemiOutcome[] =>
    outcomes.filter((o) => o.stElevation === label && stemiCalled(o) === call);
  const [tp, fn, fp, tn] = [
    group(true, true),
    group(true, false),
    group(false, true),
    group(false, false),
  ];
  const rate = (k: number, n: number): string => {
    const [lo, hi] = exactInterval(k, n);
    const pct = (x: number): string => (100 * x).toFixed(1);
    return `${k}/${n} = ${pct(k / n)} % (exact 95 % CI ${pct(lo)}–${pct(hi)} %)`;
  };
  const line = (o: StemiOutcome): string => {
    const r = o.result;
    const mimics = r?.mimics.map((x) => `${x.kind}${x.explainsElevation ? ' (explains)' : ''}`);
    const what =
      r === null
        ? `error: ${o.error ?? ''}`
        : `${r.territories.join('+') || '-'} [${r.leadsWithElevation.join(' ')}] mimics: ${mimics?.join(', ') || '-'}`;
    return `  ${o.id.padEnd(38)} ${what} | ${o.label}`;
  };
  const mimicRows = MIMIC_LABELS.map((label) => {
    const records = outcomes.filter((o) => o.mimics.includes(label));
    const withheld = records.filter((o) => o.result?.criteriaMet === true && !stemiCalled(o));
    const flagged = records.filter((o) => (o.result?.mimics.length ?? 0) > 0);
    const cells = [
      records.length,
      records.filter(stemiCalled).length,
      withheld.length,
      flagged.length,
    ];
    return `  ${label.padEnd(24)}${cells.map((c) => String(c).padStart(8)).join('')}`;
  });
  return [
    `STEMI called vs label st_elevation=1: ${outcomes.length} records, ${outcomes.filter((o) => o.result === null).length} not measurable`,
    '                 st_elevation=1   st_elevation=0',
    `  STEMI called   TP ${String(tp.length).padStart(3)}           FP ${fp.length}`,
    `  not called     FN ${String(fn.length).padStart(3)}           TN ${tn.length}`,
    `  Se ${rate(tp.length, tp.length + fn.length)}`,
    `  Sp ${rate(tn.length, tn.length + fp.length)}`,
    'Labelled positives:',
    ...[...tp, ...fn].map((o) => `${stemiCalled(o) ? 'TP' : 'FN'}${line(o)}`),
    'False positives:',
    ...fp.map((o) => `FP${line(o)}`),
    'Labelled STEMI mimics:     records  called  withheld  any mimic flagged',
    ...mimicRows,
  ];
}
