import { PlusOutlined } from '@ant-design/icons';
import { grantScopes, type Grant, type GrantScope, type Organisation } from '@gesang/domain';
import { App, Button, Col, Form, Modal, Popconfirm, Row, Select, Table, Tag } from 'antd';
import { useCallback, useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { createGrant, deleteGrant, listGrants } from '../../api/orgs.js';
import { formatDateTime } from '../../format/date.js';
import { useErrorText } from '../../hooks/use-error-text.js';
import { currentLocale } from '../../i18n/index.js';
import { orgName } from '../../orgs/org-tree.js';
import { OrgTreeSelect } from '../../orgs/OrgTreeSelect.js';

interface Values {
  fromOrgId: string;
  toOrgId: string;
  scope: GrantScope;
}

/** Explicit sharing between organisations (e.g. a county shares ECGs with a Shanghai reader). */
export function GrantsTab({
  orgs,
  byId,
}: {
  orgs: Organisation[];
  byId: Map<string, Organisation>;
}): ReactElement {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const locale = currentLocale();
  const [grants, setGrants] = useState<Grant[]>([]);
  const [loading, setLoading] = useState(true);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();

  const load = useCallback(() => {
    setLoading(true);
    listGrants()
      .then(setGrants)
      .catch((error: unknown) => message.error(errorText(error)))
      .finally(() => setLoading(false));
  }, [message, errorText]);
  useEffect(load, [load]);

  const run = (action: Promise<unknown>): void => {
    action.then(load).catch((error: unknown) => message.error(errorText(error)));
  };

  return (
    <>
      <div className="gesang-toolbar">
        <Button icon={<PlusOutlined />} onClick={() => setOpen(true)}>
          {t('orgs.addGrant')}
        </Button>
      </div>
      <Table<Grant>
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={grants}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t('orgs.grantFrom'),
            dataIndex: 'fromOrgId',
            render: (id: string) => orgName(byId, id, locale),
          },
          {
            title: t('orgs.grantTo'),
            dataIndex: 'toOrgId',
            render: (id: string) => orgName(byId, id, locale),
          },
          {
            title: t('orgs.scope'),
            dataIndex: 'scope',
            render: (s: GrantScope) => <Tag color="geekblue">{t(`scopes.${s}`)}</Tag>,
          },
          {
            title: t('orgs.grantCreatedAt'),
            dataIndex: 'createdAt',
            render: (at: string) => formatDateTime(at),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, g) => (
              <Popconfirm
                title={t('orgs.deleteGrantConfirm')}
                okText={t('common.ok')}
                cancelText={t('common.cancel')}
                onConfirm={() => run(deleteGrant(g.id))}
              >
                <Button type="link" size="small" danger>
                  {t('common.delete')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      <Modal
        open={open}
        title={t('orgs.addGrant')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        forceRender
        width={720}
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={(values) => {
            run(createGrant(values));
            setOpen(false);
            form.resetFields();
          }}
        >
          <Row gutter={12}>
            <Col xs={24} md={12}>
              <Form.Item
                name="fromOrgId"
                label={t('orgs.grantFrom')}
                rules={[{ required: true, message: t('common.required') }]}
              >
                <OrgTreeSelect orgs={orgs} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="toOrgId"
                label={t('orgs.grantTo')}
                rules={[{ required: true, message: t('common.required') }]}
              >
                <OrgTreeSelect orgs={orgs} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name="scope"
            label={t('orgs.scope')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Select options={grantScopes.map((s) => ({ value: s, label: t(`scopes.${s}`) }))} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
