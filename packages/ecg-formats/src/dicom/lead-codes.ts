/**
 * ECG lead codes of the Channel Source Sequence (003A,0208): DICOM PS3.16 CID 3001 "ECG Leads",
 * whose MDC codes `2:n` (ISO/IEEE 11073-10101 partition 2; context-free form `131072 + n`) share
 * their numbers `n` with the SCP-ECG lead table (EN 1064, coded `5.6.3-9-n` in DICOM's SCPECG
 * scheme). Only rows that name a lead the engine knows are mapped; other rows keep their Code
 * Meaning (e.g. `Lead I (Frank)`, which must not become lead I).
 */
import { normalizeLeadName } from '@gesang/ecg-signal';
import type { AnyLeadName } from '@gesang/ecg-signal';

/** CID 3001 row number → lead name and MDC Code Meaning. */
const ROWS: ReadonlyArray<readonly [number, string, string]> = [
  [1, 'I', 'Lead I'],
  [2, 'II', 'Lead II'],
  [3, 'V1', 'Lead V1'],
  [4, 'V2', 'Lead V2'],
  [5, 'V3', 'Lead V3'],
  [6, 'V4', 'Lead V4'],
  [7, 'V5', 'Lead V5'],
  [8, 'V6', 'Lead V6'],
  [9, 'V7', 'Lead V7'],
  [10, 'V2R', 'Lead V2R'],
  [11, 'V3R', 'Lead V3R'],
  [12, 'V4R', 'Lead V4R'],
  [13, 'V5R', 'Lead V5R'],
  [14, 'V6R', 'Lead V6R'],
  [15, 'V7R', 'Lead V7R'],
  [16, 'X', 'Lead X'],
  [17, 'Y', 'Lead Y'],
  [18, 'Z', 'Lead Z'],
  [61, 'III', 'Lead III'],
  [62, 'aVR', 'aVR, augmented voltage, right'],
  [63, 'aVL', 'aVL, augmented voltage, left'],
  [64, 'aVF', 'aVF, augmented voltage, foot'],
  [66, 'V8', 'Lead V8'],
  [67, 'V9', 'Lead V9'],
  [68, 'V8R', 'Lead V8R'],
  [69, 'V9R', 'Lead V9R'],
];
const NAME_BY_ROW: ReadonlyMap<number, string> = new Map(ROWS.map(([n, name]) => [n, name]));
const ROW_BY_NAME: ReadonlyMap<string, readonly [number, string, string]> = new Map(
  ROWS.map((row) => [row[1], row]),
);

/** A code as found in a Code Sequence item (PS3.3 Table 8.8-1). */
export interface DicomCode {
  value?: string;
  scheme?: string;
  meaning?: string;
}

/** The CID 3001 row number of an MDC or SCPECG lead code, or undefined. */
function rowOf(code: DicomCode): number | undefined {
  const value = code.value?.trim() ?? '';
  const scheme = code.scheme?.trim().toUpperCase() ?? '';
  const scp = /^5\.6\.3-9-(\d{1,3})$/.exec(value);
  if (scp !== null && (scheme === 'SCPECG' || scheme === '')) {
    return Number(scp[1]);
  }
  if (scheme === 'MDC') {
    const colon = /^2:(\d{1,3})$/.exec(value);
    if (colon !== null) {
      return Number(colon[1]);
    }
    const numeric = /^\d{6}$/.test(value) ? Number(value) - 131072 : NaN;
    return numeric >= 0 && numeric < 65536 ? numeric : undefined;
  }
  return undefined;
}

/**
 * The lead a channel records: from its CID 3001 code when the row is a known lead, else from its
 * Channel Label, else from the Code Meaning, else `channel n`.
 * @param code - Channel Source Sequence code (may be empty)
 * @param label - Channel Label (003A,0203), when present
 * @param index - 0-based channel number, for the last resort
 * @returns the normalised name and, when different, the name as the file wrote it (the Channel
 *   Label, else the Code Meaning)
 * @example
 * dicomLeadName({ value: '5.6.3-9-61', scheme: 'SCPECG', meaning: 'Lead III' }, undefined, 2)
 * // { name: 'III', sourceName: 'Lead III' }
 */
export function dicomLeadName(
  code: DicomCode,
  label: string | undefined,
  index: number,
): { name: AnyLeadName; sourceName?: string } {
  const row = rowOf(code);
  const fromCode = row === undefined ? undefined : NAME_BY_ROW.get(row);
  const written = label ?? code.meaning ?? code.value;
  // Row 0 is "Unspecified lead": its meaning names no lead, so it must not become the name.
  const meaning = row === 0 ? undefined : code.meaning;
  const name =
    fromCode ??
    (label ? normalizeLeadName(label) : undefined) ??
    (meaning ? normalizeLeadName(meaning) : undefined) ??
    (code.value && row !== 0 ? code.value : `channel ${index + 1}`);
  return written === undefined || written === name ? { name } : { name, sourceName: written };
}

/**
 * The CID 3001 code (MDC scheme) for a lead name, or the "Unspecified lead" row `2:0` when the
 * name is not one of the mapped leads (the writer then also writes the name as Channel Label).
 * @example dicomLeadCode('aVF') // { value: '2:64', scheme: 'MDC', meaning: 'aVF, augmented voltage, foot', known: true }
 */
export function dicomLeadCode(name: string): Required<DicomCode> & { known: boolean } {
  const row = ROW_BY_NAME.get(normalizeLeadName(name));
  return row === undefined
    ? { value: '2:0', scheme: 'MDC', meaning: 'Unspecified lead', known: false }
    : { value: `2:${row[0]}`, scheme: 'MDC', meaning: row[2], known: true };
}
