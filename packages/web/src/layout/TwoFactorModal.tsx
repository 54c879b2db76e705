import { Alert, App, Button, Form, Input, Modal, QRCode, Space, Typography } from 'antd';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { disableTotp, enableTotp, setupTotp, type TotpSetup } from '../api/auth.js';
import { useErrorText } from '../hooks/use-error-text.js';
import { useSession } from '../session/session-context.js';

/** Props of {@link TwoFactorModal}. */
export interface TwoFactorModalProps {
  open: boolean;
  /** Whether two-factor sign-in is on now. */
  enabled: boolean;
  onClose: () => void;
}

/**
 * Two-factor sign-in (TOTP, RFC 6238): when off, start set-up (QR code drawn in the browser, the
 * otpauth URI and the secret for typing in) and confirm with a code; when on, turn it off with
 * the password.
 */
export function TwoFactorModal({ open, enabled, onClose }: TwoFactorModalProps): ReactElement {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { refresh } = useSession();
  const errorText = useErrorText();
  const [setup, setSetup] = useState<TotpSetup | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<unknown>, done: string): Promise<void> => {
    setBusy(true);
    try {
      await action();
      message.success(done);
      setSetup(null);
      await refresh();
      onClose();
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  const start = (): void => {
    setBusy(true);
    setupTotp()
      .then(setSetup)
      .catch((error: unknown) => message.error(errorText(error)))
      .finally(() => setBusy(false));
  };

  return (
    <Modal
      open={open}
      title={t('auth.twoFactor')}
      footer={null}
      onCancel={onClose}
      destroyOnHidden
      data-testid="two-factor-modal"
    >
      {enabled ? (
        <Form
          layout="vertical"
          onFinish={(v: { password: string }) =>
            void run(() => disableTotp(v.password), t('auth.twoFactorDisabled'))
          }
        >
          <Alert
            type="success"
            showIcon
            title={t('auth.twoFactorOn')}
            style={{ marginBottom: 16 }}
          />
          <Form.Item
            name="password"
            label={t('auth.twoFactorDisableHint')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button danger htmlType="submit" loading={busy}>
            {t('auth.twoFactorDisable')}
          </Button>
        </Form>
      ) : setup === null ? (
        <Space orientation="vertical">
          <Typography.Paragraph>{t('auth.twoFactorIntro')}</Typography.Paragraph>
          <Button type="primary" onClick={start} loading={busy} data-testid="totp-start">
            {t('auth.twoFactorStart')}
          </Button>
        </Space>
      ) : (
        <Form
          layout="vertical"
          onFinish={(v: { code: string }) =>
            void run(() => enableTotp(v.code), t('auth.twoFactorEnabled'))
          }
        >
          <Typography.Paragraph>{t('auth.twoFactorIntro')}</Typography.Paragraph>
          <QRCode value={setup.otpauthUri} size={176} style={{ marginBottom: 12 }} />
          <Typography.Text type="secondary">{t('auth.twoFactorSecret')}</Typography.Text>
          <Typography.Paragraph copyable code data-testid="totp-secret">
            {setup.secret}
          </Typography.Paragraph>
          <Typography.Text type="secondary">{t('auth.twoFactorUri')}</Typography.Text>
          <Typography.Paragraph copyable style={{ wordBreak: 'break-all' }} data-testid="totp-uri">
            {setup.otpauthUri}
          </Typography.Paragraph>
          <Form.Item
            name="code"
            label={t('auth.totp')}
            rules={[{ required: true, pattern: /^\d{6}$/, message: t('auth.totpFormat') }]}
          >
            <Input
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              style={{ maxWidth: 160 }}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('auth.twoFactorEnable')}
          </Button>
        </Form>
      )}
    </Modal>
  );
}
