/** The antd component locale for each UI language. */
import type { Locale } from '@gesang/domain';
import type { ConfigProviderProps } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import { antdBo } from './antd-bo.js';

/** antd's locale object type. */
export type AntdLocale = NonNullable<ConfigProviderProps['locale']>;

/** antd texts (pagination, pickers, empty states, ...) per UI language. */
export const antdLocales: Record<Locale, AntdLocale> = { 'zh-CN': zhCN, en: enUS, bo: antdBo };
