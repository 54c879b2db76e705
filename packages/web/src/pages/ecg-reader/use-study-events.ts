import type { StudyEvent } from '@gesang/domain';
import { useEffect, useRef, useState } from 'react';

/** The live link: opening, open, or lost and retrying. */
export type LiveStatus = 'connecting' | 'live' | 'reconnecting';

/** What the stream reports. */
export interface StudyEventHandlers {
  /** One study event (received, analysed, claimed, released, signed, …). */
  onEvent: (event: StudyEvent) => void;
  /** The stream (re)opened: anything missed while it was down should be fetched afresh. */
  onOpen: () => void;
}

/** Wait before opening a new stream after the browser gave up on one (e.g. a 401 or a 502). */
const reopenDelayMs = 3000;

/**
 * Subscribes to `GET /api/ecg/events` (Server-Sent Events) while mounted. The browser retries a
 * dropped stream itself and sends `Last-Event-ID`, so nothing is missed; when it gives up (an
 * error status), a new stream is opened a few seconds later resuming after the last event seen.
 * @param handlers called for each event and on every (re)connection; the latest ones are used.
 * @returns the state of the link, for a live indicator.
 */
export function useStudyEvents(handlers: StudyEventHandlers): LiveStatus {
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  }, [handlers]);

  useEffect(() => {
    let source: EventSource | null = null;
    let reopenTimer: number | undefined;
    let lastEventId: string | null = null;
    let stopped = false;

    const open = (): void => {
      const url =
        lastEventId === null
          ? '/api/ecg/events'
          : `/api/ecg/events?lastEventId=${encodeURIComponent(lastEventId)}`;
      const current = new EventSource(url, { withCredentials: true });
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
      current.addEventListener('study', (message: MessageEvent<string>) => {
        lastEventId = message.lastEventId === '' ? lastEventId : message.lastEventId;
        try {
          latest.current.onEvent(JSON.parse(message.data) as StudyEvent);
        } catch {
          // A frame we cannot parse is skipped; the next refresh shows the study anyway.
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
