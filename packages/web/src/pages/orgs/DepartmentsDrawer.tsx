import { localize, type Department, type LocalizedText, type Organisation } from '@gesang/domain';
import { App, Button, Drawer, Empty, Form, Input, List } from 'antd';
import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { createDepartment, listDepartments } from '../../api/orgs.js';
import { useErrorText } from '../../hooks/use-error-text.js';
import { useIsPhone } from '../../hooks/use-is-phone.js';
import { currentLocale } from '../../i18n/index.js';
import { LocalizedNameFields } from './LocalizedNameFields.js';

/** The departments of one organisation, with a form to add one. Closed when `org` is null. */
export function DepartmentsDrawer({
  org,
  onClose,
}: {
  org: Organisation | null;
  onClose: () => void;
}): ReactElement {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const isPhone = useIsPhone();
  const locale = currentLocale();
  const [items, setItems] = useState<Department[]>([]);
  const [loading, setLoading] = useState(false);
  const [form] = Form.useForm<{ code: string; name: LocalizedText }>();

  useEffect(() => {
    if (org === null) {
      return;
    }
    setLoading(true);
    listDepartments(org.id)
      .then(setItems)
      .catch((error: unknown) => message.error(errorText(error)))
      .finally(() => setLoading(false));
  }, [org, message, errorText]);

  const add = async (values: { code: string; name: LocalizedText }): Promise<void> => {
    if (org === null) {
      return;
    }
    try {
      const created = await createDepartment(org.id, values);
      setItems((list) => [...list, created]);
      form.resetFields();
    } catch (error) {
      message.error(errorText(error));
    }
  };

  return (
    <Drawer
      open={org !== null}
      onClose={onClose}
      size={isPhone ? '100%' : 560}
      title={org === null ? '' : `${t('orgs.departments')} · ${localize(org.name, locale)}`}
      destroyOnHidden
    >
      <List
        loading={loading}
        dataSource={items}
        locale={{ emptyText: <Empty description={t('orgs.noDepartments')} /> }}
        renderItem={(d) => (
          <List.Item>
            <List.Item.Meta title={localize(d.name, locale)} description={<code>{d.code}</code>} />
          </List.Item>
        )}
      />
      <Form form={form} layout="vertical" onFinish={(v) => void add(v)} style={{ marginTop: 16 }}>
        <Form.Item
          name="code"
          label={t('orgs.code')}
          rules={[{ required: true, pattern: /^[a-z0-9-]{1,40}$/, message: t('orgs.codeHint') }]}
        >
          <Input autoCapitalize="none" />
        </Form.Item>
        <LocalizedNameFields />
        <Button type="primary" htmlType="submit">
          {t('orgs.addDepartment')}
        </Button>
      </Form>
    </Drawer>
  );
}
