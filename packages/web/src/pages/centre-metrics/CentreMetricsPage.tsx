import { centreKeyMetricIds, type CentreMetric } from '@gesang/domain';
import { Alert, Card, Col, Row, Spin, Typography } from 'antd';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { consortiumToday } from '../../format/date.js';
import { useErrorText } from '../../hooks/use-error-text.js';
import { currentLocale } from '../../i18n/index.js';
import { ComplianceByOrg } from './ComplianceByOrg.js';
import { DemoBadge, DemoBanner } from './DemoBadge.js';
import { ExportButtons } from './ExportButtons.js';
import { MetricCard } from './MetricCard.js';
import { MetricsFilters, type MetricsFilterValues } from './MetricsFilters.js';
import { centreName, metricName, orgName } from './names.js';
import { OtherCentresCards } from './OtherCentresCards.js';
import { useCentreAnalytics } from './use-centre-analytics.js';
import { VolumeChart } from './VolumeChart.js';
import './centre-metrics.css';

/** The last twelve calendar months up to today in Beijing time (the server's default period). */
function defaultFilters(): MetricsFilterValues {
  const today = consortiumToday();
  return {
    centre: 'chest_pain',
    from: today.startOf('month').subtract(11, 'month').format('YYYY-MM-DD'),
    to: today.format('YYYY-MM-DD'),
    orgId: undefined,
    demo: undefined,
  };
}

/**
 * The five centres' quality dashboards for the quality manager and the coordinators: cases by
 * centre and month, the chosen centre's metrics by month against their targets, its key
 * indicators per hospital, the other centres at a glance, and downloads (cases as CSV/Excel, the
 * monthly report as PDF). Demo data is marked by a badge and a banner; real and demo never mix.
 */
export function CentreMetricsPage(): ReactElement {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const locale = currentLocale();
  const [filters, setFilters] = useState<MetricsFilterValues>(defaultFilters);
  const { metrics, volumes, loading, error } = useCentreAnalytics(filters);
  const demo = metrics?.demo ?? filters.demo ?? false;
  const centre = filters.centre;
  const ofCentre = (metrics?.metrics ?? []).filter((m) => m.centre === centre);
  const shown = ofCentre.filter((m) => m.overall.count > 0);
  const empty = ofCentre.filter((m) => m.overall.count === 0);
  const keyMetrics = centreKeyMetricIds[centre].flatMap((id) => {
    const metric = ofCentre.find((m) => m.id === id);
    return metric === undefined ? [] : [metric];
  });
  const chosenOrg = metrics?.orgs.find((o) => o.id === filters.orgId);
  const centreTitle = centreName(centre, locale);

  return (
    <div
      className="gesang-cm"
      data-testid="centre-metrics-page"
      data-loading={loading}
      data-demo={demo}
    >
      <div className="gesang-cm-head">
        <Typography.Title level={3}>{t('centreMetrics.title')}</Typography.Title>
        {metrics !== null && demo && <DemoBadge />}
      </div>
      <Typography.Paragraph type="secondary" className="gesang-cm-intro">
        {t('centreMetrics.intro')}
      </Typography.Paragraph>
      {metrics !== null && demo && <DemoBanner />}
      <MetricsFilters values={filters} onChange={setFilters} answer={metrics} />
      <ExportButtons
        centre={centre}
        from={filters.from}
        to={filters.to}
        orgId={filters.orgId}
        reportOrgName={chosenOrg === undefined ? undefined : orgName(chosenOrg.name, locale)}
        demo={demo}
        months={metrics?.months ?? []}
      />
      {error !== null && <Alert type="error" showIcon title={errorText(error)} />}
      <Spin spinning={loading}>
        {metrics !== null && volumes !== null && (
          <div className="gesang-cm-body">
            <Card size="small" title={t('centreMetrics.volumesTitle')}>
              <div className="gesang-cm-muted" data-testid="centre-metrics-summary">
                {t('centreMetrics.periodNote', { from: volumes.from, to: volumes.to })} ·{' '}
                {t('centreMetrics.caseCount', { count: volumes.caseCount })} ·{' '}
                {t('centreMetrics.flaggedCount', { count: metrics.flaggedCaseCount })}
              </div>
              <VolumeChart volumes={volumes} />
            </Card>
            <Typography.Title level={4}>
              {t('centreMetrics.trendsTitle', { centre: centreTitle })}
            </Typography.Title>
            {shown.length === 0 ? (
              <Alert type="info" title={t('centreMetrics.empty')} />
            ) : (
              <Row gutter={[12, 12]} data-testid="centre-metrics-cards">
                {shown.map((metric: CentreMetric) => (
                  <Col xs={24} lg={12} xxl={8} key={metric.id}>
                    <MetricCard metric={metric} />
                  </Col>
                ))}
              </Row>
            )}
            {empty.length > 0 && (
              <Typography.Paragraph type="secondary" className="gesang-cm-empty-list">
                {t('centreMetrics.noCasesMetrics', {
                  list: empty.map((m) => metricName(m.label, locale)).join('、'),
                })}
              </Typography.Paragraph>
            )}
            <Card size="small" title={t('centreMetrics.complianceTitle', { centre: centreTitle })}>
              <ComplianceByOrg metrics={keyMetrics} />
            </Card>
            <Typography.Title level={4}>{t('centreMetrics.otherCentresTitle')}</Typography.Title>
            <OtherCentresCards
              current={centre}
              metrics={metrics.metrics}
              volumes={volumes}
              onOpen={(next) => setFilters({ ...filters, centre: next })}
            />
            <Typography.Paragraph type="secondary" className="gesang-cm-method">
              {t('centreMetrics.method')}
            </Typography.Paragraph>
          </div>
        )}
      </Spin>
    </div>
  );
}
