import { Alert, Tabs, Typography } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../hooks/use-error-text.js';
import { useOrgs } from '../../orgs/use-orgs.js';
import { useCan } from '../../session/session-context.js';
import { GrantsTab } from './GrantsTab.js';
import { OrgTreeTable } from './OrgTreeTable.js';

/** Organisation administration: the tree (create, rename, deactivate, departments) and grants. */
export function OrganisationsPage(): ReactElement {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const orgsState = useOrgs();
  const canGrant = useCan('grant:manage');
  return (
    <>
      <Typography.Title level={3}>{t('orgs.title')}</Typography.Title>
      {orgsState.error !== null && (
        <Alert
          type="error"
          showIcon
          title={errorText(orgsState.error)}
          style={{ marginBottom: 12 }}
        />
      )}
      <Tabs
        items={[
          { key: 'tree', label: t('orgs.tabTree'), children: <OrgTreeTable {...orgsState} /> },
          ...(canGrant
            ? [
                {
                  key: 'grants',
                  label: t('orgs.tabGrants'),
                  children: <GrantsTab orgs={orgsState.orgs} byId={orgsState.byId} />,
                },
              ]
            : []),
        ]}
      />
    </>
  );
}
