import type { StudyEvent } from '@gesang/domain';

/** One received Server-Sent Event, with when it arrived. */
export interface ReceivedEvent {
  id: string | null;
  event: string;
  data: StudyEvent;
  receivedAtMs: number;
}

/** A live `text/event-stream` over real HTTP (fetch), parsed per the WHATWG SSE format. */
export interface EventStreamClient {
  status: number;
  events: ReceivedEvent[];
  /** Resolves with the first event (already received or coming) matching `match`. */
  next(match: (event: ReceivedEvent) => boolean, timeoutMs?: number): Promise<ReceivedEvent>;
  close(): void;
}

/**
 * Opens `url` as an event stream with the session cookie (and a `Last-Event-ID` when resuming).
 * @example const stream = await openEventStream(`${base}/api/ecg/events`, reader.cookie);
 */
export async function openEventStream(
  url: string,
  cookie: string,
  lastEventId?: string,
): Promise<EventStreamClient> {
  const abort = new AbortController();
  const response = await fetch(url, {
    headers: {
      cookie,
      accept: 'text/event-stream',
      ...(lastEventId === undefined ? {} : { 'last-event-id': lastEventId }),
    },
    signal: abort.signal,
  });
  const events: ReceivedEvent[] = [];
  const waiters = new Set<() => void>();
  const body = response.body;
  if (response.ok && body !== null) {
    void (async () => {
      const decoder = new TextDecoder();
      let buffer = '';
      try {
        for await (const chunk of body) {
          buffer += decoder.decode(chunk as Uint8Array, { stream: true });
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const fields = new Map<string, string>();
            for (const line of block.split('\n')) {
              const colon = line.indexOf(':');
              if (colon > 0) {
                fields.set(line.slice(0, colon), line.slice(colon + 1).replace(/^ /, ''));
              }
            }
            const data = fields.get('data');
            if (data !== undefined) {
              events.push({
                id: fields.get('id') ?? null,
                event: fields.get('event') ?? 'message',
                data: JSON.parse(data) as StudyEvent,
                receivedAtMs: Date.now(),
              });
              waiters.forEach((wake) => wake());
            }
          }
        }
      } catch {
        // aborted by close()
      }
    })();
  }
  return {
    status: response.status,
    events,
    next: (match, timeoutMs = 10_000) =>
      new Promise<ReceivedEvent>((resolve, reject) => {
        const check = (): boolean => {
          const found = events.find(match);
          if (found !== undefined) {
            waiters.delete(wake);
            clearTimeout(timer);
            resolve(found);
            return true;
          }
          return false;
        };
        const wake = (): void => {
          check();
        };
        const timer = setTimeout(() => {
          waiters.delete(wake);
          reject(new Error(`no matching event within ${timeoutMs} ms (got ${events.length})`));
        }, timeoutMs);
        if (!check()) {
          waiters.add(wake);
        }
      }),
    close: () => abort.abort(),
  };
}
