/**
 * EC57 beat-by-beat scoring of a beat detector (`detectQrs` by default; the `eval-qrs` command
 * scores the engine's front end, `detectAndTypeBeats`, with its beat classes) on a folder of WFDB
 * records with `.atr` reference annotations (ANSI/AAMI EC57:1998 as run by WFDB `bxb`: 150 ms
 * window, from minute 5, beat annotations only). For the `eval-qrs` command and the MIT-BIH test;
 * reference beats come from the annotation files only.
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
  type EcgSignal,
  type ScoredBeats,
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
 * A detector under test: QRS fiducials (samples at the record's rate), with AAMI classes when it
 * types beats (then the VEB figures are scored too).
 */
export type BeatDetector = (signal: EcgSignal) => ScoredBeats;

/** `detectQrs` alone: fiducials, no classes. */
const detectOnly: BeatDetector = (signal) => ({ samples: detectQrs(signal).samples });

/**
 * Detect and score every record in a folder that has both `.hea` and `.atr`.
 * @param dir folder of WFDB records.
 * @param learningPeriodS beats before this time are not scored, s (EC57: 300).
 * @param detector the detector under test (default `detectQrs`, untyped).
 * @returns per-record and gross/average Se and +P (and VEB figures for a typing detector).
 * @example const { summary } = await evaluateQrsFolder('/work/shared/data/ecg/mitdb');
 */
export async function evaluateQrsFolder(
  dir: string,
  learningPeriodS = 300,
  detector: BeatDetector = detectOnly,
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
    const detection = detector(record);
    detectionMs += performance.now() - started;
    const score = scoreEc57Record(
      name,
      {
        samples: reference.map((b) => b.sample),
        classes: reference.map((b): AamiBeatClass => b.cls),
      },
      detection,
      { sampleRateHz: record.sampleRateHz, startSample, matchWindowMs: 150 },
    );
    scoredReferenceBeats += score.truePositives + score.falseNegatives;
    records.push(score);
  }
  return { records, summary: summarizeEc57(records), scoredReferenceBeats, detectionMs };
}

/**
 * Mean of the per-record VEB sensitivities and positive predictivities that are defined (EC57
 * "average" statistics); null without typed records.
 * @param evaluation result of {@link evaluateQrsFolder}.
 * @returns average VEB Se and +P, percent (each null when no record defines it).
 * @example averageVeb(await evaluateQrsFolder(dir, 300, typedDetector))?.sensitivityPct;
 */
export function averageVeb(
  evaluation: QrsEvaluation,
): { sensitivityPct: number | null; positivePredictivityPct: number | null } | null {
  const veb = evaluation.records.map((r) => r.veb);
  if (veb.length === 0 || veb.some((v) => v === null)) {
    return null;
  }
  const mean = (values: (number | null | undefined)[]): number | null => {
    const defined = values.filter((v): v is number => typeof v === 'number');
    return defined.length > 0 ? defined.reduce((a, b) => a + b, 0) / defined.length : null;
  };
  return {
    sensitivityPct: mean(veb.map((v) => v?.sensitivityPct)),
    positivePredictivityPct: mean(veb.map((v) => v?.positivePredictivityPct)),
  };
}

/**
 * The evaluation as a fixed-width text table (one row per record, then gross and average), with
 * VEB columns (TP, FN, FP, Se, +P) when the detector typed beats.
 * @param evaluation result of {@link evaluateQrsFolder}.
 * @returns the table, lines ending in `\n`.
 * @example process.stdout.write(formatQrsTable(await evaluateQrsFolder(dir)));
 */
export function formatQrsTable(evaluation: QrsEvaluation): string {
  const pct = (v: number | null | undefined): string =>
    v == null ? '     -' : v.toFixed(2).padStart(6);
  const n = (v: number | undefined, width: number): string =>
    (v === undefined ? '' : String(v)).padStart(width);
  const s = evaluation.summary;
  const average = averageVeb(evaluation);
  const typed = s.grossVeb !== null;
  const row = (name: string, r: Omit<Ec57RecordScore, 'record' | 'confusion'> | null): string => {
    const det = `${name.padEnd(8)} ${n(r?.truePositives, 6)} ${n(r?.falseNegatives, 4)} ${n(r?.falsePositives, 4)}  ${pct(r?.sensitivityPct)}  ${pct(r?.positivePredictivityPct)}`;
    const v = r?.veb;
    return typed
      ? `${det}  ${n(v?.truePositives, 6)} ${n(v?.falseNegatives, 4)} ${n(v?.falsePositives, 4)}  ${pct(v?.sensitivityPct)}  ${pct(v?.positivePredictivityPct)}\n`
      : `${det}\n`;
  };
  const gross = {
    truePositives: s.truePositives,
    falseNegatives: s.falseNegatives,
    falsePositives: s.falsePositives,
    sensitivityPct: s.grossSensitivityPct,
    positivePredictivityPct: s.grossPositivePredictivityPct,
    veb: s.grossVeb,
  };
  const averageRow =
    `${'average'.padEnd(27)}  ${pct(s.averageSensitivityPct)}  ${pct(s.averagePositivePredictivityPct)}` +
    (typed
      ? `  ${''.padEnd(16)}  ${pct(average?.sensitivityPct)}  ${pct(average?.positivePredictivityPct)}`
      : '');
  return [
    `record       TP   FN   FP    Se %   +P %${typed ? '  VEB TP   FN   FP   VSe %   V+P %' : ''}\n`,
    ...evaluation.records.map((r) => row(r.record, r)),
    row('gross', gross),
    `${averageRow}\n`,
  ].join('');
}
