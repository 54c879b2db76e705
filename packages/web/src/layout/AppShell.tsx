import type { Session } from '@gesang/domain';
import { Drawer, Layout, Spin } from 'antd';
import { Suspense, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from '../hooks/use-is-phone.js';
import { NotFoundPage } from '../pages/NotFoundPage.js';
import { usePath } from '../router/history.js';
import { matchNavItem } from '../nav.js';
import { allowedRoutes } from '../routes.js';
import { HeaderBar } from './HeaderBar.js';
import { OrgSwitcher } from './OrgSwitcher.js';
import { SideMenu } from './SideMenu.js';

/**
 * The signed-in frame: header, side menu (a drawer on phones, < 768 px) and the current page.
 * Pages the acting organisation's permissions do not allow are answered as "not found".
 */
export function AppShell({ session }: { session: Session }): ReactElement {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const path = usePath();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const allowed = allowedRoutes(session.permissions);
  const route = matchNavItem(path, allowed);
  const Page = route?.page;

  const menu = (
    <SideMenu routes={allowed} selected={route?.key} onNavigate={() => setDrawerOpen(false)} />
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <HeaderBar session={session} isPhone={isPhone} onOpenMenu={() => setDrawerOpen(true)} />
      <Layout>
        {!isPhone && (
          <Layout.Sider width={232} theme="light" data-testid="side-menu">
            {menu}
          </Layout.Sider>
        )}
        <Layout.Content className="gesang-content">
          <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>
            {Page ? <Page /> : <NotFoundPage />}
          </Suspense>
        </Layout.Content>
      </Layout>
      {isPhone && (
        <Drawer
          placement="left"
          size={288}
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          title={t('nav.menu')}
          data-testid="menu-drawer"
          styles={{ body: { padding: 0 } }}
        >
          <div style={{ padding: 12 }}>
            <OrgSwitcher session={session} block />
          </div>
          {menu}
        </Drawer>
      )}
    </Layout>
  );
}
