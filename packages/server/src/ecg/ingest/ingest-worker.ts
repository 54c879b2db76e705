/**
 * Worker-thread entry of the ingest pool: receives a file's bytes, answers with the
 * {@link IngestOutcome} (see `analyse-bytes.ts`). Bundled to `dist/ingest-worker.js`.
 */
import { parentPort } from 'node:worker_threads';
import type { WorkerReply } from '../../jobs/worker-pool.js';
import { analyseBytes, type IngestOutcome } from './analyse-bytes.js';

/** One task: the whole file. */
export interface IngestTask {
  bytes: Uint8Array;
}

parentPort?.on('message', (message: { taskId: number; input: IngestTask }) => {
  let reply: WorkerReply<IngestOutcome>;
  try {
    reply = { taskId: message.taskId, ok: true, output: analyseBytes(message.input.bytes) };
  } catch (error) {
    reply = {
      taskId: message.taskId,
      ok: false,
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    };
  }
  parentPort?.postMessage(reply);
});
