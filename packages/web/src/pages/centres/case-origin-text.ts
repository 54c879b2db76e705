/**
 * A case's patient and origin in words: the registered name in the reader's script (else the
 * name the cart recorded), sex and age, and the county whose ECG opened the green channel.
 */
import { localize, type Locale, type Patient } from '@gesang/domain';
import type { TFunction } from 'i18next';
import { ageInYears } from '../../format/date.js';
import { patientText } from '../ecg-reader/patient-text.js';
import type { CaseOrigin } from './use-case-origins.js';

/** What a card or the case page shows of the patient. */
export interface CasePatientText {
  /** The name, or null when nobody named the patient yet. */
  name: string | null;
  /** Sex and age (`男 · 62 岁`), empty when unknown. */
  details: string;
}

function registeredName(patient: Patient, locale: Locale): string | null {
  const order =
    locale === 'bo'
      ? [patient.nameBo, patient.nameZh, patient.namePinyin]
      : locale === 'en'
        ? [patient.namePinyin, patient.nameZh, patient.nameBo]
        : [patient.nameZh, patient.nameBo, patient.namePinyin];
  return order.find((name): name is string => name !== null && name.trim() !== '') ?? null;
}

/**
 * The patient of a case in the UI language.
 * @param origin the case's registered patient and source ECG (either may be null).
 * @param t the translation function.
 * @param locale the UI language (picks the script of the registered name).
 * @example casePatientText({ patient: null, sourceStudy }, t, 'zh-CN') // { name: '张三', details: '男 · 62 岁' }
 */
export function casePatientText(
  origin: CaseOrigin | undefined,
  t: TFunction,
  locale: Locale,
): CasePatientText {
  const patient = origin?.patient ?? null;
  if (patient !== null) {
    const parts: string[] = [];
    if (patient.sex !== 'unknown') {
      parts.push(t(`sexes.${patient.sex}`));
    }
    const age = ageInYears(patient.birthDate);
    if (age !== null) {
      parts.push(t('patients.age', { years: age }));
    }
    return { name: registeredName(patient, locale), details: parts.join(' · ') };
  }
  const fromFile = patientText(origin?.sourceStudy?.filePatient ?? null, t);
  return { name: fromFile.name, details: fromFile.details };
}

/**
 * The county (the organisation of the ECG that opened the green channel), or null.
 * @example countyName(origin, 'bo') // 'ལྷ་རྩེ་རྫོང་མི་དམངས་སྨན་ཁང་།'
 */
export function countyName(origin: CaseOrigin | undefined, locale: Locale): string | null {
  const name = origin?.sourceStudy?.orgName;
  return name === undefined ? null : localize({ ...name, bo: name.bo ?? undefined }, locale);
}
