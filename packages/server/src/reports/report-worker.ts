/**
 * Worker-thread entry of the report renderer: reads the study's file and draws the PDF off the
 * event loop (font shaping, subsetting and filtering take a few hundred milliseconds of CPU).
 * Bundled to `dist/report-worker.js`.
 */
import { servePdfTasks } from './pdf-task-protocol.js';
import { readEcgFile } from '@gesang/ecg-formats';
import type { Config } from '../config/config.js';
import { renderReportPdf } from './render-report-pdf.js';
import { loadReportFonts } from './report-fonts.js';
import type { SignedReport } from './signed-report.js';

/** One task: the report, the original file and the font and time settings. */
export interface ReportTask {
  signed: SignedReport;
  fileBytes: Uint8Array<ArrayBuffer>;
  config: Pick<Config, 'reportFonts' | 'reportTimeZone'>;
}

/**
 * Renders one report from its file's bytes (used by the worker, and in-process when no worker
 * script is available).
 * @throws whatever reading or drawing throws; GesangError for an unusable font.
 */
export async function renderFromBytes(task: ReportTask): Promise<Uint8Array> {
  const fonts = await loadReportFonts(task.config.reportFonts);
  const record = readEcgFile(task.fileBytes);
  const pdf = await renderReportPdf({ signed: task.signed, record, fonts, config: task.config });
  return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}

servePdfTasks(renderFromBytes);
