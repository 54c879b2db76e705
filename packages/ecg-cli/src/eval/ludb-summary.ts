/**
 * Summaries of the LUDB delineation evaluation (`ludb-delineation.ts`): per-lead and global
 * error statistics (mean, SD, mean |error|, as the CSE study reports them) and a plain-text
 * table for the test log and the team's notes.
 */
import { INTERVALS, type DelineationRecord } from './ludb-delineation.js';
import { SCORED_WAVES, type ScoredWave } from './ludb-scoring.js';

/** Mean, standard deviation (n − 1) and mean absolute value of errors, ms. */
export interface ErrorStats {
  n: number;
  meanMs: number;
  sdMs: number;
  meanAbsMs: number;
}

/**
 * Error statistics of a list.
 * @param values - errors, ms
 * @returns n, mean, SD, mean |error| (NaN for an empty list)
 * @example
 * errorStats([2, -2, 4]).meanMs; // 1.333
 */
export function errorStats(values: readonly number[]): ErrorStats {
  const n = values.length;
  const meanMs = values.reduce((a, b) => a + b, 0) / n;
  const sdMs = Math.sqrt(values.reduce((a, b) => a + (b - meanMs) ** 2, 0) / Math.max(1, n - 1));
  return { n, meanMs, sdMs, meanAbsMs: values.reduce((a, b) => a + Math.abs(b), 0) / n };
}

/**
 * Per-lead statistics over all records: errors of found marks and sensitivity.
 * @param records - from {@link evaluateLudbDelineation}
 * @returns per boundary: error stats, marks found, marks annotated, sensitivity %
 * @example
 * perLeadSummary(records).qrsOnset.sensitivityPct; // 100
 */
export function perLeadSummary(
  records: readonly DelineationRecord[],
): Record<ScoredWave, ErrorStats & { found: number; annotated: number; sensitivityPct: number }> {
  const out = {} as ReturnType<typeof perLeadSummary>;
  for (const key of SCORED_WAVES) {
    const found = records.reduce((a, r) => a + r.comparison.perLead[key].found, 0);
    const annotated = records.reduce((a, r) => a + r.comparison.perLead[key].annotated, 0);
    const errors = records.flatMap((r) => r.comparison.perLead[key].errorsMs);
    out[key] = {
      ...errorStats(errors),
      found,
      annotated,
      sensitivityPct: (100 * found) / annotated,
    };
  }
  return out;
}

/**
 * Global statistics, one error per record (the CSE unit): boundaries and intervals.
 * @param records - the records to include (e.g. without ventricular pacing)
 * @returns per boundary and per interval: stats of (ours − cardiologists)
 * @example
 * globalSummary(records.filter((r) => !r.paced)).qrsOnset.meanMs;
 */
export function globalSummary(
  records: readonly DelineationRecord[],
): Record<ScoredWave | (typeof INTERVALS)[number], ErrorStats> {
  const out = {} as ReturnType<typeof globalSummary>;
  for (const key of SCORED_WAVES) {
    out[key] = errorStats(records.flatMap((r) => nonNull(r.comparison.globalErrorMs[key])));
  }
  for (const key of INTERVALS) {
    out[key] = errorStats(
      records.flatMap((r) => {
        const ours = r.ours[key];
        const reference = r.comparison.reference[key];
        return ours === null || reference === null ? [] : [ours - reference];
      }),
    );
  }
  return out;
}

const nonNull = (v: number | null): number[] => (v === null ? [] : [v]);

const cell = (s: ErrorStats): string =>
  `${s.meanMs.toFixed(1).padStart(6)} ${s.sdMs.toFixed(1).padStart(6)} ${s.meanAbsMs.toFixed(1).padStart(6)} ${String(s.n).padStart(5)}`;

/**
 * Formats the evaluation.
 * @param records - from `evaluateLudbDelineation`
 * @returns the table: per lead (all records), global over all records and without pacing
 * @example
 * console.log(formatDelineationTable(records));
 */
export function formatDelineationTable(records: readonly DelineationRecord[]): string {
  const head = `${''.padEnd(15)}${'mean'.padStart(6)} ${'SD'.padStart(6)} ${'|err|'.padStart(6)} ${'n'.padStart(5)}`;
  const perLead = perLeadSummary(records);
  const lines = [
    `Per lead, beats in the median beat, ms (ours − cardiologist), found within 150 ms:`,
    `${head}   Se %`,
  ];
  for (const key of SCORED_WAVES) {
    const s = perLead[key];
    lines.push(
      `${key.padEnd(15)}${cell(s)}  ${s.sensitivityPct.toFixed(1).padStart(5)} (${s.found}/${s.annotated})`,
    );
  }
  const nonPaced = records.filter((r) => !r.paced);
  for (const [title, subset] of [
    [`Global, one value per record, all ${records.length} records:`, records],
    [`Global, ${nonPaced.length} records without ventricular pacing:`, nonPaced],
  ] as const) {
    const g = globalSummary(subset);
    lines.push('', title, head);
    for (const key of [...SCORED_WAVES, ...INTERVALS]) {
      lines.push(`${key.padEnd(15)}${cell(g[key])}`);
    }
  }
  return lines.join('\n');
}
