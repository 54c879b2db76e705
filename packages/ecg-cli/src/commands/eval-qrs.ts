/**
 * `gesang-ecg eval-qrs DIR [--json] [--learning-s S]`: ANSI/AAMI EC57 beat-by-beat scoring of the
 * engine's beats against the `.atr` reference annotations of every record in DIR (150 ms match
 * window, beats from minute 5 on, beat annotations only, as WFDB `bxb`). The beats scored are
 * those `analyze` reports: quality-weighted detection on all leads, then beat typing
 * (`detectAndTypeBeats`), so the VEB (ventricular ectopic beat) figures are scored as well.
 */
import { detectAndTypeBeats } from '@gesang/ecg-signal';
import type { CliCommand } from '../command.js';
import { UsageError } from '../command.js';
import {
  averageVeb,
  evaluateQrsFolder,
  formatQrsTable,
  type BeatDetector,
} from '../eval/qrs-ec57.js';
import { toPlainJson } from './analyze-format.js';

/** The engine's front end as an EC57 detector: fiducials and AAMI classes. */
const engineBeats: BeatDetector = (signal) => {
  const { fiducials, classified } = detectAndTypeBeats(signal);
  return { samples: fiducials, classes: classified?.types ?? [] };
};

/**
 * The `eval-qrs` subcommand.
 * @example
 * // gesang-ecg eval-qrs ../shared/data/ecg/mitdb --json
 */
export const evalQrsCommand: CliCommand = {
  name: 'eval-qrs',
  summary: 'Score beat detection and typing (EC57: Se, +P, VEB Se/+P) against .atr annotations',
  usage: 'eval-qrs DIR [--json] [--learning-s S]',
  details: [
    '',
    'Every record in DIR with both .hea and .atr is scored; all leads are used.',
    '',
    'Options:',
    '  --json          print one JSON object instead of the table',
    '  --learning-s S  beats before S seconds are not scored (default 300, EC57; 0 = whole record)',
  ],
  options: { json: { type: 'boolean' }, 'learning-s': { type: 'string' } },
  run: async ({ positionals, values }, io) => {
    const [dir, ...extra] = positionals;
    if (dir === undefined || extra.length > 0) {
      throw new UsageError(`expected exactly one DIR, got ${positionals.length}`);
    }
    const learning = values['learning-s'];
    const learningPeriodS = typeof learning === 'string' ? Number(learning) : 300;
    if (!(learningPeriodS >= 0)) {
      throw new UsageError(`--learning-s must be a number of seconds ≥ 0, got ${String(learning)}`);
    }
    const evaluation = await evaluateQrsFolder(dir, learningPeriodS, engineBeats);
    if (evaluation.records.length === 0) {
      io.stderr(`gesang-ecg eval-qrs: no record with both .hea and .atr in ${dir}\n`);
      return 1;
    }
    const s = evaluation.summary;
    const summaryLine =
      `${s.records} records, ${evaluation.scoredReferenceBeats} reference beats scored from ${learningPeriodS} s; ` +
      `all leads; match window 150 ms; detection and typing ${(evaluation.detectionMs / 1000).toFixed(2)} s\n`;
    io.stdout(
      values.json === true
        ? `${toPlainJson({
            folder: dir,
            learningPeriodS,
            matchWindowMs: 150,
            leads: 'all',
            records: evaluation.records,
            summary: { ...s, averageVeb: averageVeb(evaluation) },
            scoredReferenceBeats: evaluation.scoredReferenceBeats,
            detectionMs: evaluation.detectionMs,
          })}\n`
        : `${formatQrsTable(evaluation)}${summaryLine}`,
    );
    return 0;
  },
};
