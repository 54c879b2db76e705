import { GlobalOutlined } from '@ant-design/icons';
import { locales, type Locale } from '@gesang/domain';
import { App, Button, Dropdown } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../hooks/use-error-text.js';
import { currentLocale } from '../i18n/index.js';
import { useSession } from '../session/session-context.js';

/** Props of {@link LanguageSwitch}. */
export interface LanguageSwitchProps {
  /** Show only the globe icon (phone header). */
  compact?: boolean;
  /** White text, for the dark header. */
  light?: boolean;
}

/**
 * The language switch: 中文 / English / བོད་ཡིག, each named in its own script so a reader finds
 * their language whatever is shown now.
 */
export function LanguageSwitch({
  compact = false,
  light = false,
}: LanguageSwitchProps): ReactElement {
  const { t } = useTranslation();
  const { setLocale } = useSession();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const locale = currentLocale();
  const items = locales.map((l: Locale) => ({
    key: l,
    label: (
      <span lang={l} data-testid={`language-option-${l}`}>
        {t(`language.${l}`)}
      </span>
    ),
  }));
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items,
        selectable: true,
        selectedKeys: [locale],
        onClick: ({ key }) => {
          setLocale(key as Locale).catch((error: unknown) => message.error(errorText(error)));
        },
      }}
    >
      <Button
        type="text"
        icon={<GlobalOutlined />}
        data-testid="language-switch"
        aria-label={t('language.label')}
        style={light ? { color: '#fff' } : undefined}
      >
        {compact ? null : <span lang={locale}>{t(`language.${locale}`)}</span>}
      </Button>
    </Dropdown>
  );
}
