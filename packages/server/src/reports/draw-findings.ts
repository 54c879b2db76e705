/**
 * The findings band: the engine's measurements on the left; on the right the reader's signed
 * statements (Chinese, with the English text and codes in smaller type) and the conclusion.
 * Everything the reader signed is printed: the band first shrinks its type (to 70 %) and splits the
 * statements into two columns; only when that is still too tall does the full text move to a
 * second page, with a pointer to it.
 */
import { mm } from './ecg-paper.js';
import { drawLine, linePitch, textWidth } from './pdf-text.js';
import { drawWrapped, wrapText, wrappedHeight } from './pdf-wrap.js';
import type { ReportMeasurement, ResolvedStatement } from './report-content.js';

/** Room of a text box, mm. */
export interface BoxMm {
  xMm: number;
  yMm: number;
  widthMm: number;
  heightMm: number;
}

/** What the band prints. */
export interface Findings {
  measurements: ReportMeasurement[];
  statements: ResolvedStatement[];
  conclusion: string;
}

const grey = '#555555';

function value(m: ReportMeasurement | undefined): string {
  return m?.value === null || m?.value === undefined ? '—' : String(m.value);
}

/** Draws the measurement table in `box`. */
export function drawMeasurements(
  doc: PDFKit.PDFDocument,
  measurements: ReportMeasurement[],
  box: BoxMm,
): void {
  const by = (key: ReportMeasurement['key']): ReportMeasurement | undefined =>
    measurements.find((m) => m.key === key);
  const rows: [string, string, string, string][] = [
    ['心室率', 'Vent. rate', value(by('heartRate')), '/min'],
    ['PR 间期', 'PR interval', value(by('pr')), 'ms'],
    ['QRS 时限', 'QRS duration', value(by('qrs')), 'ms'],
    ['QT/QTc', 'QTc Bazett', `${value(by('qt'))}/${value(by('qtc'))}`, 'ms'],
    [
      'P/QRS/T 电轴',
      'axes',
      `${value(by('pAxis'))}/${value(by('qrsAxis'))}/${value(by('tAxis'))}°`,
      '',
    ],
  ];
  drawLine(doc, '测量 Measurements（机器 machine）', mm(box.xMm), mm(box.yMm + 3), {
    size: 7.5,
    color: grey,
  });
  const valueRightMm = box.xMm + box.widthMm - 9;
  rows.forEach(([zh, en, v, unit], i) => {
    const base = mm(box.yMm + 8 + i * 5.2);
    const w = drawLine(doc, zh, mm(box.xMm), base, { size: 9 });
    drawLine(doc, en, mm(box.xMm) + w + 3, base, { size: 6.5, color: grey });
    const valueStyle = { size: 10.5, bold: true };
    drawLine(doc, v, mm(valueRightMm) - textWidth(doc, v, valueStyle), base, valueStyle);
    drawLine(doc, unit, mm(valueRightMm) + 2, base, { size: 7.5, color: grey });
  });
}

interface Item {
  main: string;
  sub: string;
}

function items(statements: ResolvedStatement[]): Item[] {
  return statements.map((s) => {
    if (s.en === null) {
      return { main: s.readerText ?? s.zh, sub: '自由文本 free text' };
    }
    const main = s.readerText === null ? s.zh : `${s.zh}：${s.readerText}`;
    const code = s.snomedCt === null ? s.code : `SNOMED CT ${s.snomedCt}`;
    return { main, sub: `${s.en} · ${code}` };
  });
}

