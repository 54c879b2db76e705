import { CheckOutlined } from '@ant-design/icons';
import type { CaseDetail } from '@gesang/domain';
import { Button, Popconfirm, Tag, Typography } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format/date.js';
import type { CaseActions } from './use-case-actions.js';

/** Props of {@link CaseActionsBar}. */
export interface CaseActionsBarProps {
  detail: CaseDetail;
  actions: CaseActions;
}

/**
 * The case's status and its two decisions: acknowledge a green channel nobody has taken yet, and
 * close the case (asked twice: a closed case leaves the board), or who closed it when.
 */
export function CaseActionsBar({ detail, actions }: CaseActionsBarProps): ReactElement {
  const { t } = useTranslation();
  const open = detail.status === 'open';
  const waitingAck = detail.openedHow === 'green_channel' && detail.acknowledgedAt === null;
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8, marginTop: 12 }}>
      <Tag color={open ? 'processing' : 'default'} data-testid="case-status">
        {t(`centres.case.status.${detail.status}`)}
      </Tag>
      {waitingAck && (
        <Button
          type="primary"
          danger
          size="large"
          icon={<CheckOutlined />}
          loading={actions.busy === 'acknowledge'}
          onClick={() => void actions.acknowledge()}
          data-testid="case-acknowledge"
        >
          {t('centres.alerts.acknowledge')}
        </Button>
      )}
      {open ? (
        <Popconfirm
          title={t('centres.case.closeConfirm')}
          okText={t('centres.case.close')}
          cancelText={t('common.cancel')}
          onConfirm={() => void actions.close()}
          okButtonProps={{ 'data-testid': 'case-close-confirm' }}
        >
          <Button size="large" loading={actions.busy === 'close'} data-testid="case-close">
            {t('centres.case.close')}
          </Button>
        </Popconfirm>
      ) : (
        <Typography.Text type="secondary" data-testid="case-closed-by">
          {t('centres.case.closedBy', {
            name: detail.closedBy?.displayName ?? '',
            time: formatDateTime(detail.closedAt),
          })}
        </Typography.Text>
      )}
    </div>
  );
}
