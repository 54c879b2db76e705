import type { Study, StudyEvent } from '@gesang/domain';
import { useCallback, useEffect, useRef, useState } from 'react';
import { fetchStudy } from '../../api/ecg-reader.js';

/** One study as last fetched. */
export interface StudyState {
  study: Study | null;
  /** The last fetch's failure (404 when it is not visible). */
  error: unknown;
  /** Take a study the server answered with (after sign or amend). */
  setStudy: (study: Study) => void;
  /** Fetch it again. */
  reload: () => void;
}

/**
 * A study, fetched on mount and again whenever a live event concerns it (claimed by someone else,
 * released, signed or amended elsewhere).
 * @param studyId the study.
 * @param lastEvent the latest live event of any study.
 */
export function useStudy(studyId: string, lastEvent: StudyEvent | null): StudyState {
  const [study, setStudy] = useState<Study | null>(null);
  const [error, setError] = useState<unknown>(null);
  const generation = useRef(0);

  const reload = useCallback((): void => {
    const mine = ++generation.current;
    fetchStudy(studyId)
      .then((next) => {
        if (mine === generation.current) {
          setStudy(next);
          setError(null);
        }
      })
      .catch((failure: unknown) => {
        if (mine === generation.current) {
          setError(failure);
        }
      });
  }, [studyId]);

  useEffect(reload, [reload]);
  useEffect(() => {
    if (lastEvent !== null && lastEvent.studyId === studyId) {
      reload();
    }
  }, [lastEvent, studyId, reload]);

  const adopt = useCallback((next: Study): void => {
    generation.current += 1; // an older fetch still under way must not overwrite this
    setStudy(next);
    setError(null);
  }, []);

  return { study, error, setStudy: adopt, reload };
}
