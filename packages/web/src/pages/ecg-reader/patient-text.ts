/** A patient as the file names them: name, sex and age, and the cart's patient id. */
import type { RecordSummary } from '@gesang/domain';
import type { TFunction } from 'i18next';

/** Patient fields from the file. */
export type FilePatient = RecordSummary['patient'];

/** What a row or header shows of the patient. */
export interface PatientText {
  /** The name, or null when the file has none. */
  name: string | null;
  /** Sex and age, e.g. `男 · 62 岁`; empty when neither is known. */
  details: string;
  /** The cart's patient id, or null. */
  id: string | null;
}

/**
 * The patient's fields in the UI language.
 * @param patient from the file (null before it was read).
 * @param t the translation function.
 */
export function patientText(patient: FilePatient | null, t: TFunction): PatientText {
  const name = patient?.name?.trim() ?? '';
  const parts: string[] = [];
  if (patient?.sex !== undefined && patient.sex !== 'unknown') {
    parts.push(t(`sexes.${patient.sex}`));
  }
  if (patient?.ageYears !== undefined) {
    parts.push(t('patients.age', { years: Math.floor(patient.ageYears) }));
  }
  const id = patient?.id?.trim() ?? '';
  return { name: name === '' ? null : name, details: parts.join(' · '), id: id === '' ? null : id };
}

/**
 * `bo` when the text is mostly Tibetan script (so it gets the Tibetan font), else undefined.
 * @example scriptLang('ཚེ་རིང་སྒྲོལ་མ།') // 'bo'
 */
export function scriptLang(text: string): 'bo' | undefined {
  return /[\u0F00-\u0FFF]/.test(text) ? 'bo' : undefined;
}
