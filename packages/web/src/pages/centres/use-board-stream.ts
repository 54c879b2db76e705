/**
 * The board's live link: `GET /api/ecg/events` (Server-Sent Events), whose `event: alert` frames
 * carry the coordinator's own alerts (a green channel opening) and `event: study` frames the
 * studies of the hub's counties (a STEMI signed, a green channel acknowledged).
 */
import type { Alert, StudyEvent } from '@gesang/domain';
import { useEffect, useRef, useState } from 'react';

/** The live link: opening, open, or lost and retrying. */
export type BoardStreamStatus = 'connecting' | 'live' | 'reconnecting';

/** What the stream reports. */
export interface BoardStreamHandlers {
  /** An alert addressed to the signed-in user, as it arrives. */
  onAlert: (alert: Alert) => void;
  /** A study changed (any kind). */
  onStudy: (event: StudyEvent) => void;
  /** The stream (re)opened: what was missed while it was down must be fetched afresh. */
  onOpen: () => void;
}

/** Wait before opening a new stream after the browser gave up on one (a 401, a 502 …). */
const reopenDelayMs = 3000;

function parse<T>(message: MessageEvent<string>): T | null {
  try {
    return JSON.parse(message.data) as T;
  } catch {
    return null; // a frame we cannot read is skipped; the next refetch shows the truth anyway
  }
}

/**
 * Subscribes to the live stream while mounted. The browser retries a dropped stream itself and
 * sends `Last-Event-ID`; when it gives up, a new stream is opened a few seconds later resuming
 * after the last event seen, so no alert is lost.
 * @param handlers called per frame and on every (re)connection; the latest ones are used.
 * @returns the state of the link, for a live indicator.
 */
export function useBoardStream(handlers: BoardStreamHandlers): BoardStreamStatus {
  const [status, setStatus] = useState<BoardStreamStatus>('connecting');
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  }, [handlers]);

  useEffect(() => {
    let source: EventSource | null = null;
    let reopenTimer: number | undefined;
    let lastEventId: string | null = null;
    let stopped = false;
    const remember = (message: MessageEvent<string>): void => {
      lastEventId = message.lastEventId === '' ? lastEventId : message.lastEventId;
    };

    const open = (): void => {
      const query = lastEventId === null ? '' : `?lastEventId=${encodeURIComponent(lastEventId)}`;
      const current = new EventSource(`/api/ecg/events${query}`, { withCredentials: true });
      source = current;
      current.onopen = () => {
        setStatus('live');
        latest.current.onOpen();
      };
      current.onerror = () => {
        setStatus('reconnecting');
        if (current.readyState === EventSource.CLOSED && !stopped) {
          reopenTimer = window.setTimeout(open, reopenDelayMs);
        }
      };
      current.addEventListener('alert', (message: MessageEvent<string>) => {
        remember(message);
        const alert = parse<Alert>(message);
        if (alert !== null) {
          latest.current.onAlert(alert);
        }
      });
      current.addEventListener('study', (message: MessageEvent<string>) => {
        remember(message);
        const event = parse<StudyEvent>(message);
        if (event !== null) {
          latest.current.onStudy(event);
        }
      });
    };
    open();
    return () => {
      stopped = true;
      window.clearTimeout(reopenTimer);
      source?.close();
    };
  }, []);

  return status;
}
