/**
 * Dates and the structured identification fields of EDF / EDF+. EDF (Kemp et al. 1992) writes the
 * start date as dd.mm.yy and time as hh.mm.ss; EDF+ (Kemp & Olivan 2003, §2.1.3) fixes the years
 * to 1985–2084 and structures the patient field as `code sex birthdate name [more]` and the
 * recording field as `Startdate dd-MMM-yyyy admincode technician equipment [more]`, subfields
 * separated by single spaces, blanks inside a subfield written as `_`, and `X` for unknown.
 */
import type { EcgDevice, EcgPatient } from '../record.js';

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** What the EDF+ identification fields say, mapped to the record's fields. */
export interface EdfIdentification {
  patient: EcgPatient;
  device: EcgDevice;
  /** Four-digit-year start date from the recording field, `YYYY-MM-DD`, when given. */
  startDate?: string;
  /** Subfields with no record field of their own (administration code, technician, extras). */
  comments: string[];
}

/**
 * The header's start date `dd.mm.yy` as ISO `YYYY-MM-DD`; EDF+ clipping: yy ≥ 85 is 19yy, else 20yy.
 * @param text - the 8-byte field, trimmed
 * @param warnings - receives a note when the date is not valid
 * @returns the date, or undefined when not valid
 * @example
 * parseEdfStartDate('10.12.09', []); // '2009-12-10'
 */
export function parseEdfStartDate(text: string, warnings: string[]): string | undefined {
  const match = /^(\d\d)\.(\d\d)\.(\d\d)$/.exec(text);
  const [day, month, yy] = (match ?? []).slice(1).map(Number);
  if (day === undefined || month === undefined || yy === undefined) {
    warnings.push(`EDF start date '${text}' is not dd.mm.yy; left out`);
    return undefined;
  }
  return isoDate(yy >= 85 ? 1900 + yy : 2000 + yy, month, day, text, warnings);
}

/**
 * The header's start time `hh.mm.ss` as `hh:mm:ss`.
 * @param text - the 8-byte field, trimmed
 * @param warnings - receives a note when the time is not valid
 * @returns the time, or undefined when not valid
 * @example
 * parseEdfStartTime('12.44.02', []); // '12:44:02'
 */
export function parseEdfStartTime(text: string, warnings: string[]): string | undefined {
  const match = /^(\d\d)\.(\d\d)\.(\d\d)$/.exec(text);
  if (match === null || Number(match[1]) > 23 || Number(match[2]) > 59 || Number(match[3]) > 60) {
    warnings.push(`EDF start time '${text}' is not hh.mm.ss; left out`);
    return undefined;
  }
  return `${match[1]}:${match[2]}:${match[3]}`;
}

/**
 * Reads the EDF+ patient and recording subfields. Plain EDF fields (or EDF+ fields that break the
 * grammar) are kept whole: the patient field as `patient.id`, the recording field as a comment.
 * @param patientField - local patient identification, trimmed
 * @param recordingField - local recording identification, trimmed
 * @param isPlus - true for an EDF+ file
 * @returns patient, device, 4-digit-year start date and comments
 * @example
 * parseEdfIdentification('MCH-0234567 F 02-MAY-1951 Haagse_Harry', 'Startdate 02-MAR-2002 X X Telemetry03', true);
 * // { patient: { id: 'MCH-0234567', sex: 'female', birthDate: '1951-05-02', name: 'Haagse Harry' },
 * //   device: { model: 'Telemetry03' }, startDate: '2002-03-02', comments: [] }
 */
export function parseEdfIdentification(
  patientField: string,
  recordingField: string,
  isPlus: boolean,
): EdfIdentification {
  const result: EdfIdentification = { patient: {}, device: {}, comments: [] };
  const patient = patientField.split(' ');
  const [code, sex, birth, name, ...more] = patient;
  if (isPlus && name !== undefined && /^[MFX]$/.test(sex ?? '')) {
    setIfKnown(code, (v) => (result.patient.id = v));
    if (sex !== 'X') {
      result.patient.sex = sex === 'M' ? 'male' : 'female';
    }
    setIfKnown(birth, (v) => {
      const date = parseEdfPlusDate(v);
      if (date) {
        result.patient.birthDate = date;
      }
    });
    setIfKnown(name, (v) => (result.patient.name = v));
    addExtra(result.comments, 'EDF+ patient', more);
  } else if (patientField !== '') {
    result.patient.id = patientField;
  }
  const [keyword, start, admin, technician, equipment, ...extra] = recordingField.split(' ');
  if (isPlus && keyword === 'Startdate' && equipment !== undefined) {
    const date = start === undefined || start === 'X' ? undefined : parseEdfPlusDate(start);
    if (date) {
      result.startDate = date;
    }
    setIfKnown(admin, (v) => result.comments.push(`EDF+ hospital administration code: ${v}`));
    setIfKnown(technician, (v) => result.comments.push(`EDF+ technician: ${v}`));
    setIfKnown(equipment, (v) => (result.device.model = v));
    addExtra(result.comments, 'EDF+ recording', extra);
  } else if (recordingField !== '') {
    result.comments.push(`EDF recording identification: ${recordingField}`);
  }
  return result;
}

/** `02-MAY-1951` → `1951-05-02`; undefined when not a valid date. */
function parseEdfPlusDate(text: string): string | undefined {
  const match = /^(\d\d)-([A-Za-z]{3})-(\d{4})$/.exec(text);
  const month = MONTHS.indexOf(match?.[2]?.toUpperCase() ?? '') + 1;
  return match && month > 0
    ? isoDate(Number(match[3]), month, Number(match[1]), text, [])
    : undefined;
}

/** Calls `set` with the subfield (`_` → blank) unless it is absent, empty or `X` (unknown). */
function setIfKnown(value: string | undefined, set: (value: string) => void): void {
  if (value !== undefined && value !== '' && value !== 'X') {
    set(value.replace(/_/g, ' '));
  }
}

function addExtra(comments: string[], what: string, extra: string[]): void {
  const text = extra.join(' ').trim();
  if (text !== '') {
    comments.push(`${what}: ${text.replace(/_/g, ' ')}`);
  }
}

function isoDate(
  year: number,
  month: number,
  day: number,
  text: string,
  warnings: string[],
): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    warnings.push(`EDF date '${text}' is not a calendar date; left out`);
    return undefined;
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
