/**
 * `gesang-ecg eval-dx DIR [--json]`: diagnostic scoring of the engine against a development
 * folder's `labels.csv`: per class (AF, atrial flutter, AV blocks, bundle branch blocks, the
 * MI/ST flags) the confusion counts TP/FN/FP/TN, sensitivity, specificity, PPV and F1, each rate
 * with its exact Clopper–Pearson 95 % interval. The class definitions (which labels, which
 * statements) are printed under the table and are in the JSON.
 */
import type { CliCommand } from '../command.js';
import { UsageError } from '../command.js';
import { evaluateDxFolder, type DxEvaluation, type DxRate } from '../eval/dx-evaluate.js';
import { toPlainJson } from './analyze-format.js';

/**
 * The `eval-dx` subcommand.
 * @example
 * // gesang-ecg eval-dx ../shared/data/ecg/ptbxl_wfdb
 */
export const evalDxCommand: CliCommand = {
  name: 'eval-dx',
  summary: 'Score diagnostic statements (Se, Sp, PPV, F1, exact 95 % CI) against labels.csv',
  usage: 'eval-dx DIR [--json]',
  details: [
    '',
    'DIR holds a labels.csv (shared/data/ecg/README.md) and the WFDB records it lists.',
    '',
    'Options:',
    '  --json  print one JSON object instead of the table',
  ],
  options: { json: { type: 'boolean' } },
  run: async ({ positionals, values }, io) => {
    const [dir, ...extra] = positionals;
    if (dir === undefined || extra.length > 0) {
      throw new UsageError(`expected exactly one DIR, got ${positionals.length}`);
    }
    let evaluation: DxEvaluation;
    try {
      evaluation = await evaluateDxFolder(dir);
    } catch (error) {
      io.stderr(`gesang-ecg eval-dx: ${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    }
    io.stdout(values.json === true ? `${toPlainJson(evaluation)}\n` : formatDxTable(evaluation));
    return 0;
  },
};

/**
 * The evaluation as a fixed-width table, then the class definitions and the failed records.
 * @param e - result of `evaluateDxFolder`
 * @returns lines ending in `\n`
 * @example
 * io.stdout(formatDxTable(await evaluateDxFolder(dir)));
 */
export function formatDxTable(e: DxEvaluation): string {
  const width = Math.max(5, ...e.classes.map((c) => c.name.length));
  const count = (v: number): string => String(v).padStart(4);
  const rate = (r: DxRate | null): string =>
    (r === null
      ? '-'
      : `${r.pct.toFixed(1)} (${r.ci95Pct[0].toFixed(1)}-${r.ci95Pct[1].toFixed(1)})`
    ).padEnd(20);
  const head = `${'class'.padEnd(width)}   TP   FN   FP   TN  ${'Se % (95% CI)'.padEnd(20)}  ${'Sp % (95% CI)'.padEnd(20)}  ${'PPV % (95% CI)'.padEnd(20)}  F1`;
  const rows = e.classes.map(
    (c) =>
      `${c.name.padEnd(width)} ${count(c.truePositives)} ${count(c.falseNegatives)} ${count(c.falsePositives)} ${count(c.trueNegatives)}  ${rate(c.sensitivity)}  ${rate(c.specificity)}  ${rate(c.positivePredictiveValue)}  ${c.f1 === null ? '-' : c.f1.toFixed(3)}`,
  );
  return [
    `${e.folder}: ${e.records.length} records scored${e.errors.length > 0 ? `, ${e.errors.length} failed` : ''}; 95% CI exact (Clopper-Pearson)`,
    head,
    ...rows,
    '',
    'Classes (labelled positive when / called when the engine states any of):',
    ...e.classes.map((c) => `  ${c.name.padEnd(width)}  ${c.truth} / ${c.predicted.join(', ')}`),
    ...(e.errors.length > 0
      ? ['', 'Not scored:', ...e.errors.map((x) => `  ${x.record}: ${x.error}`)]
      : []),
    '',
  ].join('\n');
}
