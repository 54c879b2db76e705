/**
 * Waveforms for the side-by-side comparison, downloaded and read in the preview worker as
 * `use-study-record.ts` does for the study page, but kept for the last few studies: toggling the
 * comparison on and off, or stepping between earlier ECGs, does not download them again.
 */
import type { EcgRecord } from '@gesang/ecg-formats';
import { useEffect, useState } from 'react';
import { fetchStudyFile } from '../../api/ecg-reader.js';
import { readFilesInWorker, WorkerCallError } from '../ecg/ecg-worker-client.js';
import type { StudyRecordState } from './use-study-record.js';

/** How many read records are kept (the current study and a few earlier ones). */
const keptRecords = 4;

const cache = new Map<string, Promise<EcgRecord>>();

/**
 * The study's record, from the cache or downloaded and read now. A failed read is not kept, so
 * opening the comparison again retries it.
 * @param studyId the study.
 * @example const record = await loadComparedRecord(priorId);
 */
export function loadComparedRecord(studyId: string): Promise<EcgRecord> {
  const kept = cache.get(studyId);
  if (kept !== undefined) {
    // Most recently used last, so the oldest is the first key.
    cache.delete(studyId);
    cache.set(studyId, kept);
    return kept;
  }
  const loading = fetchStudyFile(studyId)
    .then((bytes) => readFilesInWorker([{ name: 'study.ecg', bytes }]))
    .then((read) => read.record);
  cache.set(studyId, loading);
  loading.catch(() => cache.delete(studyId));
  while (cache.size > keptRecords) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) {
      break;
    }
    cache.delete(oldest);
  }
  return loading;
}

/**
 * A study's waveform for the comparison: loading, shown, or why not (as StudyTrace shows it).
 * @param studyId the study.
 */
export function useComparedRecord(studyId: string): StudyRecordState {
  const [state, setState] = useState<StudyRecordState & { studyId: string }>({
    studyId,
    status: 'loading',
  });
  useEffect(() => {
    let current = true;
    loadComparedRecord(studyId).then(
      (record) => current && setState({ studyId, status: 'loaded', record }),
      (error: unknown) =>
        current &&
        setState({
          studyId,
          status: 'failed',
          failure: error instanceof WorkerCallError ? error.failure : null,
          error,
        }),
    );
    return () => {
      current = false;
    };
  }, [studyId]);
  return state.studyId === studyId ? state : { status: 'loading' };
}
