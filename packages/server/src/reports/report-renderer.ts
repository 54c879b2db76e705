/**
 * Renders report PDFs on a worker thread (`dist/report-worker.js`), so that drawing one never
 * stalls the event loop that carries the readers' live pushes; see `pdf-renderer.ts`.
 */
import { createPdfRenderer, type PdfRenderer } from './pdf-renderer.js';
import { renderFromBytes, type ReportTask } from './report-worker.js';

/** Renders reports; close it with the app. */
export type ReportRenderer = PdfRenderer<ReportTask>;

/**
 * Creates the renderer.
 * @param warn logs the in-process fallback once.
 * @example const pdf = await renderer.render({ signed, fileBytes, config });
 */
export function createReportRenderer(warn: (message: string) => void): ReportRenderer {
  return createPdfRenderer<ReportTask>({
    moduleUrl: import.meta.url,
    workerName: 'report-worker',
    renderInProcess: renderFromBytes,
    transfer: (task) => [task.fileBytes.buffer],
    failureMessage: 'Report rendering failed',
    warn,
    fallbackWarning:
      'report-worker.js is missing from the bundle: report PDFs render on the event loop',
  });
}
