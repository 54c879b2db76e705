import { App as AntApp, ConfigProvider } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { antdLocales } from './i18n/antd-locale.js';
import { isLocale } from './i18n/index.js';
import { Root } from './Root.js';
import { SessionProvider } from './session/SessionProvider.js';
import { themeFor } from './theme/theme.js';

/**
 * The whole app: antd configured for the current language (component texts, fonts, Tibetan
 * sizing), the session, then the signed-in shell or the sign-in page.
 */
export function App(): ReactElement {
  const { i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'zh-CN';
  return (
    <ConfigProvider locale={antdLocales[locale]} theme={themeFor(locale)} componentSize="middle">
      <AntApp>
        <SessionProvider>
          <Root />
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  );
}
