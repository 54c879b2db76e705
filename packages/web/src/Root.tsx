import { Spin } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { AppShell } from './layout/AppShell.js';
import { SignInPage } from './pages/SignInPage.js';
import { useSession } from './session/session-context.js';

/** Picks the screen for the session state: a spinner, the sign-in page, or the app shell. */
export function Root(): ReactElement {
  const { state } = useSession();
  const { t } = useTranslation();
  if (state.status === 'loading') {
    return (
      <div className="gesang-sign-in" data-testid="app-loading">
        <Spin size="large" description={t('common.loading')} />
      </div>
    );
  }
  if (state.status === 'signed-out') {
    return <SignInPage expired={state.expired} />;
  }
  return <AppShell session={state.session} />;
}
