import { LockOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.js';
import { useErrorText } from '../hooks/use-error-text.js';
import { LanguageSwitch } from '../layout/LanguageSwitch.js';
import { useSession } from '../session/session-context.js';

interface Values {
  username: string;
  password: string;
  totp?: string;
}

/** Props of {@link SignInPage}. */
export interface SignInPageProps {
  /** The previous session ended: say so, since the user did not ask to sign out. */
  expired: boolean;
}

/**
 * Sign-in: username and password; when the server answers `totp_required`, a 6-digit code field
 * appears and the same form is sent again with it.
 */
export function SignInPage({ expired }: SignInPageProps): ReactElement {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const errorText = useErrorText();
  const [needTotp, setNeedTotp] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (values: Values): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const totp = needTotp ? values.totp : undefined;
      await signIn({
        username: values.username.trim(),
        password: values.password,
        ...(totp ? { totp } : {}),
      });
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'totp_required' && !needTotp) {
        setNeedTotp(true);
      } else {
        setError(caught);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="gesang-sign-in">
      <Card style={{ width: 400, maxWidth: '100%' }} data-testid="sign-in-page">
        <div style={{ display: 'flex', alignItems: 'center', marginBottom: 8 }}>
          <Typography.Title level={3} style={{ margin: 0, flex: 1 }}>
            {t('app.name')}
          </Typography.Title>
          <LanguageSwitch />
        </div>
        <Typography.Paragraph type="secondary">{t('app.tagline')}</Typography.Paragraph>
        {expired && error === null && (
          <Alert
            type="info"
            showIcon
            title={t('auth.sessionExpired')}
            style={{ marginBottom: 16 }}
          />
        )}
        {error !== null && (
          <Alert
            type="error"
            showIcon
            title={errorText(error)}
            style={{ marginBottom: 16 }}
            data-testid="sign-in-error"
          />
        )}
        <Form layout="vertical" onFinish={(v: Values) => void submit(v)} requiredMark={false}>
          <Form.Item
            name="username"
            label={t('auth.username')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Input
              prefix={<UserOutlined />}
              autoComplete="username"
              autoCapitalize="none"
              data-testid="sign-in-username"
            />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('auth.password')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Input.Password
              prefix={<LockOutlined />}
              autoComplete="current-password"
              data-testid="sign-in-password"
            />
          </Form.Item>
          {needTotp && (
            <Form.Item
              name="totp"
              label={t('auth.totp')}
              extra={t('auth.totpHint')}
              rules={[{ required: true, pattern: /^\d{6}$/, message: t('auth.totpFormat') }]}
            >
              <Input
                prefix={<SafetyOutlined />}
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={6}
                autoFocus
                data-testid="sign-in-totp"
              />
            </Form.Item>
          )}
          <Button
            type="primary"
            htmlType="submit"
            block
            size="large"
            loading={busy}
            data-testid="sign-in-submit"
          >
            {t('auth.signIn')}
          </Button>
        </Form>
      </Card>
    </main>
  );
}
