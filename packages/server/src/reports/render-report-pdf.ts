/**
 * The signed ECG report as a PDF: one A4 landscape page in the clinical layout (hospital head,
 * patient line, measurements, the reader's statements and conclusion, the 12-lead ECG on true-size
 * paper, signature footer), printable at once on a county printer. The viewer preferences ask for
 * no print scaling, so the 1 mm grid stays 1 mm on paper.
 */
import PDFDocument from 'pdfkit';
import type { EcgRecord } from '@gesang/ecg-formats';
import type { Config } from '../config/config.js';
import { drawContinuation } from './draw-continuation.js';
import {
  drawMeasurements,
  fitFindings,
  statementsAndConclusion,
  type BoxMm,
  type Findings,
} from './draw-findings.js';
import {
  amendmentFits,
  amendmentText,
  drawFooter,
  drawScaleLine,
  SECOND_LINE_BASELINE_MM,
} from './draw-footer.js';
import { drawHeader, page } from './draw-header.js';
import { drawTraces } from './draw-traces.js';
import { drawEcgPaper, mm, type RectMm } from './ecg-paper.js';
import { drawLine, registerFonts, textWidth } from './pdf-text.js';
import { printableLeads } from './printable-leads.js';
import { reportMeasurements, resolveStatements } from './report-content.js';
import type { ReportFonts } from './report-fonts.js';
import type { SignedReport } from './signed-report.js';

/** What the renderer needs. */
export interface RenderReportInput {
  signed: SignedReport;
  /** The study's original file, read again. */
  record: EcgRecord;
  fonts: ReportFonts;
  config: Pick<Config, 'reportFonts' | 'reportTimeZone'>;
}

/** The ECG paper: 53 × 23 big boxes, centred; 4 rows of 28.75 mm. */
const grid: RectMm = { xMm: (page.widthMm - 265) / 2, yMm: 72, widthMm: 265, heightMm: 115 };

function newDocument(signed: SignedReport): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    bufferPages: true,
    displayTitle: true,
    info: {
      Title: `心电图报告 ECG report ${signed.study.id} v${signed.report.version}`,
      Author: signed.report.signedBy.displayName,
      Subject: signed.uploadingOrg.nameZh,
      Creator: 'Gesang',
      Producer: 'Gesang (PDFKit)',
      CreationDate: new Date(signed.report.signedAt),
    },
  });
  // PDF 32000-1 §12.2 (viewer preferences): print at 100 % and pick the tray by page size, so a
  // browser or Acrobat does not shrink the grid to "fit" the printable area. pdfkit writes a
  // plain JS string as a PDF name.
  const root = (
    doc as unknown as { _root: { data: { ViewerPreferences?: { data: Record<string, unknown> } } } }
  )._root;
  if (root.data.ViewerPreferences !== undefined) {
    root.data.ViewerPreferences.data.PrintScaling = 'None';
    root.data.ViewerPreferences.data.PickTrayByPDFSize = true;
  }
  return doc;
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

function numberPages(doc: PDFKit.PDFDocument): void {
  const range = doc.bufferedPageRange();
  if (range.count < 2) {
    return;
  }
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const text = `第 ${i + 1} 页 / 共 ${range.count} 页  page ${i + 1} of ${range.count}`;
    const style = { size: 7, color: '#555555' };
    const x = mm(page.widthMm - page.marginMm) - textWidth(doc, text, style);
    drawLine(doc, text, x, mm(SECOND_LINE_BASELINE_MM), style);
  }
}

/**
 * Renders the report.
 * @returns the PDF bytes.
 * @throws GesangError 503 when a report font cannot be used.
 * @example const pdf = await renderReportPdf({ signed, record, fonts, config });
 */
export async function renderReportPdf(input: RenderReportInput): Promise<Buffer> {
  const { signed, record, fonts, config } = input;
  const doc = newDocument(signed);
  const done = collect(doc);
  registerFonts(doc, fonts, config.reportFonts);
  const topMm = drawHeader(doc, signed) + 1;
  const findings: Findings = {
    measurements: reportMeasurements(signed.study.analysis),
    statements: resolveStatements(signed.report.statements),
    conclusion: signed.report.conclusion,
  };
  const bandHeightMm = grid.yMm - 1.5 - topMm;
  drawMeasurements(doc, findings.measurements, {
    xMm: page.marginMm,
    yMm: topMm,
    widthMm: 64,
    heightMm: bandHeightMm,
  });
  const textBox: BoxMm = {
    xMm: page.marginMm + 68,
    yMm: topMm,
    widthMm: page.widthMm - 2 * page.marginMm - 68,
    heightMm: bandHeightMm,
  };
  const fit = fitFindings(doc, findings, textBox);
  const overflow = fit === null || !amendmentFits(doc, signed);
  if (fit !== null) {
    statementsAndConclusion(doc, findings, textBox, fit.scale, fit.columns, true);
  } else {
    drawLine(doc, '诊断与结论较长，完整内容见续页。', mm(textBox.xMm), mm(textBox.yMm + 9), {
      size: 12,
      bold: true,
    });
    drawLine(
      doc,
      'The statements and conclusion continue on the next page.',
      mm(textBox.xMm),
      mm(textBox.yMm + 14),
      { size: 9, color: '#555555' },
    );
  }
  const signal = printableLeads(record);
  drawEcgPaper(doc, grid);
  drawTraces(doc, signal, grid);
  drawScaleLine(doc, signal, signed, grid.xMm, grid.xMm + grid.widthMm, grid.yMm + grid.heightMm);
  drawFooter(doc, signed, config.reportTimeZone);
  if (overflow) {
    drawContinuation(
      doc,
      findings,
      amendmentText(signed),
      `${signed.study.id} v${signed.report.version}`,
    );
  }
  numberPages(doc);
  doc.end();
  return done;
}
