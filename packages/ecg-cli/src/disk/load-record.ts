/**
 * Loads any ECG file the CLI can read, recognised by content, never by extension: a WFDB header
 * (`.hea`, whose signal files sit next to it) or any single-file format `readEcgFile` detects.
 */
import { readEcgFile } from '@gesang/ecg-formats';
import type { EcgRecord } from '@gesang/ecg-formats';
import { latin1, loadWfdbRecord, readBytes } from './load-wfdb.js';

/** A WFDB record line: `name[/segments] signals ...`, after optional `#` comment lines. */
const WFDB_RECORD_LINE =
  /^(?:\s*(?:#[^\n]*)?\r?\n)*\s*[^\s#/]+(?:\/\d+)?[ \t]+\d+(?:[ \t]|\r?\n|$)/;

/**
 * Reads an ECG file from disk into an {@link EcgRecord}, detecting its format from its content.
 * @param path - path to the file (for WFDB: the `.hea` header)
 * @returns the record
 * @throws EcgFormatError `not-ecg` naming what the file looked like, or the reader's error
 * @example
 * const record = await loadEcgRecord('/work/shared/data/ecg/ludb/1.hea');
 */
export async function loadEcgRecord(path: string): Promise<EcgRecord> {
  const bytes = await readBytes(path);
  const head = bytes.subarray(0, 4096);
  if (!head.includes(0) && WFDB_RECORD_LINE.test(latin1(head))) {
    return (await loadWfdbRecord(path)).record;
  }
  return readEcgFile(bytes);
}
