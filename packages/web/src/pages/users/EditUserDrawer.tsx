import {
  locales,
  type Locale,
  type MembershipInput,
  type Organisation,
  type User,
} from '@gesang/domain';
import { App, Button, Divider, Drawer, Form, Input, Select, Switch } from 'antd';
import { useEffect, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { resetPassword, setMemberships, updateUser } from '../../api/users.js';
import { useErrorText } from '../../hooks/use-error-text.js';
import { useIsPhone } from '../../hooks/use-is-phone.js';
import { minPasswordLength } from '../../layout/ChangePasswordModal.js';
import { MembershipsField } from './MembershipsField.js';

interface Profile {
  displayName: string;
  locale: Locale;
  active: boolean;
}

/** Edit one user: profile and account state, organisations and roles, password reset. */
export function EditUserDrawer({
  user,
  orgs,
  onClose,
  onSaved,
}: {
  user: User | null;
  orgs: readonly Organisation[];
  onClose: () => void;
  onSaved: () => void;
}): ReactElement {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const isPhone = useIsPhone();
  const [profile] = Form.useForm<Profile>();
  const [memberships] = Form.useForm<{ memberships: MembershipInput[] }>();
  const [password] = Form.useForm<{ newPassword: string }>();

  useEffect(() => {
    if (user !== null) {
      profile.setFieldsValue({
        displayName: user.displayName,
        locale: user.locale,
        active: !user.disabled,
      });
      memberships.setFieldsValue({ memberships: user.memberships });
      password.resetFields();
    }
  }, [user, profile, memberships, password]);

  const save = (action: Promise<unknown>, done: string): void => {
    action
      .then(() => {
        message.success(done);
        onSaved();
      })
      .catch((error: unknown) => message.error(errorText(error)));
  };

  const id = user?.id ?? '';
  return (
    <Drawer
      open={user !== null}
      onClose={onClose}
      size={isPhone ? '100%' : 640}
      title={`${t('users.edit')} · ${user?.username ?? ''}`}
      forceRender
      data-testid="user-edit-drawer"
    >
      <Form
        form={profile}
        layout="vertical"
        onFinish={(v) =>
          save(
            updateUser(id, {
              displayName: v.displayName.trim(),
              locale: v.locale,
              disabled: !v.active,
            }),
            t('common.saved'),
          )
        }
      >
        <Form.Item
          name="displayName"
          label={t('users.displayName')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="locale" label={t('users.locale')}>
          <Select options={locales.map((l) => ({ value: l, label: t(`language.${l}`) }))} />
        </Form.Item>
        <Form.Item name="active" label={t('common.status')} valuePropName="checked">
          <Switch checkedChildren={t('common.active')} unCheckedChildren={t('users.disabled')} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('common.save')}
        </Button>
      </Form>
      <Divider titlePlacement="start">{t('users.editMemberships')}</Divider>
      <Form
        form={memberships}
        layout="vertical"
        onFinish={(v) => save(setMemberships(id, v.memberships), t('common.saved'))}
      >
        <MembershipsField orgs={orgs} />
        <Button type="primary" htmlType="submit" style={{ marginTop: 12 }}>
          {t('common.save')}
        </Button>
      </Form>
      <Divider titlePlacement="start">{t('users.resetPassword')}</Divider>
      <Form
        form={password}
        layout="vertical"
        onFinish={(v) => save(resetPassword(id, v.newPassword), t('users.resetDone'))}
      >
        <Form.Item
          name="newPassword"
          label={t('auth.newPassword')}
          extra={t('auth.passwordRule')}
          rules={[{ required: true, min: minPasswordLength, message: t('auth.passwordRule') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button danger htmlType="submit">
          {t('users.resetPassword')}
        </Button>
      </Form>
    </Drawer>
  );
}
