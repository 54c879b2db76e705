import { Badge } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventStreamState } from '../../hooks/use-event-stream.js';

/** What the reader and the coordinator are told: a link given up on is being reconnected too. */
const SHOWN = {
  connecting: 'connecting',
  open: 'live',
  reconnecting: 'reconnecting',
  down: 'reconnecting',
} as const;

const BADGE = { live: 'success', connecting: 'processing', reconnecting: 'error' } as const;

/** What {@link LiveBadge} takes. */
export interface LiveBadgeProps {
  /** The live stream's state (from `useEventStream`). */
  status: EventStreamState;
  /** Where the texts are: `<labels>.live`, `.connecting` and `.reconnecting` (default the reader's). */
  labels?: 'ecgReader.live' | 'centres.live';
  /** The badge's `data-testid` (default `reader-live`); its `data-status` is the state shown. */
  testId?: string;
}

/**
 * Whether new studies arrive live: green when the stream is open, red while it is lost.
 * @param props the stream's state, where the texts are, the test id; see {@link LiveBadgeProps}.
 * @example <LiveBadge status={live} labels="centres.live" testId="board-live" />
 */
export function LiveBadge({
  status,
  labels = 'ecgReader.live',
  testId = 'reader-live',
}: LiveBadgeProps): ReactElement {
  const { t } = useTranslation();
  const shown = SHOWN[status];
  return (
    <Badge
      status={BADGE[shown]}
      text={t(`${labels}.${shown}`)}
      data-testid={testId}
      data-status={shown}
    />
  );
}
