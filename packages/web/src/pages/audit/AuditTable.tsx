import type { AuditEntry, Organisation } from '@gesang/domain';
import { Table, Tag, Typography } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditPage } from '../../api/audit.js';
import { formatDateTime } from '../../format/date.js';
import { currentLocale } from '../../i18n/index.js';
import { orgName } from '../../orgs/org-tree.js';

const outcomeColour: Record<AuditEntry['outcome'], string> = {
  success: 'green',
  denied: 'orange',
  failure: 'red',
};

/** Props of {@link AuditTable}. */
export interface AuditTableProps {
  data: AuditPage;
  loading: boolean;
  byId: Map<string, Organisation>;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
}

/** Audit entries, newest first; a row expands to the user agent and the structured details. */
export function AuditTable({
  data,
  loading,
  byId,
  page,
  pageSize,
  onPage,
}: AuditTableProps): ReactElement {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Table<AuditEntry>
      data-testid="audit-table"
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
      expandable={{
        expandedRowRender: (e) => (
          <>
            {e.userAgent !== null && (
              <Typography.Paragraph type="secondary">{e.userAgent}</Typography.Paragraph>
            )}
            <pre style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
              {JSON.stringify(e.details, null, 2)}
            </pre>
          </>
        ),
      }}
      columns={[
        {
          title: t('audit.time'),
          dataIndex: 'at',
          render: (at: string) => (
            <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(at)}</span>
          ),
        },
        {
          title: t('audit.actor'),
          dataIndex: 'actorUsername',
          render: (name: string | null) => (name === null ? '—' : <code>{name}</code>),
        },
        {
          title: t('audit.org'),
          dataIndex: 'actingOrgId',
          render: (id: string | null) => (id === null ? '—' : orgName(byId, id, locale)),
        },
        {
          title: t('audit.action'),
          dataIndex: 'action',
          render: (action: string) => <code>{action}</code>,
        },
        {
          title: t('audit.resource'),
          key: 'resource',
          render: (_: unknown, e) =>
            e.resourceType === null ? (
              '—'
            ) : (
              <code>{`${e.resourceType}${e.resourceId ? `/${e.resourceId.slice(0, 8)}` : ''}`}</code>
            ),
        },
        {
          title: t('audit.outcome'),
          dataIndex: 'outcome',
          render: (o: AuditEntry['outcome']) => (
            <Tag color={outcomeColour[o]}>{t(`outcomes.${o}`)}</Tag>
          ),
        },
        { title: t('audit.ip'), dataIndex: 'ip', render: (ip: string | null) => ip ?? '—' },
      ]}
    />
  );
}
