import type { Study } from '@gesang/domain';
import type { EcgRecord } from '@gesang/ecg-formats';
import { useEffect, useState } from 'react';
import { fetchStudy, fetchStudyFile } from '../../api/ecg-desk.js';
import { readFilesInWorker, WorkerCallError } from '../ecg/ecg-worker-client.js';
import type { ReadFailure } from '../ecg/read-local-files.js';

/** The tracing of a study: not wanted (refused file), loading, shown, or why it cannot be. */
export type TracingState =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'loaded'; record: EcgRecord }
  | { status: 'failed'; failure: ReadFailure | null; error: unknown };

/** One study for the desk's read-only view. */
export interface DeskStudy {
  study: Study | null;
  error: unknown;
  tracing: TracingState;
}

/**
 * Loads a study and refetches it whenever `tick` moves (an event of this study arrived); loads
 * its original file once and reads it in the preview page's worker, with the same readers the
 * server used, so the tracing shown is the one the reader sees.
 * @param id the study
 * @param tick bumped by each live event of the study
 */
export function useDeskStudy(id: string, tick: number): DeskStudy {
  const [study, setStudy] = useState<Study | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [tracing, setTracing] = useState<TracingState>({ status: 'loading' });
  const rejected = study?.status === 'rejected';
  const known = study !== null && study.id === id;

  useEffect(() => {
    let current = true;
    fetchStudy(id).then(
      (s) => current && (setStudy(s), setError(null)),
      (cause: unknown) => current && setError(cause),
    );
    return () => {
      current = false;
    };
  }, [id, tick]);

  useEffect(() => {
    if (!known) {
      return undefined;
    }
    if (rejected) {
      setTracing({ status: 'none' });
      return undefined;
    }
    let current = true;
    setTracing({ status: 'loading' });
    const name = study.fileName ?? 'ecg';
    fetchStudyFile(id)
      .then((bytes) => readFilesInWorker([{ name, bytes }]))
      .then(
        (read) => current && setTracing({ status: 'loaded', record: read.record }),
        (cause: unknown) =>
          current &&
          setTracing({
            status: 'failed',
            failure: cause instanceof WorkerCallError ? cause.failure : null,
            error: cause,
          }),
      );
    return () => {
      current = false;
    };
    // The file never changes: load it once per study, not on each status change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, known, rejected]);

  return { study: known ? study : null, error, tracing };
}
