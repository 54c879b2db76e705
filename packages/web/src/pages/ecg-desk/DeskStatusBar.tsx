import { Badge, Space } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveState } from './use-study-events.js';

/** Whether this computer is online and whether status changes arrive live. */
export function DeskStatusBar({
  online,
  live,
}: {
  online: boolean;
  live: LiveState;
}): ReactElement {
  const { t } = useTranslation();
  const liveBadge = { open: 'success', connecting: 'processing', down: 'warning' } as const;
  return (
    <Space
      size={12}
      wrap
      data-testid="desk-status-bar"
      data-online={String(online)}
      data-live={live}
    >
      <Badge
        status={online ? 'success' : 'error'}
        text={online ? t('ecgDesk.online') : t('ecgDesk.offline')}
      />
      {online && <Badge status={liveBadge[live]} text={t(`ecgDesk.live.${live}`)} />}
    </Space>
  );
}
