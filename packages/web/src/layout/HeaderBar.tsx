import { MenuOutlined } from '@ant-design/icons';
import type { Session } from '@gesang/domain';
import { Button, Layout } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../router/Link.js';
import { headerColor } from '../theme/theme.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { OrgSwitcher } from './OrgSwitcher.js';
import { UserMenu } from './UserMenu.js';

/** Props of {@link HeaderBar}. */
export interface HeaderBarProps {
  session: Session;
  /** Phone layout: menu button, no organisation switcher (it moves into the drawer). */
  isPhone: boolean;
  onOpenMenu: () => void;
}

/** The top bar: product name, organisation switcher, language switch and user menu. */
export function HeaderBar({ session, isPhone, onOpenMenu }: HeaderBarProps): ReactElement {
  const { t } = useTranslation();
  return (
    <Layout.Header
      className="gesang-header"
      style={{ background: headerColor }}
      data-testid="app-header"
    >
      {isPhone && (
        <Button
          type="text"
          icon={<MenuOutlined />}
          onClick={onOpenMenu}
          aria-label={t('header.openMenu')}
          data-testid="menu-button"
          style={{ color: '#fff' }}
        />
      )}
      <Link href="/" className="gesang-brand" data-testid="brand">
        {t('app.name')}
      </Link>
      <span className="gesang-header-spacer" />
      {!isPhone && <OrgSwitcher session={session} />}
      <LanguageSwitch compact={isPhone} light />
      <UserMenu session={session} compact={isPhone} />
    </Layout.Header>
  );
}
