/**
 * `gesang-ecg analyze FILE [--json]`: the engine's automatic pre-read of one ECG file
 * (`interpretEcg` of `@gesang/ecg-signal`), with the patient's sex and age from the file when it
 * gives them. `--json` prints exactly one JSON object (`record`, `beats`, `measurements`,
 * `rhythm`, `statements`, `triage`, `quality`); without it, a readable summary.
 */
import { interpretEcg, type Interpretation } from '@gesang/ecg-signal';
import type { CliCommand } from '../command.js';
import { UsageError } from '../command.js';
import { loadEcgRecord } from '../disk/load-record.js';
import { formatInterpretation, toPlainJson } from './analyze-format.js';

/**
 * The `analyze` subcommand: reads FILE, interprets it, prints the result.
 * @example
 * // gesang-ecg analyze --json ../shared/data/ecg/ludb/1.hea
 */
export const analyzeCommand: CliCommand = {
  name: 'analyze',
  summary: 'Interpret an ECG: beats, measurements, rhythm, coded statements, triage',
  usage: 'analyze FILE [--json] [--lang en|zh|bo]',
  details: [
    '',
    'Options:',
    '  --json         print one JSON object (record, beats, measurements, rhythm, statements,',
    '                 triage, quality); beats are sample indices at the record’s own rate',
    '  --lang L       language of the text summary: en (default), zh or bo',
  ],
  options: { json: { type: 'boolean' }, lang: { type: 'string' } },
  run: async ({ positionals, values }, io) => {
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0) {
      throw new UsageError(`expected exactly one FILE, got ${positionals.length}`);
    }
    const lang = values.lang ?? 'en';
    if (lang !== 'en' && lang !== 'zh' && lang !== 'bo') {
      throw new UsageError(`--lang must be en, zh or bo, got ${String(lang)}`);
    }
    const record = await loadEcgRecord(file);
    const { sex, ageYears } = record.patient;
    const result = interpretEcg(record, {
      ...(sex === undefined ? {} : { sex }),
      ...(ageYears === undefined ? {} : { ageYears }),
    });
    io.stdout(
      values.json === true
        ? `${toPlainJson(analysisJson(result))}\n`
        : formatInterpretation(file, result, lang),
    );
    return 0;
  },
};

/**
 * The `--json` object: the interpretation with the keys the issue names, in that order, and each
 * statement as `code`, `snomedCt`, `text` (zh, en, bo) and `evidence`.
 * @param result - from `interpretEcg`
 * @returns a plain object ready for {@link toPlainJson}
 * @example
 * Object.keys(analysisJson(interpretEcg(record))); // ['record', 'beats', 'measurements', ...]
 */
export function analysisJson(result: Interpretation): Record<string, unknown> {
  return {
    record: result.record,
    beats: result.beats,
    measurements: result.measurements,
    rhythm: result.rhythm,
    statements: result.statements.map(({ code, snomedCt, text, evidence }) => ({
      code,
      snomedCt,
      text,
      evidence,
    })),
    triage: result.triage,
    quality: result.quality,
  };
}
