/**
 * The clinical 3×4 format of a 10 s 12-lead ECG (AHA/ACCF/HRS recommendations, Kligfield et al.
 * 2007, Circulation 115:1306, "standard format"): four columns of 2.5 s, each column showing its
 * own consecutive time window, so the four columns together cover the whole 10 s:
 *
 * | column | time       | leads            |
 * |--------|------------|------------------|
 * | 1      | 0–2.5 s    | I, II, III       |
 * | 2      | 2.5–5 s    | aVR, aVL, aVF    |
 * | 3      | 5–7.5 s    | V1, V2, V3       |
 * | 4      | 7.5–10 s   | V4, V5, V6       |
 *
 * plus a rhythm strip of lead II over the full 10 s underneath.
 */
import type { StandardLeadName } from '@gesang/ecg-signal';

/** Seconds shown by one column of the 3×4 format. */
export const COLUMN_DURATION_S = 2.5;

/** Seconds of the whole 3×4 page and of its rhythm strip. */
export const PAGE_DURATION_S = 4 * COLUMN_DURATION_S;

/** Leads of each column, top to bottom. */
const COLUMNS: readonly (readonly [StandardLeadName, StandardLeadName, StandardLeadName])[] = [
  ['I', 'II', 'III'],
  ['aVR', 'aVL', 'aVF'],
  ['V1', 'V2', 'V3'],
  ['V4', 'V5', 'V6'],
];

/** One cell of the 3×4 grid: which lead, where, and which time window of the record. */
export interface ThreeByFourCell {
  lead: StandardLeadName;
  /** Row 0–2, top to bottom. */
  row: number;
  /** Column 0–3, left to right. */
  column: number;
  /** Start of the cell's window, s from the record's first sample. */
  startS: number;
  /** End of the cell's window (exclusive), s. */
  endS: number;
}

/**
 * The twelve cells of the 3×4 format, row by row.
 * @param pageStartS where the 10 s page starts in the record, s (0 for a resting ECG)
 * @returns cells in reading order (I, aVR, V1, V4, II, …)
 * @example threeByFourCells()[1] // { lead: 'aVR', row: 0, column: 1, startS: 2.5, endS: 5 }
 */
export function threeByFourCells(pageStartS = 0): ThreeByFourCell[] {
  const cells: ThreeByFourCell[] = [];
  for (let row = 0; row < 3; row++) {
    COLUMNS.forEach((leads, column) => {
      const startS = pageStartS + column * COLUMN_DURATION_S;
      cells.push({
        lead: leads[row] ?? 'I',
        row,
        column,
        startS,
        endS: startS + COLUMN_DURATION_S,
      });
    });
  }
  return cells;
}

/**
 * The lead of the rhythm strip: II when the record has it (the clinical default), else the first
 * lead.
 * @param leadNames the record's normalised lead names, in file order
 * @returns an index into `leadNames`, or -1 for a record without leads
 * @example rhythmLeadIndex(['I', 'II', 'III']) // 1
 */
export function rhythmLeadIndex(leadNames: readonly string[]): number {
  const ii = leadNames.indexOf('II');
  return ii >= 0 ? ii : leadNames.length > 0 ? 0 : -1;
}

/** A record this much longer than whole pages (a cart's 10.002 s) gets no extra page, s. */
const PAGE_TOLERANCE_S = 0.05;

/**
 * How many 10 s pages the 3×4 format needs for a record.
 * @param durationS the record's length, s
 * @returns at least 1
 * @example pageCount(10.002) // 1 (a cart's clock is not exact)
 * @example pageCount(1805) // 181
 */
export function pageCount(durationS: number): number {
  return Math.max(1, Math.ceil((durationS - PAGE_TOLERANCE_S) / PAGE_DURATION_S));
}
