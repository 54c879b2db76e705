import type { Centre } from '@gesang/domain';
import { Typography } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/index.js';
import { formatMinutes } from './case-clock.js';
import { caseMetricValues, type MetricValue } from './case-intervals.js';
import { clockLabel } from './centre-text.js';

/** Props of {@link CaseMetrics}. */
export interface CaseMetricsProps {
  centre: Centre;
  events: Readonly<Record<string, string>>;
  attributes: Readonly<Record<string, unknown>>;
}

const colour = (value: MetricValue): string =>
  value.met === null ? '#8c8c8c' : value.met ? '#52c41a' : '#f5222d';

/**
 * The case's interval metrics computed from its recorded times ("门→导丝 72 分钟 ≤ 90 ✓"), each
 * with a bar against its target (the black mark). A metric the platform does not count for this
 * case (e.g. door → wire without primary PCI) is shown but says so.
 */
export function CaseMetrics({ centre, events, attributes }: CaseMetricsProps): ReactElement {
  const { t } = useTranslation();
  const locale = currentLocale();
  const values = caseMetricValues(centre, events, attributes);
  if (values.length === 0) {
    return <Typography.Text type="secondary">{t('centres.metrics.none')}</Typography.Text>;
  }
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 14 }} data-testid="case-metrics">
      {values.map((value) => {
        const target = value.targetMin;
        const scale = Math.max(value.valueMin, target ?? 0, 1) * 1.15;
        const fillShare = Math.max(0, value.valueMin) / scale;
        const minutes = formatMinutes(value.valueMin);
        const text =
          target === null
            ? t('centres.metrics.value', { value: minutes })
            : t(value.met === true ? 'centres.metrics.met' : 'centres.metrics.missed', {
                value: minutes,
                target,
              });
        return (
          <div
            key={value.metric.id}
            className="gesang-metric-row"
            data-testid={`metric-${value.metric.id}`}
            data-value-min={String(value.valueMin)}
            data-met={value.met === null ? '' : String(value.met)}
          >
            <div
              style={{
                display: 'flex',
                flexWrap: 'wrap',
                justifyContent: 'space-between',
                gap: '0 12px',
              }}
            >
              <Typography.Text strong>{clockLabel(t, value.metric.id, locale)}</Typography.Text>
              <span
                className="gesang-metric-value"
                style={{ color: colour(value) }}
                data-testid="metric-value"
              >
                {text}
              </span>
            </div>
            <div className="gesang-metric-track" aria-hidden>
              <div
                className="gesang-metric-fill"
                style={{ width: `${(fillShare * 100).toFixed(1)}%`, background: colour(value) }}
              />
              {target !== null && (
                <div
                  className="gesang-metric-target"
                  style={{ insetInlineStart: `${((target / scale) * 100).toFixed(1)}%` }}
                />
              )}
            </div>
            {!value.applies && (
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {t('centres.metrics.notApplies')}
              </Typography.Text>
            )}
          </div>
        );
      })}
    </div>
  );
}
