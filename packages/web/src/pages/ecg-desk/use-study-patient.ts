import type { StudyPatient } from '@gesang/domain';
import { useCallback, useEffect, useRef, useState } from 'react';
import { fetchStudyPatient } from './patient-match-api.js';

/** The patient block of one study as last fetched. */
export interface StudyPatientState {
  view: StudyPatient | null;
  error: unknown;
  /** Take what a change answered (newer than any fetch under way). */
  adopt: (view: StudyPatient) => void;
}

/**
 * Loads a study's patient block and again whenever `tick` moves (a live event of the study: the
 * file was read, or someone at the desk changed the patient).
 * @param studyId the study.
 * @param tick bumped by each live event of the study.
 */
export function useStudyPatient(studyId: string, tick: number): StudyPatientState {
  const [view, setView] = useState<StudyPatient | null>(null);
  const [error, setError] = useState<unknown>(null);
  const generation = useRef(0);

  useEffect(() => {
    const mine = ++generation.current;
    fetchStudyPatient(studyId).then(
      (next) => {
        if (mine === generation.current) {
          setView(next);
          setError(null);
        }
      },
      (failure: unknown) => {
        if (mine === generation.current) {
          setError(failure);
        }
      },
    );
  }, [studyId, tick]);

  const adopt = useCallback((next: StudyPatient): void => {
    generation.current += 1;
    setView(next);
    setError(null);
  }, []);

  return { view: view?.studyId === studyId ? view : null, error, adopt };
}
