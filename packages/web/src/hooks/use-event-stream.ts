/**
 * One live Server-Sent Events link that resumes and reconnects, shared by the pages that follow
 * `GET /api/ecg/events`: the reader's workstation, the centres board and the ECG desk.
 */
import { useEffect, useRef, useState } from 'react';
import { withQuery } from '../api/client.js';

/**
 * The link's state: `connecting` (the first stream, nothing heard yet), `open`, `reconnecting`
 * (the browser retrying a dropped stream by itself, or a new stream after one was given up) or
 * `down` (the browser gave up, e.g. on a 401 or a 502; a new stream opens after a delay).
 */
export type EventStreamState = 'connecting' | 'open' | 'reconnecting' | 'down';

/** One handler per SSE event name, given the frame's JSON `data`. */
export type EventStreamHandlers<M> = { readonly [K in keyof M]: (payload: M[K]) => void };

/** Wait before opening a new stream after the browser gave up on one (a 401, a 502 …), ms. */
export const defaultReopenDelayMs = 3000;

/** What to follow and how to reopen it; the latest options are used for every frame. */
export interface EventStreamOptions<M> {
  /** The stream's path, e.g. `/api/ecg/events`; `?lastEventId=` is added when a new stream resumes. */
  path: string;
  /** Handlers by event name (read when a stream opens; frames of other names are ignored). */
  on: EventStreamHandlers<M>;
  /** Called on every (re)opening: what was missed while the link was down must be fetched afresh. */
  onOpen: () => void;
  /**
   * How long to wait before opening a new stream after the browser gave up on one, ms
   * (default {@link defaultReopenDelayMs} every time).
   * @param failures streams given up on in a row since the link was last open (≥ 1)
   */
  reopenDelayMs?: (failures: number) => number;
  /** Also open a new stream at once when the browser comes back online (default false). */
  reopenWhenOnline?: boolean;
}

/**
 * Subscribes to a Server-Sent Events stream while mounted. The browser retries a dropped stream
 * itself and sends `Last-Event-ID`; when it gives up, a new stream is opened after
 * `reopenDelayMs`, resuming after the last event seen, so no event is lost. A frame whose data is
 * not JSON is skipped (the refetch on the next opening shows the truth anyway).
 * @param options the path, the handlers and the reopening policy; see {@link EventStreamOptions}.
 * @returns the link's state, for a live indicator.
 * @example
 * const state = useEventStream({
 *   path: '/api/ecg/events',
 *   on: { study: (event: StudyEvent) => refresh() },
 *   onOpen: refresh,
 * });
 */
export function useEventStream<M>(options: EventStreamOptions<M>): EventStreamState {
  const [state, setState] = useState<EventStreamState>('connecting');
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

  useEffect(() => {
    let source: EventSource | null = null;
    let lastEventId: string | null = null;
    let failures = 0;
    let reopenTimer: number | undefined;
    let stopped = false;

    const connect = (): void => {
      window.clearTimeout(reopenTimer);
      source?.close();
      setState(source === null ? 'connecting' : 'reconnecting');
      const url = withQuery(latest.current.path, { lastEventId });
      const current = new EventSource(url, { withCredentials: true });
      source = current;
      current.addEventListener('open', () => {
        failures = 0;
        setState('open');
        latest.current.onOpen();
      });
      current.addEventListener('error', () => {
        if (stopped || current !== source) {
          return;
        }
        if (current.readyState === EventSource.CLOSED) {
          failures += 1;
          setState('down');
          const delayMs = latest.current.reopenDelayMs?.(failures) ?? defaultReopenDelayMs;
          reopenTimer = window.setTimeout(connect, delayMs);
        } else {
          setState('reconnecting');
        }
      });
      for (const name of Object.keys(latest.current.on) as (keyof M & string)[]) {
        current.addEventListener(name, (message: MessageEvent<string>) => {
          lastEventId = message.lastEventId || lastEventId;
          let payload: M[typeof name];
          try {
            payload = JSON.parse(message.data) as M[typeof name];
          } catch {
            return;
          }
          latest.current.on[name](payload);
        });
      }
    };
    const reopenIfDown = (): void => {
      if (latest.current.reopenWhenOnline === true && source?.readyState === EventSource.CLOSED) {
        connect();
      }
    };
    connect();
    window.addEventListener('online', reopenIfDown);
    return () => {
      stopped = true;
      window.clearTimeout(reopenTimer);
      source?.close();
      window.removeEventListener('online', reopenIfDown);
    };
  }, []);

  return state;
}
