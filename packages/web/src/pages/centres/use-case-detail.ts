/**
 * One case for its page: fetched on open, afresh every 10 s while the page is visible (another
 * coordinator may record on the same case), and replaced by the answer of each action.
 */
import type { CaseDetail } from '@gesang/domain';
import { useCallback, useEffect, useRef, useState } from 'react';
import { fetchCase } from '../../api/cases.js';
import { boardPollMs } from './use-case-board.js';

/** What {@link useCaseDetail} gives. */
export interface CaseDetailState {
  detail: CaseDetail | null;
  /** The last fetch's failure (a 404 for a case of another hospital), cleared by a success. */
  error: unknown;
  refresh: () => void;
  /** Put the answer of an action in place (null: fetch afresh). */
  apply: (detail: CaseDetail | null) => void;
}

/**
 * Loads case `id` and keeps it fresh.
 * @param id the case id from the path.
 * @example const { detail, apply } = useCaseDetail(id);
 */
export function useCaseDetail(id: string): CaseDetailState {
  const [detail, setDetail] = useState<CaseDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const live = useRef(true);
  // A poll that left before an action's answer must not overwrite it with older times.
  const generation = useRef(0);

  const refresh = useCallback((): void => {
    generation.current += 1;
    const mine = generation.current;
    fetchCase(id)
      .then((answer) => {
        if (live.current && mine === generation.current) {
          setDetail(answer);
          setError(null);
        }
      })
      .catch((caught: unknown) => live.current && setError(caught));
  }, [id]);

  useEffect(() => {
    live.current = true;
    refresh();
    const timer = window.setInterval(() => {
      if (document.visibilityState !== 'hidden') {
        refresh();
      }
    }, boardPollMs);
    return () => {
      live.current = false;
      window.clearInterval(timer);
    };
  }, [refresh]);

  const apply = useCallback(
    (answer: CaseDetail | null): void => {
      if (answer === null) {
        refresh();
      } else {
        generation.current += 1;
        setDetail(answer);
      }
    },
    [refresh],
  );
  return { detail, error, refresh, apply };
}
