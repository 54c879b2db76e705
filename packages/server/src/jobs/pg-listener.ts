import pg from 'pg';
import { signalChannels, type SignalChannel, type Signals } from './signals.js';

/** A running LISTEN connection; `close()` ends it. */
export interface PgListener {
  close(): Promise<void>;
}

const channels = new Set<string>(Object.values(signalChannels));

/**
 * Keeps one dedicated PostgreSQL connection LISTENing on Gesang's channels and re-emits every
 * notification on `signals`, so that a job enqueued or an event written by another server process
 * wakes this one at once. Reconnects with backoff after a dropped connection; the pollers cover
 * the gap (a notification is only a wake-up, never the data).
 * @param url the `postgres://` connection string (a pooled connection cannot LISTEN).
 * @param signals where to re-emit.
 * @param log warnings about lost connections.
 */
export function startPgListener(
  url: string,
  signals: Signals,
  log: (message: string, error?: unknown) => void,
): PgListener {
  let client: pg.Client | null = null;
  let closed = false;
  let retryMs = 500;
  let timer: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    next.on('notification', (message) => {
      if (channels.has(message.channel)) {
        signals.emit(message.channel as SignalChannel);
      }
    });
    next.on('error', (error) => {
      log('LISTEN connection lost; reconnecting', error);
      void next.end().catch(() => undefined);
      if (client === next) {
        client = null;
        schedule();
      }
    });
    try {
      await next.connect();
      for (const channel of channels) {
        await next.query(`LISTEN ${channel}`);
      }
    } catch (error) {
      await next.end().catch(() => undefined);
      throw error;
    }
    if (closed) {
      await next.end();
      return;
    }
    client = next;
    retryMs = 500;
    // Anything notified while we were away: wake every listener once.
    for (const channel of channels) {
      signals.emit(channel as SignalChannel);
    }
  };

  function schedule(): void {
    if (closed) {
      return;
    }
    timer = setTimeout(() => {
      connect().catch((error: unknown) => {
        log('LISTEN connection failed; retrying', error);
        retryMs = Math.min(retryMs * 2, 30_000);
        schedule();
      });
    }, retryMs);
    timer.unref();
  }

  connect().catch((error: unknown) => {
    log('LISTEN connection failed; retrying', error);
    schedule();
  });

  return {
    close: async () => {
      closed = true;
      clearTimeout(timer);
      const current = client;
      client = null;
      await current?.end().catch(() => undefined);
    },
  };
}
