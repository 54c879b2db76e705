import {
  KeyOutlined,
  LogoutOutlined,
  SafetyOutlined,
  StopOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { Session } from '@gesang/domain';
import { App, Button, Dropdown, type MenuProps } from 'antd';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../hooks/use-error-text.js';
import { useSession } from '../session/session-context.js';
import { ChangePasswordModal } from './ChangePasswordModal.js';
import { TwoFactorModal } from './TwoFactorModal.js';

/** Props of {@link UserMenu}. */
export interface UserMenuProps {
  session: Session;
  /** Icon only (phone header); the name is then the first menu line. */
  compact: boolean;
}

/** The user's own menu: change password, two-factor set-up, sign out, sign out everywhere. */
export function UserMenu({ session, compact }: UserMenuProps): ReactElement {
  const { t } = useTranslation();
  const { signOut, signOutAll } = useSession();
  const { modal, message } = App.useApp();
  const errorText = useErrorText();
  const [dialog, setDialog] = useState<'password' | 'totp' | null>(null);

  const items: MenuProps['items'] = [
    ...(compact
      ? [{ key: 'who', label: session.user.displayName, disabled: true, icon: <UserOutlined /> }]
      : []),
    {
      key: 'password',
      icon: <KeyOutlined />,
      label: <span data-testid="menu-change-password">{t('auth.changePassword')}</span>,
    },
    {
      key: 'totp',
      icon: <SafetyOutlined />,
      label: <span data-testid="menu-two-factor">{t('auth.twoFactor')}</span>,
    },
    { type: 'divider' },
    {
      key: 'sign-out',
      icon: <LogoutOutlined />,
      label: <span data-testid="menu-sign-out">{t('auth.signOut')}</span>,
    },
    {
      key: 'sign-out-all',
      icon: <StopOutlined />,
      danger: true,
      label: <span data-testid="menu-sign-out-all">{t('auth.signOutAll')}</span>,
    },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'password' || key === 'totp') {
      setDialog(key);
    } else if (key === 'sign-out') {
      void signOut();
    } else if (key === 'sign-out-all') {
      modal.confirm({
        title: t('auth.signOutAllConfirm'),
        okText: t('auth.signOutAll'),
        okButtonProps: { danger: true, 'data-testid': 'confirm-sign-out-all' },
        cancelText: t('common.cancel'),
        onOk: () => signOutAll().catch((error: unknown) => message.error(errorText(error))),
      });
    }
  };

  return (
    <>
      <Dropdown trigger={['click']} menu={{ items, onClick }}>
        <Button
          type="text"
          icon={<UserOutlined />}
          style={{ color: '#fff' }}
          data-testid="user-menu"
          aria-label={t('header.userMenu')}
        >
          {compact ? null : <span data-testid="user-name">{session.user.displayName}</span>}
        </Button>
      </Dropdown>
      <ChangePasswordModal open={dialog === 'password'} onClose={() => setDialog(null)} />
      <TwoFactorModal
        open={dialog === 'totp'}
        enabled={session.user.totpEnabled}
        onClose={() => setDialog(null)}
      />
    </>
  );
}
