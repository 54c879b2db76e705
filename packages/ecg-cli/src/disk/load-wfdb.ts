/**
 * Loading WFDB records and annotations from disk for the CLI and tests. `@gesang/ecg-formats`
 * takes bytes only; this is the file-system edge that hands them down.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import {
  EcgFormatError,
  parseWfdbHeader,
  readWfdbAnnotations,
  readWfdbRecord,
} from '@gesang/ecg-formats';
import type { EcgRecord, WfdbAnnotation, WfdbHeader } from '@gesang/ecg-formats';

/**
 * Reads a file as bytes; a file that cannot be opened becomes a `missing-file` format error.
 * @param path - file path
 * @returns the bytes (a plain `Uint8Array` view, not a `Buffer`)
 * @throws EcgFormatError `missing-file` naming the path and the system error
 * @example
 * const bytes = await readBytes('mitdb/100.atr');
 */
export async function readBytes(path: string): Promise<Uint8Array> {
  try {
    const buffer = await readFile(path);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (cause) {
    const reason = cause instanceof Error && 'code' in cause ? String(cause.code) : String(cause);
    throw new EcgFormatError('missing-file', `cannot read ${path} (${reason})`, {
      field: path,
      cause,
    });
  }
}

/**
 * Loads a WFDB record from its header path: parses the header, reads every signal file it names
 * from the header's folder, decodes and scales.
 * @param heaPath - path to the `.hea` file
 * @returns the record and its parsed header
 * @throws EcgFormatError for a missing, malformed or truncated header or signal file
 * @example
 * const { record } = await loadWfdbRecord('/work/shared/data/ecg/mitdb/100.hea');
 * record.leads[0]?.samplesUv.length; // 650000
 */
export async function loadWfdbRecord(
  heaPath: string,
): Promise<{ record: EcgRecord; header: WfdbHeader }> {
  const header = parseWfdbHeader(latin1(await readBytes(heaPath)));
  const folder = dirname(heaPath);
  const files: Record<string, Uint8Array> = {};
  for (const { fileName } of header.signals) {
    // A signal file that is missing is left out: the reader then drops its signals with a
    // warning (e.g. PTB's `.xyz` Frank leads), or fails when no signal file is there at all.
    const path = resolve(folder, fileName);
    if (!(fileName in files) && existsSync(path)) {
      files[fileName] = await readBytes(path);
    }
  }
  return { record: readWfdbRecord(header, files), header };
}

/**
 * Loads a WFDB annotation file (`.atr`, LUDB's `.i` ... `.v6`).
 * @param path - path to the annotation file
 * @returns the annotations in file order
 * @throws EcgFormatError for a missing or malformed file
 * @example
 * (await loadWfdbAnnotations('/work/shared/data/ecg/mitdb/100.atr')).length;
 */
export async function loadWfdbAnnotations(path: string): Promise<WfdbAnnotation[]> {
  return readWfdbAnnotations(await readBytes(path));
}

/**
 * Decodes bytes as ISO-8859-1 (WFDB headers are ASCII; this never fails on stray bytes).
 * @param bytes - file content
 * @returns the text
 * @example
 * latin1(new Uint8Array([0x31, 0x30, 0x30])); // '100'
 */
export function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
