/**
 * Renders monthly quality reports on a worker thread (`dist/quality-report-worker.js`), so that
 * drawing one never stalls the event loop that carries live pushes; see `reports/pdf-renderer.ts`.
 */
import { createPdfRenderer, type PdfRenderer } from '../reports/pdf-renderer.js';
import { renderQualityTask, type QualityReportTask } from './quality-report-worker.js';

/** Renders quality reports; close it with the app. */
export type QualityRenderer = PdfRenderer<QualityReportTask>;

/**
 * Creates the renderer.
 * @param warn logs the in-process fallback once.
 * @example const pdf = await renderer.render(task);
 */
export function createQualityRenderer(warn: (message: string) => void): QualityRenderer {
  return createPdfRenderer<QualityReportTask>({
    moduleUrl: import.meta.url,
    workerName: 'quality-report-worker',
    renderInProcess: renderQualityTask,
    failureMessage: 'Quality report rendering failed',
    warn,
    fallbackWarning:
      'quality-report-worker.js is missing from the bundle: quality reports render on the event loop',
  });
}
