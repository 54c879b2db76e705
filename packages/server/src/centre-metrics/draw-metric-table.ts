/**
 * The report's metric table: each metric of the centre with its count, mean and median minutes,
 * compliance (or share), targets, and whether the month met them (✓ 达标 / ✗ 未达标).
 */
import { mm } from '../reports/ecg-paper.js';
import { drawLine, textWidth, type TextStyle } from '../reports/pdf-text.js';
import { a4, drawMark, type PageCursor } from './pdf-page.js';
import { minutes, percent, type ReportMetricRow, type Verdict } from './report-figures.js';

/** Column widths, mm (sum: the content width, 180 mm). */
const widths = [60, 13, 16, 17, 18, 36, 20] as const;
const headers: [string, string][] = [
  ['指标', 'Metric'],
  ['例数', 'n'],
  ['均值(分钟)', 'Mean'],
  ['中位数(分钟)', 'Median'],
  ['达标率/比例', 'Compliance'],
  ['目标', 'Target'],
  ['结果', 'Result'],
];
const verdictText: Record<Verdict, string> = {
  met: '达标',
  missed: '未达标',
  tracked: '监测',
  no_cases: '无病例',
};

function columnX(index: number): number {
  return a4.marginMm + widths.slice(0, index).reduce((a, b) => a + b, 0);
}

/** Text right-aligned in column `index`, baseline at `baselineMm`. */
function right(
  doc: PDFKit.PDFDocument,
  text: string,
  index: number,
  baselineMm: number,
  style: TextStyle,
): void {
  const x = mm(columnX(index) + (widths[index] ?? 0) - 2) - textWidth(doc, text, style);
  drawLine(doc, text, x, mm(baselineMm), style);
}

function drawHeader(cursor: PageCursor): void {
  const { doc } = cursor;
  doc.rect(mm(a4.marginMm), mm(cursor.yMm), mm(180), mm(9)).fill('#f0f0f0');
  headers.forEach(([zh, en], index) => {
    const x = mm(columnX(index) + 1.5);
    drawLine(doc, zh, x, mm(cursor.yMm + 4), { size: 7.5, bold: true });
    drawLine(doc, en, x, mm(cursor.yMm + 7.6), { size: 6.5, color: '#595959' });
  });
  cursor.yMm += 9;
}

function drawRow(cursor: PageCursor, row: ReportMetricRow, shade: boolean): void {
  const { doc } = cursor;
  const top = cursor.yMm;
  const heightMm = Math.max(10, 4 + 4 * row.targetLines.length);
  if (shade) {
    doc.rect(mm(a4.marginMm), mm(top), mm(180), mm(heightMm)).fill('#fafafa');
  }
  drawLine(doc, row.labelZh, mm(columnX(0) + 1.5), mm(top + 4.3), { size: 8.5, bold: true });
  drawLine(doc, row.labelEn, mm(columnX(0) + 1.5), mm(top + 8), { size: 6.5, color: '#595959' });
  const figure: TextStyle = { size: 8.5 };
  right(doc, String(row.count), 1, top + 4.3, figure);
  right(doc, minutes(row.meanMin), 2, top + 4.3, figure);
  right(doc, minutes(row.medianMin), 3, top + 4.3, figure);
  right(doc, percent(row.share), 4, top + 4.3, figure);
  row.targetLines.forEach((line, i) => {
    drawLine(doc, line, mm(columnX(5) + 1.5), mm(top + 4.3 + 4 * i), { size: 7.5 });
  });
  const x = columnX(6) + 1.5;
  if (row.verdict === 'met' || row.verdict === 'missed') {
    drawMark(doc, row.verdict === 'met', x, top + 1.6, 3.2);
    drawLine(doc, verdictText[row.verdict], mm(x + 4.5), mm(top + 4.3), {
      size: 8.5,
      bold: true,
      color: row.verdict === 'met' ? '#237804' : '#cf1322',
    });
  } else {
    drawLine(doc, verdictText[row.verdict], mm(x), mm(top + 4.3), { size: 8, color: '#8c8c8c' });
  }
  doc
    .moveTo(mm(a4.marginMm), mm(top + heightMm))
    .lineTo(mm(a4.marginMm + 180), mm(top + heightMm))
    .lineWidth(0.4)
    .stroke('#d9d9d9');
  cursor.yMm = top + heightMm;
}

/**
 * Draws the table from the cursor down, repeating the header on a new page.
 * @example drawMetricTable(cursor, reportRows(results));
 */
export function drawMetricTable(cursor: PageCursor, rows: readonly ReportMetricRow[]): void {
  cursor.ensure(19);
  drawHeader(cursor);
  rows.forEach((row, index) => {
    if (cursor.ensure(Math.max(10, 4 + 4 * row.targetLines.length))) {
      drawHeader(cursor);
    }
    drawRow(cursor, row, index % 2 === 1);
  });
  cursor.yMm += 4;
}
