/**
 * ECG paper drawn true to size: 1 mm fine lines and 5 mm bold lines, in pale and darker red that
 * stay light greys on a monochrome laser printer, so the black trace stands out either way.
 * PDF user space is in points: 1 mm = 72 / 25.4 pt = 2.8346 pt.
 */

/** Points per millimetre (PDF user space unit is 1/72 in). */
export const PT_PER_MM = 72 / 25.4;

/**
 * Millimetres to points.
 * @example mm(10) // 28.346…
 */
export function mm(valueMm: number): number {
  return valueMm * PT_PER_MM;
}

/** A rectangle on the page, in millimetres from the top-left corner. */
export interface RectMm {
  xMm: number;
  yMm: number;
  widthMm: number;
  heightMm: number;
}

/** Paper colours: fine (1 mm) and bold (5 mm) lines. */
export const paperColours = { fine: '#f4c2c2', bold: '#e08a8a' } as const;

/**
 * Draws the grid over `area` (whole millimetres; lines on every millimetre from its corner).
 * @param doc the PDF.
 * @param area grid rectangle; its width and height should be multiples of 5 mm.
 */
export function drawEcgPaper(doc: PDFKit.PDFDocument, area: RectMm): void {
  const columns = Math.round(area.widthMm);
  const rows = Math.round(area.heightMm);
  const x0 = mm(area.xMm);
  const y0 = mm(area.yMm);
  const x1 = mm(area.xMm + columns);
  const y1 = mm(area.yMm + rows);
  doc.save();
  // One path per line weight keeps the file small and the stroke uniform.
  for (const bold of [false, true]) {
    for (let i = 0; i <= columns; i++) {
      if ((i % 5 === 0) === bold) {
        const x = mm(area.xMm + i);
        doc.moveTo(x, y0).lineTo(x, y1);
      }
    }
    for (let j = 0; j <= rows; j++) {
      if ((j % 5 === 0) === bold) {
        const y = mm(area.yMm + j);
        doc.moveTo(x0, y).lineTo(x1, y);
      }
    }
    doc
      .lineWidth(bold ? 0.6 : 0.25)
      .strokeColor(bold ? paperColours.bold : paperColours.fine)
      .stroke();
  }
  doc.restore();
}
