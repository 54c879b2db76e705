/**
 * Names of the centres' things in the UI language: events (from the domain catalogue), the
 * board's short clock names, metric names, and review flags explained.
 */
import {
  centreEventLabels,
  findMetric,
  isCentreEvent,
  localize,
  type CaseFlag,
  type Centre,
  type Locale,
} from '@gesang/domain';
import type { TFunction } from 'i18next';
import { clockKey } from './board-clocks.js';
import { durationParts } from './case-clock.js';

/**
 * A translation when the key exists, else `fallback` (an id the domain added after this page).
 * @param t the translation function.
 * @param key a full key (`centres.attributes.labels.iss`).
 * @param fallback text shown when the key is missing.
 * @param values interpolation values (`{{minutes}}` …).
 */
export function textOr(
  t: TFunction,
  key: string,
  fallback: string,
  values: Readonly<Record<string, string>> = {},
): string {
  // Keys built at run time cannot be checked against the typed messages.
  const translate = t as unknown as (k: string, o: Record<string, string>) => string;
  return translate(key, { ...values, defaultValue: fallback });
}

/**
 * An event's name from the centre's catalogue; the raw id for an event the catalogue lacks.
 * @example eventLabel('chest_pain', 'wire_crossing', 'zh-CN') // '导丝通过'
 */
export function eventLabel(centre: Centre, event: string, locale: Locale): string {
  if (!isCentreEvent(centre, event)) {
    return event;
  }
  const labels = centreEventLabels[centre] as Readonly<Record<string, { zh: string; en: string }>>;
  const label = labels[event];
  return label === undefined ? event : localize(label, locale);
}

/**
 * A metric's full name (`进门到导丝通过`), or its id when unknown.
 * @example metricLabel('cp.d2w', 'en') // 'Door → wire'
 */
export function metricLabel(metricId: string, locale: Locale): string {
  const metric = findMetric(metricId);
  return metric === undefined ? metricId : localize(metric.label, locale);
}

/**
 * A board clock's short name (`门→导丝`), else the metric's full name.
 * @example clockLabel(t, 'cp.d2w', 'zh-CN') // '门→导丝'
 */
export function clockLabel(t: TFunction, metricId: string, locale: Locale): string {
  return textOr(t, `centres.clock.names.${clockKey(metricId)}`, metricLabel(metricId, locale));
}

/**
 * A duration in words (`75 分钟`, `3 小时 20 分钟`, `2023 天`).
 * @param t the translation function.
 * @param minutes any number of minutes (the sign is dropped).
 */
export function durationText(t: TFunction, minutes: number): string {
  const parts = durationParts(minutes);
  switch (parts.unit) {
    case 'minutes':
      return t('centres.duration.minutes', { n: parts.n });
    case 'hours':
      return t('centres.duration.hours', { h: parts.h, m: parts.m });
    case 'days':
      return t('centres.duration.days', { d: parts.d });
  }
}

/**
 * A review flag explained in the UI language, with the events named and the minutes rounded.
 * @param t the translation function.
 * @param centre the case's centre (for event names).
 * @param flag the flag as the server computed it.
 * @param locale the UI language.
 * @example flagText(t, 'chest_pain', { code: 'fmc_to_ecg_over_60', events: [...], minutes: 75 }, 'en')
 * // 'First medical contact → first ECG took 75 min (over 60 min): the case goes to review'
 */
export function flagText(t: TFunction, centre: Centre, flag: CaseFlag, locale: Locale): string {
  const [first = '', second = ''] = flag.events.map((event) => eventLabel(centre, event, locale));
  const duration = flag.minutes === undefined ? '' : durationText(t, flag.minutes);
  return textOr(t, `centres.flags.${flag.code}`, flag.message, { first, second, duration });
}
