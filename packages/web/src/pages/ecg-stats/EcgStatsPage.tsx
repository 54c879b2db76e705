import { localize, type EcgStats } from '@gesang/domain';
import { Alert, Card, Spin, Tabs, Typography } from 'antd';
import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchEcgStats } from '../../api/ecg-stats.js';
import { useErrorText } from '../../hooks/use-error-text.js';
import { currentLocale } from '../../i18n/index.js';
import { AgreementTable } from './AgreementTable.js';
import { MonthlyShareChart } from './MonthlyShareChart.js';
import { SlaGroupTable, type SlaGroupRow } from './SlaGroupTable.js';
import { SlaHeadline } from './SlaHeadline.js';
import { presetPeriod } from './stats-format.js';
import { StatsFilters, type StatsFilterValues } from './StatsFilters.js';
import './ecg-stats.css';

/** The three groupings as table rows, names in the user's language. */
function groupRows(
  stats: EcgStats,
  nobody: string,
): Record<'county' | 'reader' | 'month', SlaGroupRow[]> {
  const locale = currentLocale();
  return {
    county: stats.byCounty.map((row) => ({
      ...row,
      key: row.orgId,
      label: (
        <span lang={locale === 'bo' && row.orgName.bo !== null ? 'bo' : undefined}>
          {localize({ ...row.orgName, bo: row.orgName.bo ?? undefined }, locale)}
        </span>
      ),
    })),
    reader: stats.byReader.map((row) => ({
      ...row,
      key: row.reader?.id ?? 'nobody',
      label: row.reader?.displayName ?? <em>{nobody}</em>,
    })),
    month: stats.byMonth.map((row) => ({ ...row, key: row.month, label: row.month })),
  };
}

/**
 * SLA statistics for the quality manager and the reading centre's coordinator: of the ECGs the
 * acting organisation may see, the share of critical ones signed within the SLA against the goal,
 * time to claim and to sign (median, P90, P99) by county, reader and month, breaches by cause, a
 * monthly chart, and how readers kept, removed or added the machine's statements.
 */
export function EcgStatsPage(): ReactElement {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [filters, setFilters] = useState<StatsFilterValues>(() => {
    const [from, to] = presetPeriod('year');
    return { from, to, triage: undefined };
  });
  const [stats, setStats] = useState<EcgStats | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let current = true;
    setLoading(true);
    fetchEcgStats(filters)
      .then((result) => {
        if (current) {
          setStats(result);
          setError(null);
        }
      })
      .catch((cause: unknown) => current && setError(cause))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [filters]);

  const minutes = stats?.slaMinutesCritical ?? 10;
  const goal = stats?.criticalWithinSlaGoal ?? 1;
  const rows = stats === null ? null : groupRows(stats, t('ecgStats.nobody'));
  const table = (key: 'county' | 'reader' | 'month'): ReactElement => (
    <SlaGroupTable
      rows={rows?.[key] ?? []}
      groupTitle={t(`ecgStats.columns.${key}`)}
      minutes={minutes}
      goal={goal}
      testId={`stats-by-${key}`}
    />
  );

  return (
    <div className="gesang-stats" data-testid="ecg-stats-page" data-loading={loading}>
      <Typography.Title level={3}>{t('ecgStats.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('ecgStats.intro')}</Typography.Paragraph>
      <StatsFilters values={filters} onChange={setFilters} />
      {error !== null && <Alert type="error" showIcon title={errorText(error)} />}
      <Spin spinning={loading}>
        {stats !== null && rows !== null && (
          <div className="gesang-stats-body">
            <SlaHeadline figures={stats.overall} minutes={minutes} goal={goal} />
            <Card size="small" title={t('ecgStats.chartTitle', { minutes })}>
              <MonthlyShareChart months={stats.byMonth} goal={goal} minutes={minutes} />
            </Card>
            <Tabs
              items={(['county', 'reader', 'month'] as const).map((key) => ({
                key,
                label: t(`ecgStats.tabs.${key}`),
                children: table(key),
              }))}
              data-testid="stats-tabs"
            />
            <Card
              size="small"
              title={t('ecgStats.agreementTitle')}
              data-testid="stats-agreement-card"
            >
              <Typography.Paragraph type="secondary">
                {t('ecgStats.agreementIntro', { count: stats.agreement.signedStudies })}
              </Typography.Paragraph>
              <AgreementTable statements={stats.agreement.statements} />
            </Card>
            <Typography.Paragraph type="secondary" className="gesang-stats-method">
              {t('ecgStats.method', { minutes })}
            </Typography.Paragraph>
          </div>
        )}
      </Spin>
    </div>
  );
}
