/**
 * The live board's data: the acting hospital's open cases and the signed-in coordinator's open
 * green-channel alerts, fetched afresh on every live event and every 10 s as a fallback (not
 * while the tab is hidden; at once when it shows again).
 */
import type { Alert, CaseSummary } from '@gesang/domain';
import { useCallback, useEffect, useRef, useState } from 'react';
import { listCases } from '../../api/cases.js';
import { request } from '../../api/client.js';

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

async function fetchBoard(): Promise<{ cases: CaseSummary[]; alerts: Alert[] }> {
  const [cases, alerts] = await Promise.all([
    listCases({ status: 'open', limit: 200 }),
    request<{ items: Alert[] }>('GET', '/api/ecg/alerts?open=true&limit=200'),
  ]);
  return {
    cases: cases.items,
    alerts: alerts.items.filter((alert) => alert.reason === 'green_channel'),
  };
}

/**
 * Loads and keeps fresh the board of the acting organisation.
 * @returns the cases, the green-channel alerts and a refresh.
 * @example const board = useCaseBoard(); board.refresh();
 */
export function useCaseBoard(): CaseBoardState {
  const [cases, setCases] = useState<CaseSummary[]>([]);
  const [alerts, setAlerts] = useState<Alert[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const inFlight = useRef(false);
  const again = useRef(false);
  const live = useRef(true);

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
          const answer = await fetchBoard();
          if (live.current) {
            setCases(answer.cases);
            setAlerts(answer.alerts);
            setError(null);
            setLoaded(true);
          }
        } catch (caught) {
          if (live.current) {
            setError(caught);
          }
        }
      } while (again.current && live.current);
      inFlight.current = false;
    })();
  }, []);

  useEffect(() => {
    live.current = true;
    refresh();
    const timer = window.setInterval(() => {
      if (document.visibilityState !== 'hidden') {
        refresh();
      }
    }, boardPollMs);
    const onVisible = (): void => {
      if (document.visibilityState === 'visible') {
        refresh();
      }
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      live.current = false;
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [refresh]);

  const replace = useCallback((item: CaseSummary): void => {
    setCases((current) =>
      current.flatMap((c) => (c.id !== item.id ? [c] : item.status === 'open' ? [item] : [])),
    );
  }, []);

  return { cases, alerts, loaded, error, refresh, replace };
}
