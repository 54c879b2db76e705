/**
 * The worker side of a PDF renderer on a worker thread (ECG reports, monthly quality reports):
 * one task in, the PDF or a GesangError's parts out, anything else as a failed task.
 */
import { parentPort } from 'node:worker_threads';
import { isGesangError } from '@gesang/domain';
import type { WorkerReply } from '../jobs/worker-pool.js';

/** The PDF, or a GesangError's parts (a missing font keeps its 503 and message). */
export type PdfOutcome =
  { ok: true; pdf: Uint8Array } | { ok: false; status: number; message: string };

/**
 * Answers the parent thread's tasks with `render`; call once at the top of a worker module.
 * @param render draws one task's PDF (the same function the parent uses in-process).
 * @example servePdfTasks(renderFromBytes);
 */
export function servePdfTasks<Task>(render: (task: Task) => Promise<Uint8Array>): void {
  parentPort?.on('message', (message: { taskId: number; input: Task }) => {
    void (async () => {
      let reply: WorkerReply<PdfOutcome>;
      try {
        const pdf = await render(message.input);
        reply = { taskId: message.taskId, ok: true, output: { ok: true, pdf } };
      } catch (error) {
        reply = isGesangError(error)
          ? {
              taskId: message.taskId,
              ok: true,
              output: { ok: false, status: error.status, message: error.message },
            }
          : {
              taskId: message.taskId,
              ok: false,
              error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
            };
      }
      parentPort?.postMessage(reply);
    })();
  });
}
