/** Names of organisations, centres and metrics in the user's language. */
import { centreLabels, localize, type Centre, type Locale } from '@gesang/domain';

/**
 * An organisation's name (Tibetan may be missing: then Chinese).
 * @example orgName({ zh: '拉孜县人民医院', en: 'Lhatse …', bo: null }, 'bo') // '拉孜县人民医院'
 */
export function orgName(
  name: { zh: string; en: string; bo: string | null },
  locale: Locale,
): string {
  return localize({ zh: name.zh, en: name.en, bo: name.bo ?? undefined }, locale);
}

/**
 * A centre's name.
 * @example centreName('stroke', 'zh-CN') // '卒中中心'
 */
export function centreName(centre: Centre, locale: Locale): string {
  return localize(centreLabels[centre], locale);
}

/**
 * A metric's label.
 * @example metricName(metric, 'en') // 'Door → wire'
 */
export function metricName(
  label: { zh: string; en: string; bo?: string | undefined },
  locale: Locale,
): string {
  return localize(label, locale);
}

/** The series colour of each centre, the same on every chart. */
export const centreColours: Readonly<Record<Centre, string>> = {
  chest_pain: '#cf1322',
  stroke: '#1d39c4',
  trauma: '#d48806',
  maternal: '#c41d7f',
  neonatal: '#08979c',
};
