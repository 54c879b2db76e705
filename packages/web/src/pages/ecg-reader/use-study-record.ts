import type { EcgRecord } from '@gesang/ecg-formats';
import { useEffect, useState } from 'react';
import { fetchStudyFile } from '../../api/ecg-reader.js';
import { readFilesInWorker, WorkerCallError } from '../ecg/ecg-worker-client.js';
import type { ReadFailure } from '../ecg/read-local-files.js';

/** The waveform of a study: downloading and parsing, shown, or why not. */
export type StudyRecordState =
  | { status: 'loading' }
  | { status: 'loaded'; record: EcgRecord }
  | { status: 'failed'; failure: ReadFailure | null; error: unknown };

/**
 * Downloads a study's original file and reads it in the preview page's Web Worker with the same
 * readers the server used, so a long record never blocks the page.
 * Readers recognise formats by content, so the file's name does not matter (a WFDB record, which
 * needs its header and signal files together, cannot be a single upload).
 * @param studyId the study.
 */
export function useStudyRecord(studyId: string): StudyRecordState {
  const [state, setState] = useState<StudyRecordState>({ status: 'loading' });
  useEffect(() => {
    const abort = new AbortController();
    setState({ status: 'loading' });
    fetchStudyFile(studyId, abort.signal)
      .then((bytes) => readFilesInWorker([{ name: 'study.ecg', bytes }]))
      .then((read) => {
        if (!abort.signal.aborted) {
          setState({ status: 'loaded', record: read.record });
        }
      })
      .catch((error: unknown) => {
        if (!abort.signal.aborted) {
          const failure = error instanceof WorkerCallError ? error.failure : null;
          setState({ status: 'failed', failure, error });
        }
      });
    return () => abort.abort();
  }, [studyId]);
  return state;
}
