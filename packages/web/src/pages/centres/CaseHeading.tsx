import { localize, centreLabels, type CaseSummary } from '@gesang/domain';
import { Tag, Typography } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format/date.js';
import { currentLocale } from '../../i18n/index.js';
import { scriptLang } from '../ecg-reader/patient-text.js';
import { casePatientText, countyName } from './case-origin-text.js';
import type { CaseOrigin } from './use-case-origins.js';

/** Props of {@link CaseHeading}. */
export interface CaseHeadingProps {
  item: CaseSummary;
  origin: CaseOrigin | undefined;
  /** Larger name (the case page). */
  large?: boolean;
}

/**
 * Who and how: the patient's name with sex and age, the centre, how the case was opened (the
 * green channel with its county's name) and when; the acknowledgement of a green channel.
 */
export function CaseHeading({ item, origin, large = false }: CaseHeadingProps): ReactElement {
  const { t } = useTranslation();
  const locale = currentLocale();
  const patient = casePatientText(origin, t, locale);
  const county = countyName(origin, locale);
  const green = item.openedHow === 'green_channel';
  const name = patient.name ?? t('centres.board.noName');
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 4, minWidth: 0 }}>
      <div className="gesang-case-head">
        <span
          className="gesang-case-name"
          style={large ? { fontSize: 22 } : undefined}
          lang={scriptLang(name)}
          data-testid="case-patient"
        >
          {name}
          {patient.details !== '' && (
            <Typography.Text type="secondary" style={{ fontSize: 15, fontWeight: 400 }}>
              {' '}
              · {patient.details}
            </Typography.Text>
          )}
        </span>
        <Tag color={green ? 'green' : 'blue'} style={{ marginInlineEnd: 0 }} data-testid="case-how">
          {green && county !== null
            ? t('centres.openedHow.greenFrom', { county })
            : t(`centres.openedHow.${item.openedHow}`)}
        </Tag>
      </div>
      <Typography.Text type="secondary">
        {localize(centreLabels[item.centre], locale)} ·{' '}
        {t('centres.board.openedAt', { time: formatDateTime(item.openedAt) })}
      </Typography.Text>
      {green &&
        (item.acknowledgedAt === null ? (
          <Typography.Text type="danger" strong data-testid="case-ack-waiting">
            {t('centres.alerts.waiting')}
          </Typography.Text>
        ) : (
          <Typography.Text type="success" data-testid="case-ack">
            {t('centres.alerts.acknowledged', {
              name: item.acknowledgedBy?.displayName ?? '',
              time: formatDateTime(item.acknowledgedAt),
            })}
          </Typography.Text>
        ))}
    </div>
  );
}
