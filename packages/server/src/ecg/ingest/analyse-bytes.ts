import type { RecordSummary, StudyRejection, StudyTriage } from '@gesang/domain';
import { EcgFormatError, readEcgFile, type EcgRecord } from '@gesang/ecg-formats';
import { interpretEcg, type InterpretContext } from '@gesang/ecg-signal';
import type { AnalysisSummary } from '@gesang/domain';
import { summariseAnalysis, summariseRecord } from './summarise.js';

/** What ingest learns from a file: analysed, or refused with the reason. */
export type IngestOutcome =
  | { kind: 'analysed'; record: RecordSummary; analysis: AnalysisSummary; triage: StudyTriage }
  | { kind: 'rejected'; rejection: StudyRejection; record: RecordSummary | null };

/**
 * Age in whole years on `onDate` of someone born on `birthDate` (both `YYYY-MM-DD`), or undefined
 * when either is missing or malformed.
 * @example ageOn('1960-05-20', '2024-05-19') // 63
 */
export function ageOn(
  birthDate: string | undefined,
  onDate: string | undefined,
): number | undefined {
  const pattern = /^(\d{4})-(\d{2})-(\d{2})$/;
  const born = birthDate === undefined ? null : pattern.exec(birthDate);
  const on = onDate === undefined ? null : pattern.exec(onDate);
  if (born === null || on === null) {
    return undefined;
  }
  const [by, bm, bd] = born.slice(1).map(Number) as [number, number, number];
  const [oy, om, od] = on.slice(1).map(Number) as [number, number, number];
  const age = oy - by - (om < bm || (om === bm && od < bd) ? 1 : 0);
  return age >= 0 && age <= 150 ? age : undefined;
}

/** Sex and age for the interpretation's thresholds, from the file's patient fields. */
export function interpretContextOf(record: EcgRecord): InterpretContext {
  const { sex, ageYears, birthDate } = record.patient;
  const age = ageYears ?? ageOn(birthDate, record.acquisitionTime?.date);
  return {
    ...(sex === undefined ? {} : { sex }),
    ...(age === undefined ? {} : { ageYears: age }),
  };
}

/**
 * Reads and analyses one uploaded file (CPU-heavy: runs in a worker thread). A file that is not a
 * readable ECG, or a record the engine cannot analyse (no lead, a rate outside its range), is
 * refused with the reason; anything else thrown is a fault of ours and propagates (the job
 * retries).
 * @param bytes the whole file.
 * @example analyseBytes(bytes).kind // 'analysed'
 */
export function analyseBytes(bytes: Uint8Array): IngestOutcome {
  let record: EcgRecord;
  try {
    record = readEcgFile(bytes);
  } catch (error) {
    if (error instanceof EcgFormatError) {
      return {
        kind: 'rejected',
        record: null,
        rejection: {
          code: error.code,
          message: error.message,
          byteOffset: error.byteOffset ?? null,
          field: error.field ?? null,
        },
      };
    }
    throw error;
  }
  const summary = summariseRecord(record);
  let result;
  try {
    result = interpretEcg(record, interpretContextOf(record));
  } catch (error) {
    if (error instanceof RangeError) {
      return {
        kind: 'rejected',
        record: summary,
        rejection: {
          code: 'unanalysable',
          message: `The ECG was read (${summary.format.name}) but cannot be analysed: ${error.message}`,
          byteOffset: null,
          field: null,
        },
      };
    }
    throw error;
  }
  return {
    kind: 'analysed',
    record: summary,
    analysis: summariseAnalysis(result),
    triage: {
      level: result.triage.level,
      reasons: result.triage.reasons.map((r) => ({ code: r.code, text: { ...r.text } })),
    },
  };
}
