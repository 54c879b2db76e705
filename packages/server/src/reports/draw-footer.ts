/**
 * Below the ECG paper: the recording's scale and filters, and a reminder to print at actual size;
 * then the signature line (reader, signature time, version, the machine's pre-read, study id) and,
 * for an amended report, the reason.
 */
import { drawPairs, fitSize, type LabelledValue } from './draw-pairs.js';
import { mm } from './ecg-paper.js';
import { page } from './draw-header.js';
import { drawLine, textWidth } from './pdf-text.js';
import type { PrintableLeads } from './printable-leads.js';
import { triageNames } from './report-content.js';
import { printedInstant } from './report-time.js';
import type { SignedReport } from './signed-report.js';

const grey = '#555555';

/** Draws the scale line just below the grid, whose bottom is at `gridBottomMm`. */
export function drawScaleLine(
  doc: PDFKit.PDFDocument,
  signal: PrintableLeads,
  signed: SignedReport,
  gridXMm: number,
  gridRightMm: number,
  gridBottomMm: number,
): void {
  const parts = ['25 mm/s', '10 mm/mV'];
  parts.push(
    signal.filter === null
      ? '未滤波 unfiltered'
      : `滤波 filter ${signal.filter.highPassHz}–${signal.filter.lowPassHz} Hz, ${signal.filter.notchHz} Hz 陷波 notch`,
  );
  parts.push(`${signed.study.record?.sampleRateHz ?? signal.sampleRateHz} Hz`);
  parts.push(signed.study.record?.format.name ?? '');
  if (signal.layout === 'strips') {
    parts.push('节律条图（非 12 导联）rhythm strips, not a 12-lead ECG');
  }
  if (signal.derived.length > 0) {
    parts.push(`${signal.derived.join(', ')} 由 I、II 计算 derived from I and II`);
  }
  const style = { size: 7, color: grey };
  const base = mm(gridBottomMm + 3.2);
  drawLine(doc, parts.filter((p) => p !== '').join('   '), mm(gridXMm), base, style);
  const hint = '打印请选“实际大小” Print at actual size (100 %)';
  drawLine(doc, hint, mm(gridRightMm) - textWidth(doc, hint, style), base, style);
}

/** Where the footer's first line sits, mm from the top (the amendment line goes below it). */
export const FOOTER_BASELINE_MM = 197.5;

/**
 * True when the amendment reason fits the footer's line (at 60 % size or more); otherwise the
 * footer points to the continuation page, which prints it whole.
 */
export function amendmentFits(doc: PDFKit.PDFDocument, signed: SignedReport): boolean {
  const text = amendmentText(signed);
  const width = amendmentWidth();
  return (
    text === null ||
    textWidth(doc, text, { size: fitSize(doc, text, 9, width, true), bold: true }) <= width
  );
}

/** Room of the amendment line, pt: the page's width less the page number's corner. */
function amendmentWidth(): number {
  return mm(page.widthMm - 2 * page.marginMm - 50);
}

/** Baseline of the amendment line and of the page number (continued reports), mm. */
export const SECOND_LINE_BASELINE_MM = FOOTER_BASELINE_MM + 5;

/** The amendment line of an amended report, or null for version 1. */
export function amendmentText(signed: SignedReport): string | null {
  const { report } = signed;
  return report.version > 1
    ? `已修订 Amended (v${report.version}): ${report.amendmentReason ?? ''}`
    : null;
}

/** Draws the signature footer at the bottom of the page. */
export function drawFooter(doc: PDFKit.PDFDocument, signed: SignedReport, timeZone: string): void {
  const left = page.marginMm;
  const right = page.widthMm - page.marginMm;
  const { report, study } = signed;
  const baseMm = FOOTER_BASELINE_MM;
  doc
    .save()
    .moveTo(mm(left), mm(baseMm - 4.5))
    .lineTo(mm(right), mm(baseMm - 4.5))
    .lineWidth(0.5)
    .strokeColor('#888888')
    .stroke()
    .restore();
  const triage = study.triage === null ? null : triageNames[study.triage.level];
  const pairs: LabelledValue[] = [
    ['报告医师 Reader', report.signedBy.displayName],
    ['签名时间 Signed', printedInstant(report.signedAt, timeZone)],
    ['版本 Version', String(report.version)],
    [
      '机器预判 Machine pre-read',
      triage === null ? null : `${triage.zh} ${triage.en}`,
      // A critical pre-read stands out (dark red; a dark grey on a monochrome printer).
      ...(study.triage?.level === 'critical' ? ['#b00000'] : []),
    ] as LabelledValue,
  ];
  const idText = `检查号 Study ${study.id}`;
  const idStyle = { size: 6.5, color: grey };
  const idWidth = textWidth(doc, idText, idStyle);
  drawPairs(doc, pairs, mm(left), mm(baseMm), mm(right - left) - idWidth - 12, {
    label: 7.5,
    value: 10,
    gap: 16,
  });
  drawLine(doc, idText, mm(right) - idWidth, mm(baseMm), idStyle);
  const amendment = amendmentText(signed);
  if (amendment !== null) {
    const text = amendmentFits(doc, signed)
      ? amendment
      : `已修订 Amended (v${report.version}): 原因见续页 reason on the next page`;
    const size = fitSize(doc, text, 9, amendmentWidth(), true);
    drawLine(doc, text, mm(left), mm(SECOND_LINE_BASELINE_MM), {
      size,
      bold: true,
      color: '#8b0000',
    });
  }
}
