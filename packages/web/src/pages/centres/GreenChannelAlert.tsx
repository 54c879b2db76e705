import { CheckOutlined } from '@ant-design/icons';
import type { CaseSummary } from '@gesang/domain';
import { Alert, Button, Space, Typography } from 'antd';
import { useCallback, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format/date.js';
import { useIsPhone } from '../../hooks/use-is-phone.js';
import { currentLocale } from '../../i18n/index.js';
import { Link } from '../../router/Link.js';
import { casePagePath } from './centre-paths.js';
import { casePatientText, countyName } from './case-origin-text.js';
import { useCaseActions } from './use-case-actions.js';
import type { CaseOrigin } from './use-case-origins.js';

/** Props of {@link GreenChannelAlert}. */
export interface GreenChannelAlertProps {
  item: CaseSummary;
  origin: CaseOrigin | undefined;
  nowMs: number;
  onChanged: () => void;
}

/**
 * One green channel at the top of the board: the county, the patient, when the STEMI was
 * confirmed; an Acknowledge button while nobody of the team has taken it, then who took it when.
 */
export function GreenChannelAlert(props: GreenChannelAlertProps): ReactElement {
  const { item, origin, nowMs, onChanged } = props;
  const { t } = useTranslation();
  const locale = currentLocale();
  const isPhone = useIsPhone();
  const actions = useCaseActions(
    item.id,
    item.centre,
    useCallback(() => onChanged(), [onChanged]),
  );
  const county = countyName(origin, locale) ?? t('centres.alerts.someCounty');
  const patient = casePatientText(origin, t, locale);
  const waiting = item.acknowledgedAt === null;
  const minutesAgo = Math.max(0, Math.floor((nowMs - Date.parse(item.openedAt)) / 60_000));
  const buttons = (
    <Space
      orientation={isPhone ? 'horizontal' : 'vertical'}
      align={isPhone ? 'center' : 'end'}
      wrap
      style={isPhone ? { marginTop: 8 } : undefined}
    >
      {waiting && (
        <Button
          type="primary"
          danger
          size="large"
          icon={<CheckOutlined />}
          loading={actions.busy === 'acknowledge'}
          onClick={() => void actions.acknowledge()}
          data-testid="green-channel-acknowledge"
        >
          {t('centres.alerts.acknowledge')}
        </Button>
      )}
      <Link href={casePagePath(item.id)} data-testid="green-channel-open-case">
        {t('centres.board.openCase')}
      </Link>
    </Space>
  );
  const description = (
    <Space orientation="vertical" size={2} style={{ width: '100%' }}>
      <Typography.Text strong>
        {patient.name ?? t('centres.board.noName')}
        {patient.details === '' ? '' : ` · ${patient.details}`}
      </Typography.Text>
      <Typography.Text>
        {t('centres.alerts.confirmedAt', {
          time: formatDateTime(item.openedAt),
          minutes: minutesAgo,
        })}
      </Typography.Text>
      {!waiting && (
        <Typography.Text strong data-testid="green-channel-acknowledged-by">
          {t('centres.alerts.acknowledged', {
            name: item.acknowledgedBy?.displayName ?? '',
            time: formatDateTime(item.acknowledgedAt),
          })}
        </Typography.Text>
      )}
      {isPhone && buttons}
    </Space>
  );
  return (
    <Alert
      type={waiting ? 'error' : 'success'}
      showIcon
      className="gesang-green-alert"
      title={t('centres.alerts.title', { county })}
      description={description}
      data-testid="green-channel-alert"
      data-case-id={item.id}
      data-study-id={item.sourceStudyId ?? ''}
      data-acknowledged={!waiting}
      action={isPhone ? undefined : buttons}
    />
  );
}
