/**
 * Page geometry of the monthly quality report (A4 portrait) and a cursor that moves down the page,
 * starting a new page when the next block would not fit; plus the ✓ and ✗ marks, drawn as vectors
 * because the report's CJK font has ✓ but no ✗.
 */
import { mm } from '../reports/ecg-paper.js';

/** A4 portrait, mm. */
export const a4 = { widthMm: 210, heightMm: 297, marginMm: 15, footerMm: 285 } as const;

/** Width between the margins, mm. */
export const contentWidthMm = a4.widthMm - 2 * a4.marginMm;

/** Where the next block goes; `ensure` starts a new page when a block would not fit. */
export interface PageCursor {
  doc: PDFKit.PDFDocument;
  /** Top of the next block, mm from the top of the page. */
  yMm: number;
  /**
   * Makes room for a block of `heightMm`: a new page (cursor at its top margin) when the block
   * would run into the footer.
   * @returns true when a page was added (so a table repeats its header).
   */
  ensure(heightMm: number): boolean;
}

/**
 * A cursor at `yMm` on the current page of `doc`.
 * @example const cursor = pageCursor(doc, 45); cursor.ensure(20);
 */
export function pageCursor(doc: PDFKit.PDFDocument, yMm: number): PageCursor {
  const cursor: PageCursor = {
    doc,
    yMm,
    ensure(heightMm) {
      if (cursor.yMm + heightMm <= a4.footerMm - 4) {
        return false;
      }
      doc.addPage();
      cursor.yMm = a4.marginMm;
      return true;
    },
  };
  return cursor;
}

/**
 * A check mark (met) or a cross (missed) in a square of `sizeMm` whose top-left is at (xMm, yMm).
 * @example drawMark(doc, true, 20, 50, 3)
 */
export function drawMark(
  doc: PDFKit.PDFDocument,
  met: boolean,
  xMm: number,
  yMm: number,
  sizeMm: number,
): void {
  const s = sizeMm;
  doc.save().lineWidth(mm(0.45)).lineCap('round').lineJoin('round');
  if (met) {
    doc
      .moveTo(mm(xMm + 0.1 * s), mm(yMm + 0.55 * s))
      .lineTo(mm(xMm + 0.4 * s), mm(yMm + 0.85 * s))
      .lineTo(mm(xMm + 0.95 * s), mm(yMm + 0.15 * s))
      .stroke('#237804');
  } else {
    doc
      .moveTo(mm(xMm + 0.15 * s), mm(yMm + 0.15 * s))
      .lineTo(mm(xMm + 0.85 * s), mm(yMm + 0.85 * s))
      .moveTo(mm(xMm + 0.85 * s), mm(yMm + 0.15 * s))
      .lineTo(mm(xMm + 0.15 * s), mm(yMm + 0.85 * s))
      .stroke('#cf1322');
  }
  doc.restore();
}
