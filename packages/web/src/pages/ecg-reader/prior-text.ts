/** How the reader's list of earlier ECGs words an ECG: when, and its main measurements. */
import type { PriorStudy } from '@gesang/domain';
import type { TFunction } from 'i18next';
import { formatDateTime } from '../../format/date.js';

/**
 * When an earlier ECG was taken: the cart's own date and time (its clock, as printed on the
 * paper) when the file gives them, else when Gesang received it.
 * @param study the earlier ECG.
 * @param t the translation function (`Recorded …` / `Received …`).
 * @example whenText(prior, t) // '采集 2024-09-01 09:30'
 */
export function whenText(
  study: Pick<PriorStudy, 'acquisitionTime' | 'receivedAt'>,
  t: TFunction,
): string {
  const acquired = study.acquisitionTime;
  if (acquired?.date !== undefined) {
    const time = acquired.time?.slice(0, 5) ?? '';
    return t('ecgPatient.prior.recorded', { time: `${acquired.date} ${time}`.trim() });
  }
  return t('ecgPatient.prior.received', { time: formatDateTime(study.receivedAt) });
}

/**
 * The engine's main measurements on one line, rounded, those it could not measure left out,
 * e.g. `心率 72 次/分 · PR 160 ms · QRS 92 ms · QTc 421 ms · 电轴 45°`.
 * @param m the measurements (null before analysis).
 * @param t the translation function.
 */
export function measurementText(
  m: Pick<
    NonNullable<PriorStudy['measurements']>,
    'heartRateBpm' | 'prIntervalMs' | 'qrsDurationMs' | 'qtcBazettMs' | 'qrsAxisDeg'
  > | null,
  t: TFunction,
): string {
  if (m === null) {
    return '';
  }
  const parts: [keyof NonNullable<PriorStudy['measurements']>, string][] = [
    ['heartRateBpm', 'ecgPatient.prior.hr'],
    ['prIntervalMs', 'ecgPatient.prior.pr'],
    ['qrsDurationMs', 'ecgPatient.prior.qrs'],
    ['qtcBazettMs', 'ecgPatient.prior.qtc'],
    ['qrsAxisDeg', 'ecgPatient.prior.axis'],
  ];
  return parts
    .flatMap(([field, key]) => {
      const value = m[field];
      return value === null || !Number.isFinite(value)
        ? []
        : [t(key as 'ecgPatient.prior.hr', { value: Math.round(value) })];
    })
    .join(' · ');
}
