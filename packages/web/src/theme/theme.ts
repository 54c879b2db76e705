/**
 * antd theme per UI language. Tibetan stacks consonants and vowel signs vertically (སྒྲུབ, ཀློག), so
 * `bo` gets ~1.15× the font size, a taller line and taller controls; otherwise the tops of
 * ི and the bottoms of ུ are clipped inside inputs, buttons and menu rows.
 */
import type { Locale } from '@gesang/domain';
import type { ThemeConfig } from 'antd';

/**
 * The font stack per language, from the CSS variables in `styles.css` (system fonts first, so a
 * slow link rarely downloads a web font; Tibetan first in `bo`). The Tibetan face covers only the
 * Tibetan block, so it sits in every stack and Tibetan names render in Chinese screens too.
 */
export const fontFamilies: Record<Locale, string> = {
  'zh-CN':
    'var(--gesang-font-latin), var(--gesang-font-cjk), var(--gesang-font-tibetan), sans-serif',
  en: 'var(--gesang-font-latin), var(--gesang-font-cjk), var(--gesang-font-tibetan), sans-serif',
  bo: 'var(--gesang-font-tibetan), var(--gesang-font-latin), var(--gesang-font-cjk), sans-serif',
};

/** Header background: the maroon of Tibetan monastic robes. */
export const headerColor = '#7a1f2b';

const base: ThemeConfig = {
  token: {
    colorPrimary: '#13508b',
    borderRadius: 4,
  },
};

/**
 * The antd theme for a language.
 * @param locale the UI language.
 * @returns a ThemeConfig for `<ConfigProvider theme>`.
 */
export function themeFor(locale: Locale): ThemeConfig {
  if (locale !== 'bo') {
    return { ...base, token: { ...base.token, fontFamily: fontFamilies[locale] } };
  }
  return {
    ...base,
    token: {
      ...base.token,
      fontFamily: fontFamilies.bo,
      fontSize: 16,
      fontSizeSM: 15,
      fontSizeLG: 18,
      lineHeight: 1.9,
      controlHeight: 40,
      controlHeightSM: 32,
      controlHeightLG: 48,
    },
    components: {
      Menu: { itemHeight: 48 },
      Table: { cellPaddingBlockSM: 6 },
    },
  };
}
