import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import type { EcgTriageLevel } from '@gesang/domain';
import {
  EcgFormatError,
  detectEcgFormat,
  parseWfdbHeader,
  readEcgFile,
  readWfdbRecord,
  type EcgRecord,
} from '@gesang/ecg-formats';
import { interpretEcg } from '@gesang/ecg-signal';
import { interpretContextOf } from '../ecg/ingest/analyse-bytes.js';

/** What one file contributes to the replay: a triage level, or why it is left out. */
export type FileTriage = { level: EcgTriageLevel; skip: null } | { level: null; skip: SkipReason };

/** Why a file is not replayed. */
export type SkipReason =
  | 'not-ecg' // not an ECG on its own (a WFDB signal or annotation file, labels, notes)
  | 'few-leads' // fewer than minLeads leads: not a resting 12-lead ECG (e.g. a Holter strip)
  | 'unreadable' // an ECG format, but the reader refused it
  | 'unanalysable'; // read, but the engine cannot analyse it (the server would reject it too)

/**
 * Fewest leads of a replayed record: a 12-lead ECG keeps at least its 8 independent leads
 * (I, II, V1–V6); SCP-ECG carts often store only those.
 */
export const minLeads = 8;

/** The engine's triage of a record, as the server's ingest job computes it. */
function triageRecord(record: EcgRecord): FileTriage {
  if (record.leads.length < minLeads) {
    return { level: null, skip: 'few-leads' };
  }
  try {
    return { level: interpretEcg(record, interpretContextOf(record)).triage.level, skip: null };
  } catch (error) {
    if (error instanceof RangeError) {
      return { level: null, skip: 'unanalysable' };
    }
    throw error;
  }
}

/** A WFDB record from its header path (signal files beside it; a missing one is left out). */
async function readWfdbFromDisk(heaPath: string): Promise<EcgRecord | 'few-leads'> {
  const header = parseWfdbHeader(await readFile(heaPath, 'latin1'));
  if (header.signals.length < minLeads) {
    return 'few-leads'; // decided before reading e.g. a 30-minute MIT-BIH record
  }
  const files: Record<string, Uint8Array> = {};
  for (const { fileName } of header.signals) {
    if (!(fileName in files)) {
      try {
        files[fileName] = new Uint8Array(await readFile(resolve(dirname(heaPath), fileName)));
      } catch {
        // the reader drops the signals of a missing file with a warning, or refuses the record
      }
    }
  }
  return readWfdbRecord(header, files);
}

/**
 * Reads one file from disk and triages it with the engine (`interpretEcg`, the patient's sex and
 * age from the file as the server does): a WFDB header (`*.hea`, the one file name WFDB fixes)
 * with its signal files, or any single-file format recognised by content.
 * @param path the file.
 * @returns its triage level, or why it is not replayed.
 * @throws the file system's error when the file cannot be read; a bug of ours propagates.
 * @example await triageFile('/work/shared/data/ecg-formats/dicom/waveform_ecg.dcm') // { level: 'routine', skip: null }
 */
export async function triageFile(path: string): Promise<FileTriage> {
  try {
    if (basename(path).toLowerCase().endsWith('.hea')) {
      const record = await readWfdbFromDisk(path);
      return record === 'few-leads' ? { level: null, skip: 'few-leads' } : triageRecord(record);
    }
    const bytes = new Uint8Array(await readFile(path));
    if (detectEcgFormat(bytes) === undefined) {
      return { level: null, skip: 'not-ecg' };
    }
    return triageRecord(readEcgFile(bytes));
  } catch (error) {
    if (error instanceof EcgFormatError) {
      return { level: null, skip: 'unreadable' };
    }
    throw error;
  }
}
