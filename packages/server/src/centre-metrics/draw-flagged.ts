/**
 * The report's list of cases flagged for review in the month (order violations, FMC → first ECG
 * over 60 minutes …): case number, arrival time and each problem in words. Case numbers and times
 * only, no patient names: the report is an aggregate.
 */
import { mm } from '../reports/ecg-paper.js';
import { wrapText } from '../reports/pdf-wrap.js';
import { drawLine } from '../reports/pdf-text.js';
import { chinaDateTime } from './export-values.js';
import { a4, type PageCursor } from './pdf-page.js';

/** One flagged case as the report lists it. */
export interface FlaggedCaseLine {
  caseId: string;
  /** The case's reference instant (arrival), epoch ms. */
  atMs: number;
  /** Each review flag in words. */
  problems: string[];
}

/** Most cases listed; the rest are counted. */
export const maxFlaggedListed = 150;

function drawHeader(cursor: PageCursor): void {
  const { doc } = cursor;
  doc.rect(mm(a4.marginMm), mm(cursor.yMm), mm(180), mm(6)).fill('#f0f0f0');
  const style = { size: 7.5, bold: true };
  drawLine(doc, '病例编号 Case', mm(a4.marginMm + 1.5), mm(cursor.yMm + 4.2), style);
  drawLine(doc, '到达时间 Arrival', mm(a4.marginMm + 60), mm(cursor.yMm + 4.2), style);
  drawLine(doc, '问题 Problem', mm(a4.marginMm + 88), mm(cursor.yMm + 4.2), style);
  cursor.yMm += 6;
}

/**
 * Draws the section from the cursor down.
 * @example drawFlaggedCases(cursor, lines);
 */
export function drawFlaggedCases(cursor: PageCursor, lines: readonly FlaggedCaseLine[]): void {
  const { doc } = cursor;
  cursor.ensure(20);
  drawLine(doc, `待审核病例（${lines.length} 例）`, mm(a4.marginMm), mm(cursor.yMm + 4), {
    size: 10,
    bold: true,
  });
  drawLine(doc, 'Cases flagged for review', mm(a4.marginMm + 40), mm(cursor.yMm + 4), {
    size: 7.5,
    color: '#595959',
  });
  cursor.yMm += 7;
  if (lines.length === 0) {
    drawLine(
      doc,
      '本月无待审核病例。 No case flagged this month.',
      mm(a4.marginMm),
      mm(cursor.yMm + 4),
      {
        size: 8.5,
      },
    );
    cursor.yMm += 8;
    return;
  }
  drawHeader(cursor);
  const style = { size: 8 };
  for (const line of lines.slice(0, maxFlaggedListed)) {
    const wrapped = line.problems.flatMap((p) => wrapText(doc, p, mm(92), style));
    const heightMm = 2 + 4.2 * wrapped.length;
    if (cursor.ensure(heightMm)) {
      drawHeader(cursor);
    }
    // The whole case number, so the case can be found for its correction.
    drawLine(doc, line.caseId, mm(a4.marginMm + 1.5), mm(cursor.yMm + 4), {
      size: 6.5,
      color: '#262626',
    });
    drawLine(doc, chinaDateTime(line.atMs), mm(a4.marginMm + 60), mm(cursor.yMm + 4), style);
    wrapped.forEach((text, i) => {
      drawLine(doc, text, mm(a4.marginMm + 88), mm(cursor.yMm + 4 + 4.2 * i), style);
    });
    cursor.yMm += heightMm;
  }
  if (lines.length > maxFlaggedListed) {
    const more = lines.length - maxFlaggedListed;
    drawLine(
      doc,
      `另有 ${more} 例未列出（见 CSV 导出）。 ${more} more in the CSV export.`,
      mm(a4.marginMm),
      mm(cursor.yMm + 4),
      style,
    );
    cursor.yMm += 6;
  }
}
