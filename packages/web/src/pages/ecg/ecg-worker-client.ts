/**
 * Promise-based calls into the preview worker (`ecg-worker.ts`). One worker per tab, started on
 * first use; answers are matched to calls by id.
 */
import type { EcgSignal, InterpretContext, Interpretation } from '@gesang/ecg-signal';
import type { LocalFile, LocalRead, ReadFailure } from './read-local-files.js';
import type { WorkerRequest, WorkerResponse } from './worker-protocol.js';

/** A rejected call: the reader's or analyser's failure, as the worker reported it. */
export class WorkerCallError extends Error {
  /** The failure, with the reader's code, byte offset and field when known. */
  readonly failure: ReadFailure;

  /** @param failure as reported by the worker */
  constructor(failure: ReadFailure) {
    super(failure.message);
    this.name = 'WorkerCallError';
    this.failure = failure;
  }
}

type Pending = { resolve: (response: WorkerResponse) => void };

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function startWorker(): Worker {
  if (worker === undefined) {
    worker = new Worker(new URL('./ecg-worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
      pending.get(event.data.id)?.resolve(event.data);
      pending.delete(event.data.id);
    });
    worker.addEventListener('error', (event) => {
      // The worker itself failed (e.g. could not load): fail every waiting call.
      for (const [id, call] of pending) {
        call.resolve({ id, ok: false, failure: { code: 'unknown', message: event.message } });
      }
      pending.clear();
      worker = undefined;
    });
  }
  return worker;
}

async function call(
  request: WorkerRequest,
  transfer: Transferable[] = [],
): Promise<WorkerResponse> {
  const response = await new Promise<WorkerResponse>((resolve) => {
    pending.set(request.id, { resolve });
    startWorker().postMessage(request, transfer);
  });
  if (!response.ok) {
    throw new WorkerCallError(response.failure);
  }
  return response;
}

/**
 * Reads picked files in the worker (their buffers are handed over, not copied).
 * @param files the picked files
 * @returns the record and the files it used
 * @throws WorkerCallError with the reader's failure
 */
export async function readFilesInWorker(files: LocalFile[]): Promise<LocalRead> {
  const response = await call(
    { id: nextId++, kind: 'read', files },
    files.map((f) => f.bytes.buffer),
  );
  if (response.ok && response.kind === 'read') {
    return response.result;
  }
  throw new WorkerCallError({ code: 'unknown', message: 'unexpected worker answer' });
}

/**
 * Interprets a record in the worker.
 * @param signal the record
 * @param context patient sex and age, when known
 * @returns the interpretation
 * @throws WorkerCallError when the analysis fails (e.g. a record too short to analyse)
 */
export async function interpretInWorker(
  signal: EcgSignal,
  context: InterpretContext,
): Promise<Interpretation> {
  const response = await call({ id: nextId++, kind: 'interpret', signal, context });
  if (response.ok && response.kind === 'interpret') {
    return response.result;
  }
  throw new WorkerCallError({ code: 'unknown', message: 'unexpected worker answer' });
}
