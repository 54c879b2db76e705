import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import type { CentreMetric } from '@gesang/domain';
import { Select, Table, type TableColumnsType } from 'antd';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from '../../hooks/use-is-phone.js';
import { currentLocale } from '../../i18n/index.js';
import {
  chartShare,
  formatGoal,
  formatPercent,
  hasShare,
  primaryFigure,
  shareMeetsGoal,
  statsTone,
} from './metric-format.js';
import { MinutesValue } from './MinutesValue.js';
import { metricName, orgName } from './names.js';
import { targetPhrases } from './target-text.js';
import { useEchart } from './use-echart.js';

type Stats = CentreMetric['overall'];

/** One hospital's row: its name and, per key metric, its statistics. */
interface OrgRow {
  key: string;
  name: string;
  stats: Record<string, Stats | undefined>;
}

/** A cell: the share within target (or the share, or the mean) with ✓/✗ and the count. */
function Cell({ metric, stats }: { metric: CentreMetric; stats: Stats | undefined }): ReactElement {
  if (stats === undefined || stats.count === 0) {
    return <span className="gesang-cm-muted">—</span>;
  }
  const figure = primaryFigure(metric, stats);
  const value =
    figure.kind === 'share' ? (
      formatPercent(figure.share, figure.goal)
    ) : (
      <MinutesValue minutes={figure.minutes} />
    );
  const tone = statsTone(stats);
  return (
    <span className={`gesang-cm-cell gesang-cm-tone-${tone}`}>
      {tone === 'met' && <CheckCircleFilled aria-hidden />}
      {tone === 'missed' && <CloseCircleFilled aria-hidden />}
      <span className="gesang-cm-digits">{value}</span>
      <span className="gesang-cm-muted gesang-cm-digits">n={stats.count}</span>
    </span>
  );
}

/** A column's head: the metric, then which figure the cells show and its target. */
function ColumnTitle({ metric }: { metric: CentreMetric }): ReactElement {
  const { t } = useTranslation();
  const figure = primaryFigure(metric, metric.overall);
  let shown: string = t('centreMetrics.figures.mean');
  if (figure.kind === 'share') {
    shown = t(
      metric.kind === 'ratio' ? 'centreMetrics.figures.share' : 'centreMetrics.figures.compliance',
    );
  }
  const targets = targetPhrases(metric, t);
  return (
    <>
      <div>{metricName(metric.label, currentLocale())}</div>
      <div className="gesang-cm-muted gesang-cm-column-note">{[shown, ...targets].join(' · ')}</div>
    </>
  );
}

/** Bars of one metric's share within target per hospital, against the goal. */
function OrgBars({ metric, rows }: { metric: CentreMetric; rows: OrgRow[] }): ReactElement {
  const { t, i18n } = useTranslation();
  const shares = rows.map((row) => {
    const stats = row.stats[metric.id];
    return stats === undefined ? null : chartShare(stats);
  });
  const goal = metric.kind === 'ratio' ? metric.targets.targetShare : metric.targets.complianceGoal;
  const chartRef = useEchart(
    (_widthPx, fontFamily) => ({
      textStyle: { fontFamily },
      animation: false,
      grid: { left: 8, right: 48, top: 24, bottom: 8, containLabel: true },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.name) },
      series: [
        {
          type: 'bar',
          barMaxWidth: 18,
          data: shares.map((share) => {
            const met = shareMeetsGoal(metric, share);
            return {
              value: share === null ? null : Math.round(share * 1000) / 10,
              itemStyle: { color: met === null ? '#8c9db5' : met ? '#52a435' : '#d9363e' },
            };
          }),
          label: { show: true, position: 'right', formatter: '{c}%' },
          ...(goal === null
            ? {}
            : {
                markLine: {
                  symbol: 'none',
                  silent: true,
                  lineStyle: { type: 'dashed', color: '#262626' },
                  label: {
                    position: 'start',
                    formatter: t('centreMetrics.goal', { value: formatGoal(goal) }),
                  },
                  data: [{ xAxis: goal * 100 }],
                },
              }),
        },
      ],
    }),
    [metric, rows, i18n.language],
  );
  return (
    <div
      ref={chartRef}
      className="gesang-cm-chart"
      style={{ height: `${Math.max(140, 36 + rows.length * 30)}px` }}
      role="img"
      aria-label={t('centreMetrics.complianceBarsAria')}
      data-testid="centre-metrics-org-bars"
    />
  );
}

/**
 * The centre's key indicators per hospital (the hub and each county), as a table with ✓/✗ per
 * cell, and bars of one chosen indicator's share within target against the goal.
 */
export function ComplianceByOrg({ metrics }: { metrics: CentreMetric[] }): ReactElement {
  const { t } = useTranslation();
  const locale = currentLocale();
  const isPhone = useIsPhone();
  const withShare = metrics.filter(hasShare);
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const barMetric = withShare.find((m) => m.id === chosen) ?? withShare[0];
  const byId = new Map<string, OrgRow>();
  for (const metric of metrics) {
    for (const org of metric.byOrg) {
      const row = byId.get(org.orgId) ?? {
        key: org.orgId,
        name: orgName(org.orgName, locale),
        stats: {},
      };
      row.stats[metric.id] = org.stats;
      byId.set(org.orgId, row);
    }
  }
  const rows = [...byId.values()];
  const columns: TableColumnsType<OrgRow> = [
    {
      title: t('centreMetrics.orgColumn'),
      dataIndex: 'name',
      fixed: isPhone ? 'left' : undefined,
      width: isPhone ? 120 : undefined,
    },
    ...metrics.map((metric) => ({
      key: metric.id,
      title: <ColumnTitle metric={metric} />,
      render: (_: unknown, row: OrgRow) => <Cell metric={metric} stats={row.stats[metric.id]} />,
    })),
  ];
  return (
    <div className="gesang-cm-orgs" data-testid="centre-metrics-by-org">
      <Table<OrgRow>
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={isPhone ? { x: 'max-content' } : undefined}
        locale={{ emptyText: t('centreMetrics.empty') }}
      />
      {barMetric !== undefined && rows.length > 0 && (
        <>
          <Select<string>
            value={barMetric.id}
            aria-label={t('centreMetrics.complianceMetric')}
            className="gesang-cm-bar-metric"
            options={withShare.map((m) => ({ value: m.id, label: metricName(m.label, locale) }))}
            onChange={setChosen}
          />
          <OrgBars metric={barMetric} rows={rows} />
        </>
      )}
    </div>
  );
}
