import { Menu, type MenuProps } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../router/history.js';
import type { NavItem, NavKey } from '../nav.js';

/** Props of {@link SideMenu}. */
export interface SideMenuProps {
  /** The pages this user may open. */
  routes: readonly NavItem[];
  /** The menu key of the page shown now. */
  selected: NavKey | undefined;
  /** Called after a click navigates (closes the phone drawer). */
  onNavigate: () => void;
}

/** The main menu: clinical pages first, then an "Administration" group when any are allowed. */
export function SideMenu({ routes, selected, onNavigate }: SideMenuProps): ReactElement {
  const { t } = useTranslation();
  const item = (r: NavItem): NonNullable<MenuProps['items']>[number] => ({
    key: r.path,
    icon: r.icon,
    label: <span data-testid={`nav-${r.key}`}>{t(`nav.${r.key}`)}</span>,
  });
  const admin = routes.filter((r) => r.admin);
  const items: MenuProps['items'] = [
    ...routes.filter((r) => !r.admin).map(item),
    ...(admin.length === 0
      ? []
      : [
          {
            type: 'group' as const,
            key: 'admin',
            label: t('nav.admin'),
            children: admin.map(item),
          },
        ]),
  ];
  const selectedPath = routes.find((r) => r.key === selected)?.path;
  return (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={selectedPath === undefined ? [] : [selectedPath]}
      onClick={({ key }) => {
        navigate(key);
        onNavigate();
      }}
      style={{ borderInlineEnd: 'none' }}
    />
  );
}
