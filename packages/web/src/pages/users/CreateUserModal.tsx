import { locales, type CreateUserBody, type Organisation } from '@gesang/domain';
import { App, Col, Form, Input, Modal, Row, Select } from 'antd';
import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { createUser } from '../../api/users.js';
import { fieldName, useErrorText } from '../../hooks/use-error-text.js';
import { currentLocale } from '../../i18n/index.js';
import { minPasswordLength } from '../../layout/ChangePasswordModal.js';
import { MembershipsField } from './MembershipsField.js';

/** Props of {@link CreateUserModal}. */
export interface CreateUserModalProps {
  open: boolean;
  orgs: readonly Organisation[];
  onClose: () => void;
  onCreated: () => void;
}

/** Create a user: username, name, initial password, language, organisations and roles. */
export function CreateUserModal({
  open,
  orgs,
  onClose,
  onCreated,
}: CreateUserModalProps): ReactElement {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<CreateUserBody>();
  const [busy, setBusy] = useState(false);
  const required = { required: true, whitespace: true, message: t('common.required') };

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue({ locale: currentLocale(), memberships: [{ orgId: '', roles: [] }] });
    }
  }, [open, form]);

  const submit = async (values: CreateUserBody): Promise<void> => {
    setBusy(true);
    try {
      await createUser({
        ...values,
        username: values.username.trim(),
        displayName: values.displayName.trim(),
      });
      message.success(t('users.created'));
      onCreated();
      onClose();
    } catch (error) {
      const name =
        error instanceof ApiError && error.field !== undefined ? fieldName(error.field) : undefined;
      if (name !== undefined && ['username', 'displayName', 'password'].includes(name)) {
        form.setFields([{ name: name as keyof CreateUserBody, errors: [errorText(error)] }]);
      } else {
        message.error(errorText(error));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('users.create')}
      okText={t('common.create')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'user-create-submit' }}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={760}
      forceRender
      data-testid="user-create-modal"
    >
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item
              name="username"
              label={t('users.username')}
              extra={t('users.usernameRule')}
              rules={[
                required,
                { pattern: /^[a-z0-9][a-z0-9._-]{1,63}$/, message: t('users.usernameRule') },
              ]}
            >
              <Input autoCapitalize="none" autoComplete="off" data-testid="user-username" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="displayName" label={t('users.displayName')} rules={[required]}>
              <Input maxLength={100} data-testid="user-display-name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="password"
              label={t('users.password')}
              extra={t('auth.passwordRule')}
              rules={[required, { min: minPasswordLength, message: t('auth.passwordRule') }]}
            >
              <Input.Password autoComplete="new-password" data-testid="user-password" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="locale" label={t('users.locale')}>
              <Select options={locales.map((l) => ({ value: l, label: t(`language.${l}`) }))} />
            </Form.Item>
          </Col>
        </Row>
        <MembershipsField orgs={orgs} />
      </Form>
    </Modal>
  );
}
