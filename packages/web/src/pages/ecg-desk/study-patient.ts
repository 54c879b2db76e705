/** How the desk names a study's patient before anyone has matched it to a registered patient. */
import type { StudySummary } from '@gesang/domain';
import type { TFunction } from 'i18next';

/**
 * The patient as the file gives it: name, sex and age where present (e.g. `卓玛 · 女 · 58`);
 * empty when the file says nothing.
 * @param study the study
 * @param t the translation function (sex and age in the UI language)
 */
export function filePatientText(study: StudySummary, t: TFunction): string {
  const p = study.filePatient;
  if (p === null) {
    return '';
  }
  const parts = [
    p.name?.trim() ?? '',
    p.sex === undefined || p.sex === 'unknown' ? '' : t(`sexes.${p.sex}`),
    p.ageYears === undefined ? '' : t('ecgPreview.ageValue', { age: Math.floor(p.ageYears) }),
  ];
  return parts.filter((x) => x !== '').join(' · ');
}
