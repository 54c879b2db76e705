/**
 * Worker-thread entry of the monthly quality report: draws the PDF off the event loop (font
 * subsetting takes about a second of CPU), as `reports/report-worker.ts` does for ECG reports.
 * Bundled to `dist/quality-report-worker.js` when the build lists it.
 */
import { parentPort } from 'node:worker_threads';
import { isGesangError } from '@gesang/domain';
import type { WorkerReply } from '../jobs/worker-pool.js';
import { loadReportFonts } from '../reports/report-fonts.js';
import { renderQualityReport, type QualityReportInput } from './quality-pdf.js';

/** One task: the report's figures and where its fonts are (the worker reads them). */
export type QualityReportTask = Omit<QualityReportInput, 'fonts'>;

/** The PDF, or a GesangError's parts (a missing font keeps its 503 and message). */
export type QualityReportOutcome =
  { ok: true; pdf: Uint8Array } | { ok: false; status: number; message: string };

/**
 * Renders one report (in the worker, and in-process when no worker script is available).
 * @throws GesangError 503 for an unusable font.
 */
export async function renderQualityTask(task: QualityReportTask): Promise<Uint8Array> {
  const fonts = await loadReportFonts(task.fontSources);
  const pdf = await renderQualityReport({ ...task, fonts });
  return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}

parentPort?.on('message', (message: { taskId: number; input: QualityReportTask }) => {
  void (async () => {
    let reply: WorkerReply<QualityReportOutcome>;
    try {
      const pdf = await renderQualityTask(message.input);
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
