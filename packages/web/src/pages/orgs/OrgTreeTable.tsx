import { PlusOutlined } from '@ant-design/icons';
import { allowedChildKinds, localize, type Organisation } from '@gesang/domain';
import { App, Button, Space, Switch, Table, Tag } from 'antd';
import { useMemo, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { updateOrg } from '../../api/orgs.js';
import { useErrorText } from '../../hooks/use-error-text.js';
import { currentLocale } from '../../i18n/index.js';
import { buildOrgTree, type OrgNode } from '../../orgs/org-tree.js';
import type { OrgsState } from '../../orgs/use-orgs.js';
import { DepartmentsDrawer } from './DepartmentsDrawer.js';
import { OrgFormModal, type OrgFormTarget } from './OrgFormModal.js';

/** The organisation tree as an expandable table, with per-row actions. */
export function OrgTreeTable({ orgs, loading, reload }: OrgsState): ReactElement {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const locale = currentLocale();
  const tree = useMemo(() => buildOrgTree(orgs), [orgs]);
  const [form, setForm] = useState<OrgFormTarget | null>(null);
  const [departmentsOf, setDepartmentsOf] = useState<Organisation | null>(null);

  const setActive = (org: Organisation, active: boolean): void => {
    updateOrg(org.id, { active })
      .then(() => reload())
      .catch((error: unknown) => message.error(errorText(error)));
  };

  return (
    <>
      <div className="gesang-toolbar">
        <Button
          icon={<PlusOutlined />}
          onClick={() => setForm({ mode: 'create', parent: null })}
          data-testid="org-add-root"
        >
          {t('orgs.addRoot')}
        </Button>
      </div>
      <Table<OrgNode>
        data-testid="org-table"
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={tree}
        pagination={false}
        scroll={{ x: 'max-content' }}
        expandable={{ defaultExpandAllRows: true }}
        key={tree.length} // re-expand when the tree first arrives
        columns={[
          {
            title: t('orgs.name'),
            key: 'name',
            render: (_: unknown, org) => (
              <span
                lang={locale === 'bo' && org.name.bo ? 'bo' : undefined}
                data-testid={`org-row-${org.code}`}
              >
                {localize(org.name, locale)}
              </span>
            ),
          },
          {
            title: t('orgs.kind'),
            dataIndex: 'kind',
            render: (kind: Organisation['kind']) => <Tag>{t(`orgKinds.${kind}`)}</Tag>,
          },
          {
            title: t('orgs.code'),
            dataIndex: 'code',
            render: (code: string) => <code>{code}</code>,
          },
          {
            title: t('common.active'),
            dataIndex: 'active',
            render: (active: boolean, org) => (
              <Switch
                size="small"
                checked={active}
                onChange={(on) => setActive(org, on)}
                aria-label={t('common.active')}
              />
            ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, org) => (
              <Space size={0} wrap>
                {allowedChildKinds[org.kind].length > 0 && (
                  <Button
                    type="link"
                    size="small"
                    onClick={() => setForm({ mode: 'create', parent: org })}
                  >
                    {t('orgs.addChild')}
                  </Button>
                )}
                <Button type="link" size="small" onClick={() => setForm({ mode: 'rename', org })}>
                  {t('orgs.editName')}
                </Button>
                <Button type="link" size="small" onClick={() => setDepartmentsOf(org)}>
                  {t('orgs.departments')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <OrgFormModal target={form} onClose={() => setForm(null)} onSaved={reload} />
      <DepartmentsDrawer org={departmentsOf} onClose={() => setDepartmentsOf(null)} />
    </>
  );
}
