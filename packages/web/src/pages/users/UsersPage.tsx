import { PlusOutlined } from '@ant-design/icons';
import type { User } from '@gesang/domain';
import { Alert, Button, Input, Typography } from 'antd';
import { useCallback, useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { listUsers, type UserPage } from '../../api/users.js';
import { useErrorText } from '../../hooks/use-error-text.js';
import { OrgTreeSelect } from '../../orgs/OrgTreeSelect.js';
import { useOrgs } from '../../orgs/use-orgs.js';
import { CreateUserModal } from './CreateUserModal.js';
import { EditUserDrawer } from './EditUserDrawer.js';
import { UsersTable } from './UsersTable.js';

/** Rows per page of the user list. */
const pageSize = 20;

/** User administration: search and filter, create, edit, memberships, password reset. */
export function UsersPage(): ReactElement {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { orgs, byId } = useOrgs();
  const [q, setQ] = useState('');
  const [orgId, setOrgId] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const [data, setData] = useState<UserPage>({ items: [], total: 0 });
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);

  const load = useCallback(() => {
    setLoading(true);
    listUsers({ q: q.trim() || undefined, orgId, limit: pageSize, offset: (page - 1) * pageSize })
      .then((result) => {
        setData(result);
        setError(null);
      })
      .catch(setError)
      .finally(() => setLoading(false));
  }, [q, orgId, page]);
  useEffect(load, [load]);

  return (
    <>
      <Typography.Title level={3}>{t('users.title')}</Typography.Title>
      <div className="gesang-toolbar">
        <Input.Search
          allowClear
          placeholder={t('users.searchPlaceholder')}
          onSearch={(value) => {
            setQ(value);
            setPage(1);
          }}
          className="gesang-toolbar-field"
          data-testid="users-search"
        />
        <div className="gesang-toolbar-field">
          <OrgTreeSelect
            orgs={orgs}
            value={orgId ?? null}
            allowClear
            placeholder={t('users.filterOrg')}
            onChange={(id) => {
              setOrgId(id);
              setPage(1);
            }}
          />
        </div>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setCreating(true)}
          data-testid="user-create"
        >
          {t('users.create')}
        </Button>
      </div>
      {error !== null && (
        <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 12 }} />
      )}
      <UsersTable
        data={data}
        loading={loading}
        byId={byId}
        page={page}
        pageSize={pageSize}
        onPage={setPage}
        onEdit={setEditing}
      />
      <CreateUserModal
        open={creating}
        orgs={orgs}
        onClose={() => setCreating(false)}
        onCreated={load}
      />
      <EditUserDrawer user={editing} orgs={orgs} onClose={() => setEditing(null)} onSaved={load} />
    </>
  );
}
