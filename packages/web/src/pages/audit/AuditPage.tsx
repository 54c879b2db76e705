import { Alert, Collapse, Typography } from 'antd';
import { useCallback, useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { searchAudit, type AuditPage as AuditResult, type AuditQuery } from '../../api/audit.js';
import { useErrorText } from '../../hooks/use-error-text.js';
import { useIsPhone } from '../../hooks/use-is-phone.js';
import { useOrgs } from '../../orgs/use-orgs.js';
import { AuditFilters, type AuditFilterValues } from './AuditFilters.js';
import { AuditTable } from './AuditTable.js';

/** Rows per page. */
const pageSize = 50;

/** Audit-log search for administrators: who did what, to which patient, when, with what outcome. */
export function AuditPage(): ReactElement {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { byId } = useOrgs();
  const isPhone = useIsPhone();
  const [filters, setFilters] = useState<AuditFilterValues>({});
  const [page, setPage] = useState(1);
  const [data, setData] = useState<AuditResult>({ items: [], total: 0 });
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(() => {
    const query: AuditQuery = {
      actorUsername: filters.actorUsername?.trim() || undefined,
      action: filters.action?.trim() || undefined,
      patientId: filters.patientId?.trim() || undefined,
      outcome: filters.outcome,
      from: filters.range?.[0]?.toISOString(),
      to: filters.range?.[1]?.toISOString(),
      limit: pageSize,
      offset: (page - 1) * pageSize,
    };
    setLoading(true);
    searchAudit(query)
      .then((result) => {
        setData(result);
        setError(null);
      })
      .catch(setError)
      .finally(() => setLoading(false));
  }, [filters, page]);
  useEffect(load, [load]);

  const filterForm = (
    <AuditFilters
      onSearch={(values) => {
        setFilters(values);
        setPage(1);
      }}
    />
  );

  return (
    <>
      <Typography.Title level={3}>{t('audit.title')}</Typography.Title>
      {isPhone ? (
        // On a phone the results matter more than six filter fields: fold them away.
        <Collapse
          size="small"
          style={{ marginBottom: 12 }}
          items={[{ key: 'filters', label: t('common.filters'), children: filterForm }]}
        />
      ) : (
        filterForm
      )}
      {error !== null && (
        <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 12 }} />
      )}
      <AuditTable
        data={data}
        loading={loading}
        byId={byId}
        page={page}
        pageSize={pageSize}
        onPage={setPage}
      />
    </>
  );
}
