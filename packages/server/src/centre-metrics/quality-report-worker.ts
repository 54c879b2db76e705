/**
 * Worker-thread entry of the monthly quality report: draws the PDF off the event loop (font
 * subsetting takes about a second of CPU), as `reports/report-worker.ts` does for ECG reports.
 * Bundled to `dist/quality-report-worker.js` when the build lists it.
 */
import { servePdfTasks } from '../reports/pdf-task-protocol.js';
import { loadReportFonts } from '../reports/report-fonts.js';
import { renderQualityReport, type QualityReportInput } from './quality-pdf.js';

/** One task: the report's figures and where its fonts are (the worker reads them). */
export type QualityReportTask = Omit<QualityReportInput, 'fonts'>;

/**
 * Renders one report (in the worker, and in-process when no worker script is available).
 * @throws GesangError 503 for an unusable font.
 */
export async function renderQualityTask(task: QualityReportTask): Promise<Uint8Array> {
  const fonts = await loadReportFonts(task.fontSources);
  const pdf = await renderQualityReport({ ...task, fonts });
  return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}

servePdfTasks(renderQualityTask);
