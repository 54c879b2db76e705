import type { Organisation, User } from '@gesang/domain';
import { Button, Space, Table, Tag, Typography } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserPage } from '../../api/users.js';
import { formatDateTime } from '../../format/date.js';
import { currentLocale } from '../../i18n/index.js';
import { orgName } from '../../orgs/org-tree.js';

/** Props of {@link UsersTable}. */
export interface UsersTableProps {
  data: UserPage;
  loading: boolean;
  byId: Map<string, Organisation>;
  /** 1-based page number. */
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
  onEdit: (user: User) => void;
}

/** One page of users: name, organisations with roles, account state. Scrolls sideways on phones. */
export function UsersTable({
  data,
  loading,
  byId,
  page,
  pageSize,
  onPage,
  onEdit,
}: UsersTableProps): ReactElement {
  const { t } = useTranslation();
  const locale = currentLocale();
  const locked = (u: User): boolean =>
    u.lockedUntil !== null && new Date(u.lockedUntil).getTime() > Date.now();
  return (
    <Table<User>
      data-testid="users-table"
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={data.items}
      scroll={{ x: 'max-content' }}
      pagination={{
        current: page,
        pageSize,
        total: data.total,
        showSizeChanger: false,
        showTotal: (count) => t('common.total', { count }),
        onChange: onPage,
      }}
      columns={[
        {
          title: t('users.username'),
          dataIndex: 'username',
          render: (name: string) => <code>{name}</code>,
        },
        { title: t('users.displayName'), dataIndex: 'displayName' },
        {
          title: t('users.memberships'),
          key: 'memberships',
          render: (_: unknown, u) => (
            <Space orientation="vertical" size={2}>
              {u.memberships.map((m) => (
                <span key={m.orgId}>
                  <Typography.Text type="secondary" style={{ marginInlineEnd: 6 }}>
                    {orgName(byId, m.orgId, locale)}
                  </Typography.Text>
                  {m.roles.map((r) => (
                    <Tag key={r} color="blue" style={{ marginInlineEnd: 4 }}>
                      {t(`roles.${r}`)}
                    </Tag>
                  ))}
                </span>
              ))}
            </Space>
          ),
        },
        {
          title: t('common.status'),
          key: 'status',
          render: (_: unknown, u) => (
            <Space size={4} wrap>
              {u.disabled ? (
                <Tag color="default">{t('users.disabled')}</Tag>
              ) : (
                <Tag color="green">{t('common.active')}</Tag>
              )}
              {locked(u) && <Tag color="red">{t('users.locked')}</Tag>}
              {u.totpEnabled && <Tag color="purple">{t('users.totp')}</Tag>}
            </Space>
          ),
        },
        {
          title: t('users.createdAt'),
          dataIndex: 'createdAt',
          render: (at: string) => formatDateTime(at),
        },
        {
          title: t('common.actions'),
          key: 'actions',
          fixed: 'right',
          render: (_: unknown, u) => (
            <Button
              type="link"
              size="small"
              onClick={() => onEdit(u)}
              data-testid={`user-edit-${u.username}`}
            >
              {t('common.edit')}
            </Button>
          ),
        },
      ]}
    />
  );
}
