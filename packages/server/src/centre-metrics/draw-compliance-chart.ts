/**
 * The report's bar chart, drawn with pdfkit vectors: for each metric with a compliance figure or a
 * share, a horizontal bar of the month's value (0–100 %) against a dark tick at the goal; green
 * when the goal is reached, red when not, grey-blue without a goal.
 */
import { mm } from '../reports/ecg-paper.js';
import { drawLine, textWidth } from '../reports/pdf-text.js';
import { a4, type PageCursor } from './pdf-page.js';
import { percent, type ReportMetricRow } from './report-figures.js';

const labelMm = 62;
const barAreaMm = 100;
const rowMm = 7;

function barColour(row: ReportMetricRow): string {
  if (row.goal === null || row.share === null) {
    return '#7a8ca5';
  }
  const reached = row.higherIsBetter ? row.share >= row.goal : row.share <= row.goal;
  return reached ? '#52a435' : '#d9363e';
}

function drawAxis(doc: PDFKit.PDFDocument, x0: number, top: number, bottom: number): void {
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    const x = x0 + tick * barAreaMm;
    doc
      .moveTo(mm(x), mm(top))
      .lineTo(mm(x), mm(bottom))
      .lineWidth(0.3)
      .dash(1.5, { space: 1.5 })
      .stroke('#bfbfbf')
      .undash();
    const label = `${tick * 100}%`;
    const style = { size: 6.5, color: '#595959' };
    drawLine(doc, label, mm(x) - textWidth(doc, label, style) / 2, mm(bottom + 3.2), style);
  }
}

/**
 * Draws the chart from the cursor down (skipped when no metric has a share).
 * @example drawComplianceChart(cursor, rows);
 */
export function drawComplianceChart(cursor: PageCursor, rows: readonly ReportMetricRow[]): void {
  const bars = rows.filter((row) => row.share !== null);
  if (bars.length === 0) {
    return;
  }
  const { doc } = cursor;
  cursor.ensure(12 + bars.length * rowMm + 6);
  drawLine(doc, '达标率与目标', mm(a4.marginMm), mm(cursor.yMm + 4), { size: 10, bold: true });
  drawLine(
    doc,
    'Compliance against the goal (tick: goal)',
    mm(a4.marginMm + 26),
    mm(cursor.yMm + 4),
    {
      size: 7.5,
      color: '#595959',
    },
  );
  const top = cursor.yMm + 7;
  const x0 = a4.marginMm + labelMm;
  const bottom = top + bars.length * rowMm;
  drawAxis(doc, x0, top, bottom);
  bars.forEach((row, index) => {
    const y = top + index * rowMm;
    drawLine(doc, row.labelZh, mm(a4.marginMm), mm(y + 4.6), { size: 7.5 });
    const share = row.share ?? 0;
    doc.rect(mm(x0), mm(y + 1.5), mm(Math.max(0.4, share * barAreaMm)), mm(4)).fill(barColour(row));
    drawLine(doc, percent(row.share), mm(x0 + share * barAreaMm + 1.5), mm(y + 4.6), {
      size: 7,
      color: '#262626',
    });
    if (row.goal !== null) {
      const gx = x0 + row.goal * barAreaMm;
      doc
        .moveTo(mm(gx), mm(y + 0.3))
        .lineTo(mm(gx), mm(y + 6.7))
        .lineWidth(1.8)
        .stroke('#262626');
    }
  });
  cursor.yMm = bottom + 8;
}
