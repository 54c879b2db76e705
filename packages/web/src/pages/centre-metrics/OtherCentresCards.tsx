import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import {
  centreKeyMetricIds,
  centres,
  type Centre,
  type CentreMetric,
  type CentreVolumes,
} from '@gesang/domain';
import { Button, Card, Col, Row } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/index.js';
import { formatPercent, primaryFigure, statsTone } from './metric-format.js';
import { MinutesValue } from './MinutesValue.js';
import { centreColours, centreName, metricName } from './names.js';
import { targetPhrases } from './target-text.js';

/** The figure a metric is judged by (share, or mean minutes). */
function Headline({ metric }: { metric: CentreMetric }): ReactElement {
  const figure = primaryFigure(metric, metric.overall);
  return figure.kind === 'share' ? (
    <>{formatPercent(figure.share, figure.goal)}</>
  ) : (
    <MinutesValue minutes={figure.minutes} />
  );
}

/** Props of {@link OtherCentresCards}. */
export interface OtherCentresCardsProps {
  current: Centre;
  metrics: CentreMetric[];
  volumes: CentreVolumes;
  /** Opens a centre's dashboards. */
  onOpen: (centre: Centre) => void;
}

/**
 * The other four centres at a glance: cases in the period and each key indicator (mean or share,
 * its target, ✓/✗, count); a button opens that centre's dashboards.
 */
export function OtherCentresCards(props: OtherCentresCardsProps): ReactElement {
  const { t } = useTranslation();
  const locale = currentLocale();
  const byId = new Map(props.metrics.map((m) => [m.id, m]));
  return (
    <Row gutter={[12, 12]} data-testid="centre-metrics-other-centres">
      {centres
        .filter((c) => c !== props.current)
        .map((centre) => {
          const total = props.volumes.byCentre.find((v) => v.centre === centre)?.total ?? 0;
          return (
            <Col xs={24} sm={12} xl={6} key={centre}>
              <Card
                size="small"
                className="gesang-cm-centre-card"
                style={{ borderTopColor: centreColours[centre] }}
                title={centreName(centre, locale)}
                extra={
                  <Button size="small" type="link" onClick={() => props.onOpen(centre)}>
                    {t('centreMetrics.open')}
                  </Button>
                }
                data-testid={`centre-metrics-centre-${centre}`}
              >
                <div className="gesang-cm-muted">
                  {t('centreMetrics.caseCount', { count: total })}
                </div>
                <ul className="gesang-cm-key-list">
                  {centreKeyMetricIds[centre].flatMap((id) => {
                    const metric = byId.get(id);
                    if (metric === undefined) {
                      return [];
                    }
                    const tone = statsTone(metric.overall);
                    const targets = targetPhrases(metric, t);
                    return [
                      <li key={id} className={`gesang-cm-tone-${tone}`}>
                        <span className="gesang-cm-key-name">
                          {metricName(metric.label, locale)}
                        </span>
                        <span className="gesang-cm-key-value gesang-cm-digits">
                          {tone === 'met' && <CheckCircleFilled aria-hidden />}
                          {tone === 'missed' && <CloseCircleFilled aria-hidden />}
                          {metric.overall.count === 0 ? '—' : <Headline metric={metric} />}
                          <span className="gesang-cm-muted"> n={metric.overall.count}</span>
                        </span>
                        {targets.length > 0 && (
                          <span className="gesang-cm-key-target">{targets.join(' · ')}</span>
                        )}
                      </li>,
                    ];
                  })}
                </ul>
              </Card>
            </Col>
          );
        })}
    </Row>
  );
}
