import { Badge } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveStatus } from './use-study-events.js';

const BADGE = { live: 'success', connecting: 'processing', reconnecting: 'error' } as const;

/** Whether new studies arrive live: green when the stream is open, red while it is lost. */
export function LiveBadge({ status }: { status: LiveStatus }): ReactElement {
  const { t } = useTranslation();
  return (
    <Badge
      status={BADGE[status]}
      text={t(`ecgReader.live.${status}`)}
      data-testid="reader-live"
      data-status={status}
    />
  );
}
