/**
 * Worker-thread entry of the ingest pool: reads a stored file, answers with the
 * {@link IngestOutcome} (see `analyse-bytes.ts`). Bundled to `dist/ingest-worker.js`. The thread
 * reads the file itself, so that a job waiting for the thread holds a path, not the file's bytes,
 * and this read never occupies the server's event loop.
 */
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { WorkerReply } from '../../jobs/worker-pool.js';
import { analyseBytes, type IngestOutcome } from './analyse-bytes.js';

/** One task: a file in the content-addressed store. */
export interface IngestTask {
  /** Absolute path of the stored file. */
  path: string;
}

parentPort?.on('message', (message: { taskId: number; input: IngestTask }) => {
  let reply: WorkerReply<IngestOutcome>;
  try {
    const file = readFileSync(message.input.path);
    const bytes = new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
    reply = { taskId: message.taskId, ok: true, output: analyseBytes(bytes) };
  } catch (error) {
    reply = {
      taskId: message.taskId,
      ok: false,
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    };
  }
  parentPort?.postMessage(reply);
});
