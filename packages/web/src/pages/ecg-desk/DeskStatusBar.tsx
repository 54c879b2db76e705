import { Badge, Space } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventStreamState } from '../../hooks/use-event-stream.js';

/** What the technician is told: a stream the browser is retrying is still connecting. */
const SHOWN = {
  connecting: 'connecting',
  open: 'open',
  reconnecting: 'connecting',
  down: 'down',
} as const;

/** Whether this computer is online and whether status changes arrive live. */
export function DeskStatusBar({
  online,
  live,
}: {
  online: boolean;
  live: EventStreamState;
}): ReactElement {
  const { t } = useTranslation();
  const liveBadge = { open: 'success', connecting: 'processing', down: 'warning' } as const;
  const shown = SHOWN[live];
  return (
    <Space
      size={12}
      wrap
      data-testid="desk-status-bar"
      data-online={String(online)}
      data-live={shown}
    >
      <Badge
        status={online ? 'success' : 'error'}
        text={online ? t('ecgDesk.online') : t('ecgDesk.offline')}
      />
      {online && <Badge status={liveBadge[shown]} text={t(`ecgDesk.live.${shown}`)} />}
    </Space>
  );
}
