import type { StudySummary } from '@gesang/domain';
import { useCallback, useEffect, useRef, useState } from 'react';
import { fetchWorklist } from '../../api/ecg-reader.js';

/** The worklist as last fetched, and a way to fetch it again. */
export interface WorklistState {
  items: StudySummary[];
  /** False until the first answer (or failure). */
  loaded: boolean;
  /** The last fetch's failure; null once a fetch succeeds. */
  error: unknown;
  /** Fetch again now; calls during a fetch are merged into one more fetch after it. */
  refresh: () => void;
  /** Replace one row at once (after a claim or release), before the next fetch confirms it. */
  patch: (summary: StudySummary) => void;
}

/** A safety net behind the live stream: refetch at least this often, ms. */
const pollMs = 30_000;

/**
 * The reader's worklist, fetched on mount, on every {@link WorklistState.refresh} (each live
 * event) and every 30 s. Never more than one request in flight.
 */
export function useWorklist(): WorklistState {
  const [items, setItems] = useState<StudySummary[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const inFlight = useRef(false);
  const again = useRef(false);
  const mounted = useRef(true);

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
          const { items: next } = await fetchWorklist();
          if (mounted.current) {
            setItems(next);
            setError(null);
          }
        } catch (failure) {
          if (mounted.current) {
            setError(failure);
          }
        }
        if (mounted.current) {
          setLoaded(true);
        }
      } while (again.current && mounted.current);
      inFlight.current = false;
    })();
  }, []);

  const patch = useCallback((summary: StudySummary): void => {
    setItems((current) => current.map((s) => (s.id === summary.id ? summary : s)));
  }, []);

  useEffect(() => {
    mounted.current = true;
    refresh();
    const timer = window.setInterval(refresh, pollMs);
    return () => {
      mounted.current = false;
      window.clearInterval(timer);
    };
  }, [refresh]);

  return { items, loaded, error, refresh, patch };
}
