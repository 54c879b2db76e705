/**
 * The code tables of the ISHNE Holter header (F. Badilini for the ISHNE Standard Output Format
 * Committee, "The ISHNE Holter Standard Output File Format", Ann. Noninvasive Electrocardiol.
 * 3 (1998) 263–266, Tables 1–2 and the header description). −9 means "absent" throughout.
 */
import type { EcgPatientSex } from '../record.js';

/** Table 1, lead specification codes → lead names (5–16 are the standard twelve). */
const LEAD_NAMES: Readonly<Record<number, string>> = {
  0: 'unknown',
  1: 'generic bipolar',
  2: 'X',
  3: 'Y',
  4: 'Z',
  5: 'I',
  6: 'II',
  7: 'III',
  8: 'aVR',
  9: 'aVL',
  10: 'aVF',
  11: 'V1',
  12: 'V2',
  13: 'V3',
  14: 'V4',
  15: 'V5',
  16: 'V6',
  17: 'ES',
  18: 'AS',
  19: 'AI',
};

/** Table 2, lead quality codes. */
const LEAD_QUALITY: Readonly<Record<number, string>> = {
  0: 'unknown',
  1: 'good',
  2: 'intermittent noise',
  3: 'frequent noise',
  4: 'intermittent disconnect',
  5: 'frequent disconnect',
};

/** Pacemaker codes of the header. */
const PACEMAKER: Readonly<Record<number, string>> = {
  0: 'none',
  1: 'unknown type',
  2: 'single chamber unipolar',
  3: 'dual chamber unipolar',
  4: 'single chamber bipolar',
  5: 'dual chamber bipolar',
};

/** Race codes of the header (4–9 reserved). */
const RACE: Readonly<Record<number, string>> = { 1: 'Caucasian', 2: 'Black', 3: 'Oriental' };

/**
 * The name of ISHNE lead specification `code` (Table 1); undefined for −9 (absent) and codes the
 * table does not define.
 * @param code - the Lead_Spec value, −9 to 19
 * @example
 * ishneLeadName(6); // 'II'
 */
export function ishneLeadName(code: number): string | undefined {
  return LEAD_NAMES[code];
}

/**
 * The text of ISHNE lead quality `code` (Table 2), or undefined.
 * @example
 * ishneLeadQuality(2); // 'intermittent noise'
 */
export function ishneLeadQuality(code: number): string | undefined {
  return LEAD_QUALITY[code];
}

/**
 * The text of the ISHNE pacemaker code, or undefined (−9 or undefined code).
 * @example
 * ishnePacemaker(4); // 'single chamber bipolar'
 */
export function ishnePacemaker(code: number): string | undefined {
  return PACEMAKER[code];
}

/**
 * The text of the ISHNE race code, or undefined (0 unknown, −9, reserved codes).
 * @example
 * ishneRace(1); // 'Caucasian'
 */
export function ishneRace(code: number): string | undefined {
  return RACE[code];
}

/**
 * The ISHNE sex code (0 unknown, 1 male, 2 female) as FHIR gender; undefined when absent.
 * @example
 * ishneSex(2); // 'female'
 */
export function ishneSex(code: number): EcgPatientSex | undefined {
  return code === 1 ? 'male' : code === 2 ? 'female' : code === 0 ? 'unknown' : undefined;
}
