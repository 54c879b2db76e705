import { Alert, Tag } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The mark of demo data: a badge beside the title and a banner under it, so that no screenshot of
 * the dashboards can pass synthetic cases off as the hospital's.
 */
export function DemoBadge(): ReactElement {
  const { t } = useTranslation();
  return (
    <Tag color="orange" className="gesang-cm-demo-badge" data-testid="centre-metrics-demo-badge">
      {t('centreMetrics.demoBadge')}
    </Tag>
  );
}

/** The banner under the title when the dashboards show demo data. */
export function DemoBanner(): ReactElement {
  const { t } = useTranslation();
  return (
    <Alert
      type="warning"
      showIcon
      title={t('centreMetrics.demoBanner')}
      data-testid="centre-metrics-demo-banner"
    />
  );
}