/** Height of one item (or draws it when `at` is given), pt. */
function item(
  doc: PDFKit.PDFDocument,
  it: Item,
  widthPt: number,
  scale: number,
  at?: { x: number; y: number },
): number {
  const main = { size: 10.5 * scale, bold: true };
  const sub = { size: 7.5 * scale, color: grey };
  const indent = 9 * scale;
  const lines = wrapText(doc, it.main, widthPt - indent, main);
  const last = lines[lines.length - 1] ?? '';
  const subWidth = textWidth(doc, it.sub, sub);
  const sameLine = textWidth(doc, last, main) + 6 + subWidth <= widthPt - indent;
  let height = lines.reduce((h, l) => h + linePitch(l, main), 0);
  const subHeight = sameLine ? 0 : wrappedHeight(doc, it.sub, widthPt - indent, sub);
  height += subHeight;
  if (at !== undefined) {
    drawLine(doc, '•', at.x, at.y + main.size, main);
    const bottom = drawWrapped(doc, it.main, at.x + indent, at.y, widthPt - indent, main);
    if (sameLine) {
      const lastTop = bottom - linePitch(last, main);
      drawLine(
        doc,
        it.sub,
        at.x + indent + textWidth(doc, last, main) + 6,
        lastTop + main.size * 1.02,
        sub,
      );
    } else {
      drawWrapped(doc, it.sub, at.x + indent, bottom, widthPt - indent, sub);
    }
  }
  return height;
}

/**
 * Lays out (and with `draw`, draws) statements in `columns` columns and the conclusion below them.
 * @returns the height used, pt.
 */
export function statementsAndConclusion(
  doc: PDFKit.PDFDocument,
  findings: Findings,
  box: BoxMm,
  scale: number,
  columns: 1 | 2,
  draw: boolean,
): number {
  const top = mm(box.yMm);
  const width = mm(box.widthMm);
  const heading = { size: 7.5, color: grey };
  if (draw) {
    drawLine(
      doc,
      '诊断 Statements（医师签署 signed by the reader）',
      mm(box.xMm),
      top + mm(3),
      heading,
    );
  }
  const list = items(findings.statements);
  const gap = mm(6);
  const columnWidth = (width - gap * (columns - 1)) / columns;
  const perColumn = Math.ceil(list.length / columns);
  let statementsBottom = top + mm(4.5);
  for (let c = 0; c < columns; c++) {
    let y = top + mm(4.5);
    for (const it of list.slice(c * perColumn, (c + 1) * perColumn)) {
      const at = draw ? { x: mm(box.xMm) + c * (columnWidth + gap), y } : undefined;
      y += item(doc, it, columnWidth, scale, at) + 1.5 * scale;
    }
    statementsBottom = Math.max(statementsBottom, y);
  }
  if (list.length === 0 && draw) {
    drawLine(doc, '—', mm(box.xMm) + 9, statementsBottom + 10, { size: 10 });
  }
  const label = '结论 Conclusion';
  const labelStyle = { size: 7.5, color: grey };
  const text = { size: 11.5 * scale, bold: true };
  const conclusionTop = statementsBottom + mm(1.5) + (list.length === 0 ? 12 : 0);
  const indent = textWidth(doc, label, labelStyle) + 6;
  if (draw) {
    drawLine(doc, label, mm(box.xMm), conclusionTop + text.size, labelStyle);
    return (
      drawWrapped(
        doc,
        findings.conclusion,
        mm(box.xMm) + indent,
        conclusionTop,
        width - indent,
        text,
      ) - top
    );
  }
  return conclusionTop + wrappedHeight(doc, findings.conclusion, width - indent, text) - top;
}

/**
 * The largest layout of statements and conclusion that fits `box`, or null when none does.
 * @example fitFindings(doc, findings, box) // { scale: 1, columns: 1 }
 */
export function fitFindings(
  doc: PDFKit.PDFDocument,
  findings: Findings,
  box: BoxMm,
): { scale: number; columns: 1 | 2 } | null {
  for (const scale of [1, 0.9, 0.8, 0.7]) {
    for (const columns of [1, 2] as const) {
      if (columns === 2 && findings.statements.length < 2) {
        continue;
      }
      if (statementsAndConclusion(doc, findings, box, scale, columns, false) <= mm(box.heightMm)) {
        return { scale, columns };
      }
    }
  }
  return null;
}
