import type { StudyEvent } from '@gesang/domain';
import { useEffect, useRef, useState } from 'react';
import { studyEventsUrl } from '../../api/ecg-desk.js';
import { retryDelayMs } from './retry-policy.js';

/** The live stream's state: open, (re)connecting by itself, or closed and waiting to retry. */
export type LiveState = 'connecting' | 'open' | 'down';

/**
 * Live study events (`GET /api/ecg/events`, Server-Sent Events). The browser's EventSource
 * reconnects by itself after a dropped link and resumes from the last event id; when it gives up
 * (the server answered with an error, e.g. during a restart) a new stream is opened with backoff,
 * resuming from the last event seen, and at once when the browser comes back online.
 * @param onEvent called for each study event
 * @param onOpen called whenever the stream (re)opens: the caller refetches what it shows, so
 *   nothing that happened while the stream was down is missed
 * @returns the stream's state, for a "live" indicator
 */
export function useStudyEvents(
  onEvent: (event: StudyEvent) => void,
  onOpen: () => void,
): LiveState {
  const [state, setState] = useState<LiveState>('connecting');
  const handlers = useRef({ onEvent, onOpen });
  useEffect(() => {
    handlers.current = { onEvent, onOpen };
  }, [onEvent, onOpen]);

  useEffect(() => {
    let source: EventSource | null = null;
    let lastEventId: string | null = null;
    let failures = 0;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;

    const connect = (): void => {
      clearTimeout(retry);
      source?.close();
      const current = new EventSource(studyEventsUrl(lastEventId));
      source = current;
      setState('connecting');
      current.addEventListener('open', () => {
        failures = 0;
        setState('open');
        handlers.current.onOpen();
      });
      current.addEventListener('study', (message: MessageEvent<string>) => {
        lastEventId = message.lastEventId || lastEventId;
        try {
          handlers.current.onEvent(JSON.parse(message.data) as StudyEvent);
        } catch {
          // A malformed frame is skipped; the next refetch shows the truth anyway.
        }
      });
      current.addEventListener('error', () => {
        if (stopped || current !== source) {
          return;
        }
        if (current.readyState === EventSource.CLOSED) {
          failures += 1;
          setState('down');
          retry = setTimeout(connect, retryDelayMs(failures));
        } else {
          setState('connecting');
        }
      });
    };
    const reconnectIfDown = (): void => {
      if (source === null || source.readyState === EventSource.CLOSED) {
        connect();
      }
    };
    connect();
    window.addEventListener('online', reconnectIfDown);
    return () => {
      stopped = true;
      clearTimeout(retry);
      source?.close();
      window.removeEventListener('online', reconnectIfDown);
    };
  }, []);

  return state;
}
