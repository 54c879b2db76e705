import type { DurationPercentiles, SlaFigures } from '@gesang/domain';
import { Card, Col, Row } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDurationS, formatShare, shareTone } from './stats-format.js';

/** Props of {@link SlaHeadline}. */
export interface SlaHeadlineProps {
  figures: SlaFigures;
  /** The critical SLA, minutes. */
  minutes: number;
  /** The goal share, 0–1. */
  goal: number;
}

function DurationCard(props: {
  title: string;
  value: DurationPercentiles;
  testId: string;
}): ReactElement {
  const { t } = useTranslation();
  const { value } = props;
  return (
    <Card size="small" className="gesang-stats-card" data-testid={props.testId}>
      <div className="gesang-stats-card-title">
        {props.title} <span className="gesang-stats-unit">({t('ecgStats.clockHint')})</span>
      </div>
      <div className="gesang-stats-big">
        <span className="gesang-stats-digits">{formatDurationS(value.medianS)}</span>
        <span className="gesang-stats-unit">{t('ecgStats.medianLabel')}</span>
      </div>
      <div className="gesang-stats-card-note">
        P90 <span className="gesang-stats-digits">{formatDurationS(value.p90S)}</span> · P99{' '}
        <span className="gesang-stats-digits">{formatDurationS(value.p99S)}</span>
      </div>
      <div className="gesang-stats-card-note">{t('ecgStats.measured', { count: value.n })}</div>
    </Card>
  );
}

/**
 * The period at a glance: the share of critical ECGs signed within the SLA, large and coloured
 * against the goal (with its count and the goal written out), then time to claim, time to sign,
 * and the studies with their breaches by cause.
 */
export function SlaHeadline({ figures, minutes, goal }: SlaHeadlineProps): ReactElement {
  const { t } = useTranslation();
  const tone = shareTone(figures.criticalWithinSlaShare, goal);
  const pending = figures.critical - figures.criticalJudged;
  return (
    <Row gutter={[12, 12]} className="gesang-stats-headline">
      <Col xs={24} lg={8}>
        <Card
          size="small"
          className={`gesang-stats-card gesang-stats-critical gesang-stats-${tone}`}
          data-testid="stats-critical-share"
          data-tone={tone}
        >
          <div className="gesang-stats-card-title">{t('ecgStats.criticalShare', { minutes })}</div>
          <div className="gesang-stats-huge gesang-stats-digits">
            {formatShare(figures.criticalWithinSlaShare)}
          </div>
          <div className="gesang-stats-card-note">
            {figures.criticalJudged === 0
              ? t('ecgStats.noCritical')
              : t('ecgStats.criticalCount', {
                  within: figures.criticalWithinSla,
                  judged: figures.criticalJudged,
                })}
          </div>
          <div className="gesang-stats-goal">
            {t('ecgStats.goal', { minutes, share: formatShare(goal) })}
          </div>
          {pending > 0 && (
            <div className="gesang-stats-card-note">
              {t('ecgStats.pending', { count: pending })}
            </div>
          )}
        </Card>
      </Col>
      <Col xs={12} lg={5}>
        <DurationCard
          title={t('ecgStats.timeToClaim')}
          value={figures.timeToClaim}
          testId="stats-claim"
        />
      </Col>
      <Col xs={12} lg={5}>
        <DurationCard
          title={t('ecgStats.timeToSign')}
          value={figures.timeToSign}
          testId="stats-sign"
        />
      </Col>
      <Col xs={24} lg={6}>
        <Card size="small" className="gesang-stats-card" data-testid="stats-studies">
          <div className="gesang-stats-card-title">{t('ecgStats.studies')}</div>
          <div className="gesang-stats-big gesang-stats-digits" data-testid="stats-studies-count">
            {figures.studies}
          </div>
          <div className="gesang-stats-card-note">
            {t('ecgStats.signedCount', { count: figures.signed })} ·{' '}
            {t('ecgStats.criticalTotal', { count: figures.critical })}
          </div>
          <div
            className={figures.breaches.total > 0 ? 'gesang-stats-alarm' : 'gesang-stats-card-note'}
            data-testid="stats-breaches"
          >
            {t('ecgStats.breachTotal', { count: figures.breaches.total })}
          </div>
          {figures.breaches.total > 0 && (
            <div className="gesang-stats-card-note">
              {t('ecgStats.breachCauses', {
                unclaimed: figures.breaches.unclaimed,
                claimed: figures.breaches.claimedNotSigned,
              })}
            </div>
          )}
        </Card>
      </Col>
    </Row>
  );
}
