/**
 * `gesang-ecg info FILE [--json]`: what an ECG file holds (format, leads, sample rate, duration,
 * acquisition time, patient, device, comments, the cart's own statements, reader warnings), without
 * analysing it.
 */
import type { EcgRecord } from '@gesang/ecg-formats';
import type { CliCommand } from '../command.js';
import { UsageError } from '../command.js';
import { loadEcgRecord } from '../disk/load-record.js';

/**
 * The `info` subcommand: reads FILE (format detected by content) and prints its summary.
 * @example
 * // gesang-ecg info --json ../shared/data/ecg/mitdb/100.hea
 */
export const infoCommand: CliCommand = {
  name: 'info',
  summary: 'Show what an ECG file holds: format, leads, rate, duration, patient, comments',
  usage: 'info FILE [--json]',
  details: ['', 'Options:', '  --json  print one JSON object instead of text'],
  options: { json: { type: 'boolean' } },
  run: async ({ positionals, values }, io) => {
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0) {
      throw new UsageError(`expected exactly one FILE, got ${positionals.length}`);
    }
    const summary = summarizeRecord(file, await loadEcgRecord(file));
    io.stdout(
      values.json === true ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary),
    );
    return 0;
  },
};

/** The facts `info` prints, also its `--json` shape. */
export interface RecordSummary {
  /** The file as given on the command line. */
  file: string;
  /** Format name, version and detail. */
  format: EcgRecord['format'];
  /** Samples per second per lead, Hz. */
  sampleRateHz: number;
  /** Samples per lead. */
  sampleCount: number;
  /** Length of the recording in seconds (`sampleCount / sampleRateHz`). */
  durationS: number;
  /** Lead names, normalised, with the file's own spelling when it differs. */
  leads: { name: string; sourceName?: string }[];
  /** Start of the recording by the cart's clock; null when the file does not say. */
  acquisitionTime: EcgRecord['acquisitionTime'] | null;
  /** Patient fields found in the file. */
  patient: EcgRecord['patient'];
  /** Device fields found in the file. */
  device: EcgRecord['device'];
  /** The file's free-text comments, in order. */
  comments: string[];
  /** The cart's own interpretation statements, when the file carries them. */
  cartStatements: EcgRecord['cartStatements'];
  /** What the reader tolerated (checksum mismatches, invalid samples, ...). */
  warnings: string[];
}

/**
 * The `info` facts of a record.
 * @param file - the path as the user gave it
 * @param record - the record read from it
 * @returns the summary (durations in seconds)
 * @example
 * summarizeRecord('100.hea', record).durationS; // 1805.5555555555557 for MIT-BIH 100
 */
export function summarizeRecord(file: string, record: EcgRecord): RecordSummary {
  const sampleCount = record.leads[0]?.samplesUv.length ?? 0;
  return {
    file,
    format: record.format,
    sampleRateHz: record.sampleRateHz,
    sampleCount,
    durationS: sampleCount / record.sampleRateHz,
    leads: record.leads.map(({ name, sourceName }) => ({
      name,
      ...(sourceName ? { sourceName } : {}),
    })),
    acquisitionTime: record.acquisitionTime ?? null,
    patient: record.patient,
    device: record.device,
    comments: record.comments,
    cartStatements: record.cartStatements,
    warnings: record.warnings,
  };
}

function formatSummary(s: RecordSummary): string {
  const fields = (object: object): string =>
    Object.entries(object)
      .map(([key, value]) => `${key} ${String(value)}`)
      .join(', ') || '-';
  const format = [s.format.name, s.format.version, s.format.detail && `(${s.format.detail})`];
  const time = s.acquisitionTime;
  const list = (items: string[]): string[] =>
    items.length === 0 ? ['  -'] : items.map((c) => `  ${c}`);
  return [
    `File:      ${s.file}`,
    `Format:    ${format.filter(Boolean).join(' ')}`,
    `Signal:    ${s.leads.length} leads x ${s.sampleCount} samples at ${s.sampleRateHz} Hz (${s.durationS.toFixed(1)} s)`,
    `Leads:     ${s.leads.map((l) => l.name).join(' ') || '-'}`,
    `Acquired:  ${time ? [time.date, time.time].filter(Boolean).join(' ') : '-'}`,
    `Patient:   ${fields(s.patient)}`,
    `Device:    ${fields(s.device)}`,
    'Statements:',
    ...list(s.cartStatements.map((statement) => statement.text)),
    'Comments:',
    ...list(s.comments),
    'Warnings:',
    ...list(s.warnings),
    '',
  ].join('\n');
}
