import type { StudySummary } from '@gesang/domain';
import { useCallback } from 'react';
import { fetchWorklist } from '../../api/ecg-reader.js';
import { usePolledFetch } from '../../hooks/use-polled-fetch.js';

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

const fetchItems = async (): Promise<StudySummary[]> => (await fetchWorklist()).items;

/**
 * The reader's worklist, fetched on mount, on every {@link WorklistState.refresh} (each live
 * event) and every 30 s. Never more than one request in flight.
 * @returns the rows, their state, a refresh and an in-place patch.
 * @example const worklist = useWorklist(); worklist.refresh();
 */
export function useWorklist(): WorklistState {
  const { data, settled, error, refresh, update } = usePolledFetch(fetchItems, [], { pollMs });
  const patch = useCallback(
    (summary: StudySummary): void => {
      update((current) => current.map((s) => (s.id === summary.id ? summary : s)));
    },
    [update],
  );
  return { items: data, loaded: settled, error, refresh, patch };
}
