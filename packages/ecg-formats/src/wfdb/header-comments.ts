/**
 * Patient fields from WFDB header comments. header(5) gives comments no structure; these are the
 * conventions of the databases we read:
 * - `#Age: 56` / `#Sex: Female` (PhysioNet/CinC Challenge 2020/2021 re-releases);
 * - `#<age>: 51` / `#<sex>: F`, also both on one line (LUDB);
 * - `# age: 81` / `# sex: female` (PTB Diagnostic ECG Database);
 * - a comment `# 69 M 1085 1629 x1`: age, sex, then recording numbers (MIT-BIH; the first comment
 *   after the signal lines, which some copies precede with comments of their own).
 */
import type { EcgPatient, EcgPatientSex } from '../record.js';

/** `age: 52`, `<sex>: M`, `Sex: Female`, anywhere in a comment, any case. */
const KEY_VALUE = /(?:^|[\s,;])<?(age|sex)>?\s*:\s*([^\s<,;]+)/gi;
/** MIT-BIH's age/sex comment line: age (or `?`), then sex (or `?`), then more fields. */
const MIT_BIH_FIRST = /^(\d{1,3}|\?)\s+([MF?])(?:\s|$)/;

/**
 * Reads age and sex from WFDB header comments (see the module comment for the conventions).
 * A value that is not a plausible age (`NaN`, `?`, > 150) or sex is left out, never guessed.
 * @param comments - comment lines without their `#`, in header order
 * @returns the patient fields found; `{}` when none
 * @example
 * patientFromWfdbComments(['<age>: 52 <sex>: M']); // { ageYears: 52, sex: 'male' }
 * patientFromWfdbComments(['Age: NaN', 'Sex: Female']); // { sex: 'female' }
 */
export function patientFromWfdbComments(comments: readonly string[]): EcgPatient {
  const patient: EcgPatient = {};
  for (const comment of comments) {
    for (const [, key, value] of comment.matchAll(KEY_VALUE)) {
      if (key?.toLowerCase() === 'age') {
        patient.ageYears ??= parseAge(value);
      } else {
        patient.sex ??= parseSex(value);
      }
    }
  }
  const first = comments.map((c) => MIT_BIH_FIRST.exec(c)).find((m) => m !== null);
  if (first && patient.ageYears === undefined && patient.sex === undefined) {
    patient.ageYears = parseAge(first[1]);
    patient.sex = parseSex(first[2]);
  }
  for (const key of ['ageYears', 'sex'] as const) {
    if (patient[key] === undefined) {
      delete patient[key];
    }
  }
  return patient;
}

/** `52` → 52; `NaN`, `?`, `89+` or out of 0–150 → undefined. */
function parseAge(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+(\.\d+)?$/.test(value)) {
    return undefined;
  }
  const years = Number(value);
  return years <= 150 ? years : undefined;
}

/** `M`, `male`, `F`, `Female`, `Unknown` (any case) → FHIR gender; anything else → undefined. */
function parseSex(value: string | undefined): EcgPatientSex | undefined {
  switch (value?.toLowerCase()) {
    case 'm':
    case 'male':
      return 'male';
    case 'f':
    case 'female':
      return 'female';
    case 'unknown':
    case 'u':
    case '?':
      return 'unknown';
    default:
      return undefined;
  }
}
