import type { PriorStudies, StudyEvent } from '@gesang/domain';
import { useCallback, useState } from 'react';
import { usePriorStudies } from './use-prior-studies.js';

/** The study page's earlier ECGs and which one is being compared. */
export interface PriorCompareState {
  prior: PriorStudies | null;
  /** The earlier ECG shown side by side, or null (also when it left the list). */
  comparingId: string | null;
  compare: (priorId: string | null) => void;
  /**
   * The shortcut: closes the comparison, or opens it with the newest earlier ECG.
   * @returns false when there is nothing to compare (the key keeps its default action).
   */
  toggle: () => boolean;
}

/**
 * Earlier ECGs of the study's patient (reloaded when the county changes the patient) and the
 * side-by-side comparison's state.
 * @param studyId the study shown.
 * @param lastEvent the latest live event of any study.
 */
export function usePriorCompare(studyId: string, lastEvent: StudyEvent | null): PriorCompareState {
  const { prior } = usePriorStudies(studyId, lastEvent);
  const [chosen, setChosen] = useState<string | null>(null);
  const items = prior?.items ?? [];
  const comparingId = chosen !== null && items.some((p) => p.id === chosen) ? chosen : null;
  const newest = items[0]?.id ?? null;
  const toggle = useCallback((): boolean => {
    if (comparingId !== null) {
      setChosen(null);
      return true;
    }
    if (newest === null) {
      return false;
    }
    setChosen(newest);
    return true;
  }, [comparingId, newest]);
  return { prior, comparingId, compare: setChosen, toggle };
}
