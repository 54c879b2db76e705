import type { PriorStudies, StudyEvent } from '@gesang/domain';
import { useEffect, useRef, useState } from 'react';
import { fetchPriorStudies } from './prior-api.js';

/** A study's earlier ECGs as last fetched. */
export interface PriorStudiesState {
  prior: PriorStudies | null;
  error: unknown;
}

/**
 * The patient's earlier ECGs for the study shown, fetched on opening and again when a live event
 * concerns this study (the county matched or corrected its patient: the list may change).
 * @param studyId the study shown.
 * @param lastEvent the latest live event of any study.
 */
export function usePriorStudies(studyId: string, lastEvent: StudyEvent | null): PriorStudiesState {
  const [state, setState] = useState<PriorStudiesState & { studyId: string }>({
    studyId,
    prior: null,
    error: null,
  });
  const generation = useRef(0);
  const patientEvent =
    lastEvent !== null && lastEvent.studyId === studyId && lastEvent.kind === 'patient'
      ? lastEvent.id
      : null;

  useEffect(() => {
    const mine = ++generation.current;
    fetchPriorStudies(studyId).then(
      (prior) => mine === generation.current && setState({ studyId, prior, error: null }),
      (error: unknown) =>
        mine === generation.current && setState((s) => ({ ...s, studyId, error })),
    );
  }, [studyId, patientEvent]);

  return state.studyId === studyId
    ? { prior: state.prior, error: state.error }
    : { prior: null, error: null };
}
