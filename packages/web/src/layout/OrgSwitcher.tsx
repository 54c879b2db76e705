import type { Session } from '@gesang/domain';
import { localize } from '@gesang/domain';
import { App, Select } from 'antd';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../hooks/use-error-text.js';
import { currentLocale } from '../i18n/index.js';
import { useSession } from '../session/session-context.js';

/** Props of {@link OrgSwitcher}. */
export interface OrgSwitcherProps {
  session: Session;
  /** Fill the width of the parent (the phone drawer). */
  block?: boolean;
}

/**
 * The organisation the user acts for, chosen among their memberships. Switching changes the
 * permissions (and so the menu) immediately.
 */
export function OrgSwitcher({ session, block = false }: OrgSwitcherProps): ReactElement {
  const { t } = useTranslation();
  const { switchOrg } = useSession();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const locale = currentLocale();
  const options = session.memberships.map((m) => ({
    value: m.orgId,
    label: (
      <span lang={locale === 'bo' && m.orgName.bo ? 'bo' : undefined}>
        {localize(m.orgName, locale)}
      </span>
    ),
    title: localize(m.orgName, locale),
  }));
  return (
    <Select
      data-testid="org-switcher"
      aria-label={t('header.organisation')}
      value={session.activeOrgId ?? undefined}
      placeholder={t('orgs.pick')}
      options={options}
      loading={busy}
      disabled={busy}
      popupMatchSelectWidth={false}
      style={{ width: block ? '100%' : 280, maxWidth: '100%' }}
      onChange={(orgId: string) => {
        setBusy(true);
        switchOrg(orgId)
          .catch((error: unknown) => message.error(errorText(error)))
          .finally(() => setBusy(false));
      }}
    />
  );
}
