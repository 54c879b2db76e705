/**
 * EC57 beat-by-beat scoring of `detectQrs` on a folder of WFDB records with `.atr` reference
 * annotations (ANSI/AAMI EC57:1998 as run by WFDB `bxb`: 150 ms window, from minute 5, beat
 * annotations only). For the `eval-qrs` command and the MIT-BIH test; reference beats come from
 * the annotation files only.
 */
import { basename, join } from 'node:path';
import {
  aamiClassOfMitCode,
  detectQrs,
  scoreEc57Record,
  summarizeEc57,
  type AamiBeatClass,
  type Ec57RecordScore,
  type Ec57Summary,
} from '@gesang/ecg-signal';
import { loadWfdbAnnotations, loadWfdbRecord } from '../disk/load-wfdb.js';
import { findFiles } from '../disk/shared-data.js';

/** Per-record and pooled scores, with the detector's run time. */
export interface QrsEvaluation {
  records: Ec57RecordScore[];
  summary: Ec57Summary;
  /** Reference beats in the scored window (TP + FN). */
  scoredReferenceBeats: number;
  /** Time spent in `detectQrs` over all records, ms (reading excluded). */
  detectionMs: number;
}

/**
 * Detect and score every record in a folder that has both `.hea` and `.atr`.
 * @param dir folder of WFDB records.
 * @param learningPeriodS beats before this time are not scored, s (EC57: 300).
 * @returns per-record and gross/average Se and +P.
 * @example const { summary } = await evaluateQrsFolder('/work/shared/data/ecg/mitdb');
 */
export async function evaluateQrsFolder(
  dir: string,
  learningPeriodS = 300,
): Promise<QrsEvaluation> {
  const records: Ec57RecordScore[] = [];
  let detectionMs = 0;
  let scoredReferenceBeats = 0;
  for (const atr of findFiles(dir, '.atr')) {
    const name = basename(atr, '.atr');
    const { record } = await loadWfdbRecord(join(dir, `${name}.hea`));
    const reference = (await loadWfdbAnnotations(atr)).flatMap((a) => {
      const cls = aamiClassOfMitCode(a.code);
      return cls === null ? [] : [{ sample: a.sample, cls }];
    });
    const startSample = Math.round(learningPeriodS * record.sampleRateHz);
    const started = performance.now();
    const detection = detectQrs(record);
    detectionMs += performance.now() - started;
    const score = scoreEc57Record(
      name,
      {
        samples: reference.map((b) => b.sample),
        classes: reference.map((b): AamiBeatClass => b.cls),
      },
      { samples: detection.samples },
      { sampleRateHz: record.sampleRateHz, startSample, matchWindowMs: 150 },
    );
    scoredReferenceBeats += score.truePositives + score.falseNegatives;
    records.push(score);
  }
  return { records, summary: summarizeEc57(records), scoredReferenceBeats, detectionMs };
}

/**
 * The evaluation as a fixed-width text table (one row per record, then gross and average).
 * @param evaluation result of {@link evaluateQrsFolder}.
 * @returns the table, lines ending in `\n`.
 * @example process.stdout.write(formatQrsTable(await evaluateQrsFolder(dir)));
 */
export function formatQrsTable(evaluation: QrsEvaluation): string {
  const pct = (v: number | null): string => (v === null ? '     -' : v.toFixed(2).padStart(6));
  const row = (
    name: string,
    tp: number,
    fn: number,
    fp: number,
    se: number | null,
    ppv: number | null,
  ): string =>
    `${name.padEnd(8)} ${String(tp).padStart(6)} ${String(fn).padStart(4)} ${String(fp).padStart(4)}  ${pct(se)}  ${pct(ppv)}\n`;
  const s = evaluation.summary;
  return [
    `record       TP   FN   FP    Se %   +P %\n`,
    ...evaluation.records.map((r) =>
      row(
        r.record,
        r.truePositives,
        r.falseNegatives,
        r.falsePositives,
        r.sensitivityPct,
        r.positivePredictivityPct,
      ),
    ),
    row(
      'gross',
      s.truePositives,
      s.falseNegatives,
      s.falsePositives,
      s.grossSensitivityPct,
      s.grossPositivePredictivityPct,
    ),
    `${'average'.padEnd(27)}  ${pct(s.averageSensitivityPct)}  ${pct(s.averagePositivePredictivityPct)}\n`,
  ].join('');
}
