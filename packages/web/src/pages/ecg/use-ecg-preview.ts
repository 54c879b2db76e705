import type { Interpretation } from '@gesang/ecg-signal';
import { useCallback, useRef, useState } from 'react';
import { interpretInWorker, readFilesInWorker, WorkerCallError } from './ecg-worker-client.js';
import type { LocalRead, ReadFailure } from './read-local-files.js';

/** Where the preview is. */
export type PreviewState =
  | { status: 'idle' }
  | { status: 'reading'; name: string }
  | { status: 'failed'; name: string; failure: ReadFailure }
  | { status: 'loaded'; read: LocalRead; fileSizeBytes: number; loadId: number };

/** The optional machine analysis of the loaded record. */
export type AnalysisState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; result: Interpretation }
  | { status: 'failed'; message: string };

/** The preview's state and its two actions. */
export interface EcgPreview {
  state: PreviewState;
  analysis: AnalysisState;
  open: (files: File[]) => Promise<void>;
  analyse: () => Promise<void>;
}

// Only the worker imports the readers, so the page chunk stays small on a county link.
const failureOf = (error: unknown): ReadFailure =>
  error instanceof WorkerCallError
    ? error.failure
    : { code: 'unknown', message: error instanceof Error ? error.message : String(error) };

/**
 * Opens picked files (read in a worker) and analyses the record on request; a later pick wins
 * over an earlier one still being read.
 */
export function useEcgPreview(): EcgPreview {
  const [state, setState] = useState<PreviewState>({ status: 'idle' });
  const [analysis, setAnalysis] = useState<AnalysisState>({ status: 'idle' });
  const sequence = useRef(0);

  const open = useCallback(async (files: File[]): Promise<void> => {
    const first = files[0];
    if (first === undefined) {
      return;
    }
    const load = ++sequence.current;
    setState({ status: 'reading', name: first.name });
    setAnalysis({ status: 'idle' });
    try {
      const local = await Promise.all(
        files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
      );
      const read = await readFilesInWorker(local);
      if (load === sequence.current) {
        const fileSizeBytes = files.find((f) => f.name === read.shownName)?.size ?? first.size;
        setState({ status: 'loaded', read, fileSizeBytes, loadId: load });
      }
    } catch (error) {
      if (load === sequence.current) {
        setState({ status: 'failed', name: first.name, failure: failureOf(error) });
      }
    }
  }, []);

  const analyse = useCallback(async (): Promise<void> => {
    if (state.status !== 'loaded') {
      return;
    }
    const load = state.loadId;
    const { record } = state.read;
    setAnalysis({ status: 'running' });
    try {
      const result = await interpretInWorker(
        { sampleRateHz: record.sampleRateHz, leads: record.leads },
        {
          ...(record.patient.sex === undefined ? {} : { sex: record.patient.sex }),
          ...(record.patient.ageYears === undefined ? {} : { ageYears: record.patient.ageYears }),
        },
      );
      if (load === sequence.current) {
        setAnalysis({ status: 'done', result });
      }
    } catch (error) {
      if (load === sequence.current) {
        setAnalysis({ status: 'failed', message: failureOf(error).message });
      }
    }
  }, [state]);

  return { state, analysis, open, analyse };
}
