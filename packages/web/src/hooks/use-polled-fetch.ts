/**
 * Data fetched on mount, on demand (each live event) and every few seconds as a safety net,
 * never more than one request at a time; shared by the reader's worklist and the centres board.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

/** How often to refetch, and whether to skip it while the tab is hidden. */
export interface PollOptions {
  /** Refetch at least this often, ms (> 0). */
  pollMs: number;
  /** Skip the periodic refetch while the tab is hidden, and refetch at once when it shows again. */
  pauseWhileHidden?: boolean;
}

/** The data as last fetched, and a way to fetch it again. */
export interface PolledFetch<T> {
  /** The last answer, or the initial value until the first one. */
  data: T;
  /** False until a fetch succeeds. */
  loaded: boolean;
  /** False until the first fetch answers or fails. */
  settled: boolean;
  /** The last fetch's failure; null once a fetch succeeds. */
  error: unknown;
  /** Fetch again now; calls during a fetch are merged into one more fetch after it. */
  refresh: () => void;
  /** Change the data at once (after an action answered), before the next fetch confirms it. */
  update: (change: (current: T) => T) => void;
}

/**
 * Fetches on mount, on every {@link PolledFetch.refresh} and every `pollMs`. Answers arriving
 * after unmount are dropped.
 * @param fetchData the request (its identity should not change: it is read on mount only).
 * @param initial the data shown before the first answer.
 * @param options the period, ms, and whether a hidden tab pauses it.
 * @returns the data, its state, a refresh and an in-place update.
 * @example const { data: items, refresh } = usePolledFetch(fetchItems, [], { pollMs: 30_000 });
 */
export function usePolledFetch<T>(
  fetchData: () => Promise<T>,
  initial: T,
  options: PollOptions,
): PolledFetch<T> {
  const [data, setData] = useState<T>(initial);
  const [loaded, setLoaded] = useState(false);
  const [settled, setSettled] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const inFlight = useRef(false);
  const again = useRef(false);
  const mounted = useRef(true);
  const { pollMs, pauseWhileHidden = false } = options;

  const refresh = useCallback((): void => {
    if (inFlight.current) {
      again.current = true;
      return;
    }
    inFlight.current = true;
    void (async () => {
      do {
        again.current = false;
        try {
          const answer = await fetchData();
          if (mounted.current) {
            setData(answer);
            setError(null);
            setLoaded(true);
          }
        } catch (failure) {
          if (mounted.current) {
            setError(failure);
          }
        }
        if (mounted.current) {
          setSettled(true);
        }
      } while (again.current && mounted.current);
      inFlight.current = false;
    })();
  }, [fetchData]);

  useEffect(() => {
    mounted.current = true;
    refresh();
    const timer = window.setInterval(() => {
      if (!pauseWhileHidden || document.visibilityState !== 'hidden') {
        refresh();
      }
    }, pollMs);
    const onVisible = (): void => {
      if (document.visibilityState === 'visible') {
        refresh();
      }
    };
    if (pauseWhileHidden) {
      document.addEventListener('visibilitychange', onVisible);
    }
    return () => {
      mounted.current = false;
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [refresh, pollMs, pauseWhileHidden]);

  return { data, loaded, settled, error, refresh, update: setData };
}
