/** Typed translation keys: `t('nav.home')` is checked against the Chinese messages. */
import 'i18next';
import type { zhCN } from './locales/zh-CN.js';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
    returnNull: false;
  }
}
