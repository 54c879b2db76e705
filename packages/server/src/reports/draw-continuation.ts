/**
 * Continuation pages, used only when the signed text does not fit the first page even in small
 * type: every statement, the whole conclusion and the amendment reason, flowing over as many
 * pages as they need. Nothing the reader signed is ever cut.
 */
import { page } from './draw-header.js';
import { mm } from './ecg-paper.js';
import { drawLine, linePitch, type TextStyle } from './pdf-text.js';
import { wrapText } from './pdf-wrap.js';
import type { Findings } from './draw-findings.js';

const grey = '#555555';

/**
 * Adds pages with the full statements, conclusion and (if any) amendment text.
 * @param title the running head of each page (e.g. the study id).
 */
export function drawContinuation(
  doc: PDFKit.PDFDocument,
  findings: Findings,
  amendment: string | null,
  title: string,
): void {
  const left = mm(page.marginMm);
  const width = mm(page.widthMm - 2 * page.marginMm);
  const bottom = mm(page.heightMm - 12);
  let y = 0;
  const newPage = (): void => {
    doc.addPage({ size: 'A4', layout: 'landscape', margin: 0 });
    drawLine(doc, `心电图报告（续） ECG report, continued · ${title}`, left, mm(12), {
      size: 8,
      color: grey,
    });
    y = mm(17);
  };
  const paragraph = (text: string, style: TextStyle, indentPt = 0): void => {
    for (const line of wrapText(doc, text, width - indentPt, style)) {
      const pitch = linePitch(line, style);
      if (y + pitch > bottom) {
        newPage();
      }
      drawLine(doc, line, left + indentPt, y + style.size * 1.02, style);
      y += pitch;
    }
  };
  newPage();
  paragraph('诊断 Statements（医师签署 signed by the reader）', { size: 8, color: grey });
  for (const s of findings.statements) {
    const main =
      s.en === null
        ? (s.readerText ?? s.zh)
        : s.readerText === null
          ? s.zh
          : `${s.zh}：${s.readerText}`;
    paragraph(`• ${main}`, { size: 10.5, bold: true });
    const code = s.snomedCt === null ? s.code : `SNOMED CT ${s.snomedCt}`;
    paragraph(
      s.en === null ? '自由文本 free text' : `${s.en} · ${code}`,
      { size: 7.5, color: grey },
      12,
    );
  }
  y += 6;
  paragraph('结论 Conclusion', { size: 8, color: grey });
  paragraph(findings.conclusion, { size: 11.5, bold: true });
  if (amendment !== null) {
    y += 6;
    paragraph(amendment, { size: 9, bold: true, color: '#8b0000' });
  }
}
