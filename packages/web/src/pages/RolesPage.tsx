import { rolePermissions, roles, type Role } from '@gesang/domain';
import { Table, Tag, Typography } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { permissionKey } from '../i18n/keys.js';

/** The roles and what each may do (read-only: permissions are defined in code, in `domain`). */
export function RolesPage(): ReactElement {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={3}>{t('rolesPage.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('rolesPage.intro')}</Typography.Paragraph>
      <Table<{ role: Role }>
        data-testid="roles-table"
        size="small"
        rowKey="role"
        pagination={false}
        scroll={{ x: 720 }}
        dataSource={roles.map((role) => ({ role }))}
        columns={[
          {
            title: t('rolesPage.role'),
            dataIndex: 'role',
            render: (role: Role) => <Typography.Text strong>{t(`roles.${role}`)}</Typography.Text>,
          },
          {
            title: t('rolesPage.permissions'),
            key: 'permissions',
            render: (_: unknown, { role }) =>
              rolePermissions[role].map((p) => (
                <Tag key={p} style={{ marginBlock: 2 }}>
                  {t(permissionKey(p))}
                </Tag>
              )),
          },
        ]}
      />
    </>
  );
}
