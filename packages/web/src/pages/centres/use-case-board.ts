/**
 * The live board's data: the acting hospital's open cases and the signed-in coordinator's open
 * green-channel alerts, fetched afresh on every live event and every 10 s as a fallback (not
 * while the tab is hidden; at once when it shows again).
 */
import type { Alert, CaseSummary } from '@gesang/domain';
import { useCallback } from 'react';
import { listCases } from '../../api/cases.js';
import { request } from '../../api/client.js';
import { usePolledFetch } from '../../hooks/use-polled-fetch.js';

/** Fallback refresh period while the page is visible, ms. */
export const boardPollMs = 10_000;

/** What {@link useCaseBoard} gives. */
export interface CaseBoardState {
  cases: CaseSummary[];
  /** Open `green_channel` alerts addressed to the signed-in user, newest first. */
  alerts: Alert[];
  /** False until the first answer. */
  loaded: boolean;
  /** The last refresh's failure, cleared by the next success. */
  error: unknown;
  /** Fetch afresh now (several calls while one is in flight make one more fetch). */
  refresh: () => void;
  /** Replace one case in place after an action answered with it (a closed one leaves). */
  replace: (item: CaseSummary) => void;
}

/** One answer: the open cases and the open green-channel alerts. */
interface Board {
  cases: CaseSummary[];
  alerts: Alert[];
}

async function fetchBoard(): Promise<Board> {
  const [cases, alerts] = await Promise.all([
    listCases({ status: 'open', limit: 200 }),
    request<{ items: Alert[] }>('GET', '/api/ecg/alerts?open=true&limit=200'),
  ]);
  return {
    cases: cases.items,
    alerts: alerts.items.filter((alert) => alert.reason === 'green_channel'),
  };
}

/** The board before its first answer. */
const noBoard: Board = { cases: [], alerts: [] };

/**
 * Loads and keeps fresh the board of the acting organisation.
 * @returns the cases, the green-channel alerts and a refresh.
 * @example const board = useCaseBoard(); board.refresh();
 */
export function useCaseBoard(): CaseBoardState {
  const { data, loaded, error, refresh, update } = usePolledFetch(fetchBoard, noBoard, {
    pollMs: boardPollMs,
    pauseWhileHidden: true,
  });
  const replace = useCallback(
    (item: CaseSummary): void => {
      update((board) => ({
        ...board,
        cases: board.cases.flatMap((c) =>
          c.id !== item.id ? [c] : item.status === 'open' ? [item] : [],
        ),
      }));
    },
    [update],
  );
  return { cases: data.cases, alerts: data.alerts, loaded, error, refresh, replace };
}
