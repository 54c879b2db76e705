import {
  allowedChildKinds,
  localize,
  orgKinds,
  type LocalizedText,
  type Organisation,
  type OrgKind,
} from '@gesang/domain';
import { App, Col, Form, Input, Modal, Row, Select } from 'antd';
import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { createOrg, updateOrg } from '../../api/orgs.js';
import { useErrorText } from '../../hooks/use-error-text.js';
import { currentLocale } from '../../i18n/index.js';
import { LocalizedNameFields } from './LocalizedNameFields.js';

/** What the modal edits: a new child of `parent` (null: top level), or the name of `org`. */
export type OrgFormTarget =
  { mode: 'create'; parent: Organisation | null } | { mode: 'rename'; org: Organisation };

interface Values {
  kind?: OrgKind;
  code?: string;
  name: LocalizedText;
}

/** Create an organisation (kind limited to what the parent allows) or rename one. */
export function OrgFormModal({
  target,
  onClose,
  onSaved,
}: {
  target: OrgFormTarget | null;
  onClose: () => void;
  onSaved: () => void;
}): ReactElement {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const locale = currentLocale();
  const kinds =
    target?.mode === 'create' && target.parent !== null
      ? allowedChildKinds[target.parent.kind]
      : orgKinds;

  useEffect(() => {
    form.resetFields();
    if (target?.mode === 'rename') {
      form.setFieldsValue({ name: target.org.name });
    }
  }, [target, form]);

  const submit = async (values: Values): Promise<void> => {
    if (target === null) {
      return;
    }
    setBusy(true);
    try {
      const name = {
        zh: values.name.zh,
        en: values.name.en,
        ...(values.name.bo ? { bo: values.name.bo } : {}),
      };
      if (target.mode === 'rename') {
        await updateOrg(target.org.id, { name });
        message.success(t('common.saved'));
      } else {
        await createOrg({
          parentId: target.parent?.id ?? null,
          kind: values.kind ?? 'region',
          code: values.code ?? '',
          name,
        });
        message.success(t('orgs.created'));
      }
      onSaved();
      onClose();
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  const title =
    target?.mode === 'rename'
      ? `${t('orgs.editName')} · ${localize(target.org.name, locale)}`
      : target?.parent
        ? `${t('orgs.addChild')} · ${localize(target.parent.name, locale)}`
        : t('orgs.addRoot');

  return (
    <Modal
      open={target !== null}
      title={title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
      width={720}
      data-testid="org-form-modal"
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        disabled={target?.mode === 'create' && kinds.length === 0}
      >
        {target?.mode === 'create' && (
          <Row gutter={12}>
            <Col xs={24} md={12}>
              <Form.Item
                name="kind"
                label={t('orgs.kind')}
                rules={[{ required: true, message: t('common.required') }]}
              >
                <Select options={kinds.map((k) => ({ value: k, label: t(`orgKinds.${k}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="code"
                label={t('orgs.code')}
                extra={t('orgs.codeHint')}
                rules={[
                  { required: true, pattern: /^[a-z0-9-]{1,40}$/, message: t('orgs.codeHint') },
                ]}
              >
                <Input autoCapitalize="none" />
              </Form.Item>
            </Col>
          </Row>
        )}
        <LocalizedNameFields />
      </Form>
    </Modal>
  );
}
