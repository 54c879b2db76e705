/** The three UI languages. zh-CN is the default. */
export const locales = ['zh-CN', 'en', 'bo'] as const;

/** One of {@link locales}. */
export type Locale = (typeof locales)[number];

/** A name or label in all three languages (Tibetan may be missing for user-entered data). */
export interface LocalizedText {
  zh: string;
  en: string;
  bo?: string | undefined;
}

/**
 * Pick the text for a locale, falling back to Chinese then English.
 * @example localize({ zh: '拉孜县人民医院', en: "Lhatse County People's Hospital" }, 'en')
 */
export function localize(text: LocalizedText, locale: Locale): string {
  if (locale === 'bo' && text.bo) {
    return text.bo;
  }
  if (locale === 'en') {
    return text.en || text.zh;
  }
  return text.zh || text.en;
}
