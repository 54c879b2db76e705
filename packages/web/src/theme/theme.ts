/**
 * antd theme per UI language. Tibetan stacks consonants and vowel signs vertically (སྒྲུབ, ཀློག), so
 * `bo` gets ~1.15× the font size, a taller line and taller controls; otherwise the tops of
 * ི and the bottoms of ུ are clipped inside inputs, buttons and menu rows.
 */
import type { Locale } from '@gesang/domain';
import type { ThemeConfig } from 'antd';

/** Fonts already on most machines come first so slow links rarely download a web font. */
const systemLatin = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial";
const systemCjk = "'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC'";

/**
 * The font stack per language. Noto Serif Tibetan is in every stack (its face covers only the
 * Tibetan block) so Tibetan names in Chinese screens render too; in `bo` it comes first.
 */
export const fontFamilies: Record<Locale, string> = {
  'zh-CN': `${systemLatin}, ${systemCjk}, 'Noto Sans SC', 'Noto Serif Tibetan', sans-serif`,
  en: `${systemLatin}, ${systemCjk}, 'Noto Sans SC', 'Noto Serif Tibetan', sans-serif`,
  bo: `'Noto Serif Tibetan', ${systemLatin}, ${systemCjk}, 'Noto Sans SC', sans-serif`,
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
      fontSizeSM: 14,
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
