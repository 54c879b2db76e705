/**
 * Messages between the preview page and its worker, which reads and analyses files off the main
 * thread so that a slow county PC keeps scrolling while a long record is parsed.
 */
import type { InterpretContext, Interpretation } from '@gesang/ecg-signal';
import type { EcgSignal } from '@gesang/ecg-signal';
import type { LocalFile, LocalRead, ReadFailure } from './read-local-files.js';

/** A job for the worker. */
export type WorkerRequest =
  | { id: number; kind: 'read'; files: LocalFile[] }
  | { id: number; kind: 'interpret'; signal: EcgSignal; context: InterpretContext };

/** The worker's answer to the job with the same id. */
export type WorkerResponse =
  | { id: number; ok: true; kind: 'read'; result: LocalRead }
  | { id: number; ok: true; kind: 'interpret'; result: Interpretation }
  | { id: number; ok: false; failure: ReadFailure };
