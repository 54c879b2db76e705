import type { CentreMetric } from '@gesang/domain';
import { Card, Tag } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/index.js';
import { formatMinutes, formatPercent, statsTone, type Tone } from './metric-format.js';
import { MetricTrendChart } from './MetricTrendChart.js';
import { metricName } from './names.js';
import { targetPhrases } from './target-text.js';

/** Tag colour of each tone. */
export const toneColour: Readonly<Record<Tone, string>> = {
  met: 'success',
  missed: 'error',
  tracked: 'default',
  none: 'default',
};

/**
 * One metric over the period: its name, whether the period met the targets, the figures (count,
 * mean, median, share within target or share), the targets in words, and the monthly trend.
 */
export function MetricCard({ metric }: { metric: CentreMetric }): ReactElement {
  const { t } = useTranslation();
  const locale = currentLocale();
  const o = metric.overall;
  const tone = statsTone(o);
  const figures: [string, string][] =
    o.kind === 'ratio'
      ? [
          [t('centreMetrics.figures.n'), String(o.count)],
          [t('centreMetrics.figures.share'), formatPercent(o.share, metric.targets.targetShare)],
          [t('centreMetrics.figures.numerator'), String(o.numerator)],
        ]
      : [
          [t('centreMetrics.figures.n'), String(o.count)],
          [t('centreMetrics.figures.mean'), formatMinutes(o.meanMin)],
          [t('centreMetrics.figures.median'), formatMinutes(o.medianMin)],
          ...(metric.targets.targetMin === null
            ? [[t('centreMetrics.figures.p90'), formatMinutes(o.p90Min)] as [string, string]]
            : [
                [
                  t('centreMetrics.figures.compliance'),
                  formatPercent(o.compliance, metric.targets.complianceGoal),
                ] as [string, string],
              ]),
        ];
  const targets = targetPhrases(metric, t);
  return (
    <Card
      size="small"
      className={`gesang-cm-card gesang-cm-tone-${tone}`}
      title={metricName(metric.label, locale)}
      extra={<Tag color={toneColour[tone]}>{t(`centreMetrics.tone.${tone}`)}</Tag>}
      data-testid={`centre-metrics-card-${metric.id}`}
      data-tone={tone}
    >
      <dl className="gesang-cm-figures">
        {figures.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd className="gesang-cm-digits">{value}</dd>
          </div>
        ))}
      </dl>
      <div className="gesang-cm-targets">
        {targets.length === 0 ? t('centreMetrics.noTarget') : targets.join(' · ')}
        {o.flaggedCount > 0 && (
          <span className="gesang-cm-flagged">
            {' · '}
            {t('centreMetrics.flaggedInMetric', { count: o.flaggedCount })}
          </span>
        )}
      </div>
      <MetricTrendChart metric={metric} />
    </Card>
  );
}
