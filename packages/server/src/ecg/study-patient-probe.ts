import { normalizePinyin, type RecordSummary } from '@gesang/domain';
import { pinyinKeyOf, pinyinOfChineseName } from '../patients/patient-names.js';

/** What the file says about its patient, in the forms the register is searched by. */
export interface FilePatientProbe {
  /** The cart's patient id as written and upper-cased (a resident ID's check `x`), distinct. */
  identifierValues: string[];
  /** A name in Chinese characters, spaces and DICOM `^` removed. */
  nameZh: string | null;
  /** A Tibetan name without its closing tsheg or shad (see {@link tibetanNameKey}). */
  nameBo: string | null;
  /** The name's pinyin key (`Zhaxi` → `zhaxi`; a Chinese name romanised first). */
  pinyinKey: string | null;
  /** Male or female when the file says so; null otherwise. */
  sex: 'male' | 'female' | null;
  /** Birth date `YYYY-MM-DD` as the file gives it. */
  birthDate: string | null;
  /** Birth dates agreeing with the file's age at the recording date, inclusive. */
  birthDateRange: { from: string; to: string } | null;
}

const hanScript = /\p{Script=Han}/u;
const tibetanScript = /\p{Script=Tibetan}/u;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A Tibetan name for comparison: trimmed, without the trailing tsheg (་), shad (།, ༎) and spaces
 * with which the same name is written at the end of a phrase or not.
 * @example tibetanNameKey('བཀྲ་ཤིས། ') // 'བཀྲ་ཤིས'
 */
export function tibetanNameKey(name: string): string {
  return name.trim().replace(/[\u0f0b\u0f0d\u0f0e\s]+$/u, '');
}

/**
 * The birth dates of someone `ageYears` old (whole years) on `onDate`: after the day `ageYears +
 * 1` years before, up to the day `ageYears` years before.
 * @param ageYears age at the recording, 0–150 (fractions are floored).
 * @param onDate the recording's date, `YYYY-MM-DD`.
 * @returns null when either is out of range.
 * @example birthDateRangeForAge(46, '2002-10-21') // { from: '1955-10-22', to: '1956-10-21' }
 */
export function birthDateRangeForAge(
  ageYears: number,
  onDate: string,
): { from: string; to: string } | null {
  if (!Number.isFinite(ageYears) || ageYears < 0 || ageYears > 150 || !isoDate.test(onDate)) {
    return null;
  }
  const age = Math.floor(ageYears);
  const [y, m, d] = onDate.split('-').map(Number) as [number, number, number];
  const day = (years: number, plusDays: number): string =>
    new Date(Date.UTC(y - years, m - 1, d + plusDays)).toISOString().slice(0, 10);
  return { from: day(age + 1, 1), to: day(age, 0) };
}

/** The name's forms: Chinese, Tibetan or (anything else) pinyin. */
function nameForms(
  raw: string | undefined,
): Pick<FilePatientProbe, 'nameZh' | 'nameBo' | 'pinyinKey'> {
  const name = (raw ?? '').replaceAll('^', ' ').trim();
  if (name === '') {
    return { nameZh: null, nameBo: null, pinyinKey: null };
  }
  if (hanScript.test(name)) {
    const nameZh = name.replace(/\s+/g, '');
    return { nameZh, nameBo: null, pinyinKey: pinyinKeyOf(pinyinOfChineseName(nameZh)) };
  }
  if (tibetanScript.test(name)) {
    const nameBo = tibetanNameKey(name);
    return { nameZh: null, nameBo: nameBo === '' ? null : nameBo, pinyinKey: null };
  }
  const key = normalizePinyin(name);
  return { nameZh: null, nameBo: null, pinyinKey: key === '' ? null : key };
}

/**
 * Reads the file's patient fields into a probe of the register.
 * @param patient the record summary's patient (null before the file was read).
 * @param recordedOn the recording date `YYYY-MM-DD` (the file's acquisition date, else the day
 *   the study was received), for turning an age into birth dates.
 * @example probeOfFilePatient({ id: 'lz0002', name: 'Zhaxi', ageYears: 53 }, '2024-09-01')
 */
export function probeOfFilePatient(
  patient: RecordSummary['patient'] | null,
  recordedOn: string,
): FilePatientProbe {
  const id = patient?.id?.trim() ?? '';
  const birthDate =
    patient?.birthDate !== undefined && isoDate.test(patient.birthDate) ? patient.birthDate : null;
  return {
    identifierValues: id === '' ? [] : [...new Set([id, id.toUpperCase()])],
    ...nameForms(patient?.name),
    sex: patient?.sex === 'male' || patient?.sex === 'female' ? patient.sex : null,
    birthDate,
    birthDateRange:
      birthDate === null && patient?.ageYears !== undefined
        ? birthDateRangeForAge(patient.ageYears, recordedOn)
        : null,
  };
}
