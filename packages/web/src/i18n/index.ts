/**
 * i18next set-up and the language switch. zh-CN is the default; the choice is kept in
 * localStorage, mirrored to `<html lang>` (which drives the Tibetan font and spacing in
 * `styles.css`) and to dayjs (month and weekday names in date pickers).
 */
import { locales, type Locale } from '@gesang/domain';
import dayjs from 'dayjs';
import 'dayjs/locale/bo';
import 'dayjs/locale/zh-cn';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { bo } from './locales/bo.js';
import { en } from './locales/en.js';
import { zhCN } from './locales/zh-CN.js';

const storageKey = 'gesang.locale';

/** dayjs's name for each of our locales. */
const dayjsLocale: Record<Locale, string> = { 'zh-CN': 'zh-cn', en: 'en', bo: 'bo' };

/** True when `value` is one of our three locales. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The language saved on this device, else zh-CN. */
export function savedLocale(): Locale {
  try {
    const value = localStorage.getItem(storageKey);
    return isLocale(value) ? value : 'zh-CN';
  } catch {
    return 'zh-CN'; // storage blocked (private mode): fall back to the default
  }
}

function applyToDocument(locale: Locale): void {
  document.documentElement.lang = locale;
  dayjs.locale(dayjsLocale[locale]);
}

/**
 * Switch the UI language and remember it on this device. Does not tell the server; the session
 * layer does that when signed in.
 * @param locale zh-CN, en or bo.
 */
export async function changeLocale(locale: Locale): Promise<void> {
  try {
    localStorage.setItem(storageKey, locale);
  } catch {
    // Not remembered on this device; the server preference still is when signed in.
  }
  applyToDocument(locale);
  await i18next.changeLanguage(locale);
}

/** The language i18next is showing now. */
export function currentLocale(): Locale {
  return isLocale(i18next.language) ? i18next.language : 'zh-CN';
}

const initial = savedLocale();
applyToDocument(initial);

void i18next.use(initReactI18next).init({
  resources: {
    'zh-CN': { translation: zhCN },
    en: { translation: en },
    bo: { translation: bo },
  },
  lng: initial,
  fallbackLng: 'zh-CN',
  supportedLngs: [...locales],
  // Resources are bundled: initialise synchronously so the first render is already translated.
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
});

export { i18next };

/** True when a language was explicitly chosen on this device. */
export function hasSavedLocale(): boolean {
  try {
    return isLocale(localStorage.getItem(storageKey));
  } catch {
    return false;
  }
}
