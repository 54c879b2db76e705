/**
 * The monthly quality report of one centre of one hospital, as a printable A4 PDF: the hospital's
 * name in Chinese, Tibetan and English, the centre and month, a DEMO banner for demo data, each
 * metric's count, mean, median and compliance against its target with ✓/✗, a bar chart of
 * compliance against the goals, and the cases flagged for review. Text is set with the signed ECG
 * report's fonts and helpers (Chinese and Tibetan).
 */
import PDFDocument from 'pdfkit';
import { centreLabels, type Centre } from '@gesang/domain';
import type { Config } from '../config/config.js';
import { mm } from '../reports/ecg-paper.js';
import { fitSize } from '../reports/draw-pairs.js';
import { drawLine, registerFonts, textWidth } from '../reports/pdf-text.js';
import type { ReportFonts } from '../reports/report-fonts.js';
import { drawComplianceChart } from './draw-compliance-chart.js';
import { drawFlaggedCases, type FlaggedCaseLine } from './draw-flagged.js';
import { drawMetricTable } from './draw-metric-table.js';
import { chinaDateTime } from './export-values.js';
import type { OrgInfo } from './load-cases.js';
import { a4, contentWidthMm, pageCursor } from './pdf-page.js';
import type { ReportMetricRow } from './report-figures.js';

/** Everything the report shows. */
export interface QualityReportInput {
  org: OrgInfo;
  centre: Centre;
  /** `YYYY-MM`. */
  month: string;
  demo: boolean;
  caseCount: number;
  rows: ReportMetricRow[];
  flagged: FlaggedCaseLine[];
  generatedAt: Date;
  fonts: ReportFonts;
  fontSources: Config['reportFonts'];
}

/** Where each centre's targets come from, for the footer. */
const targetSources: Record<Centre, string> = {
  chest_pain: '目标依据：中国胸痛中心认证标准（标准版 2015 修订版；基层版第三版 2020）',
  stroke: '目标依据：中国卒中中心评审标准',
  trauma: '目标：无全国统一数值标准，按本院配置',
  maternal: '目标：按本院配置（剖宫产决定至分娩 ≤ 30 分钟为常用标准，待确认）',
  neonatal: '目标：按本院配置',
};

function drawHead(doc: PDFKit.PDFDocument, input: QualityReportInput): number {
  const left = a4.marginMm;
  const rightEdge = a4.widthMm - a4.marginMm;
  const { name } = input.org;
  const fit = (text: string, size: number, bold = false): { size: number; bold: boolean } => ({
    size: fitSize(doc, text, size, mm(95), bold),
    bold,
  });
  drawLine(doc, name.zh, mm(left), mm(21), fit(name.zh, 16, true));
  if (name.bo !== null && name.bo.trim() !== '') {
    drawLine(doc, name.bo, mm(left), mm(29), fit(name.bo, 11));
  }
  drawLine(doc, name.en, mm(left), mm(34.5), { ...fit(name.en, 8.5), color: '#595959' });
  const label = centreLabels[input.centre];
  const [year, month] = input.month.split('-');
  const lines: [string, number, boolean, string][] = [
    [`${label.zh}月度质量报告`, 14, true, '#111111'],
    [`${year}年${Number(month)}月  ${input.month}`, 11, true, '#111111'],
    [`${label.en} — monthly quality report`, 8.5, false, '#595959'],
  ];
  lines.forEach(([text, size, bold, color], i) => {
    const style = { size: fitSize(doc, text, size, mm(80), bold), bold, color };
    drawLine(doc, text, mm(rightEdge) - textWidth(doc, text, style), mm(20 + 6.5 * i), style);
  });
  if (label.bo !== undefined) {
    const text = `${label.bo} ཟླ་རེའི་སྤུས་ཚད་སྙན་ཐོ།`;
    const style = { size: fitSize(doc, text, 8.5, mm(80)), color: '#595959' };
    drawLine(doc, text, mm(rightEdge) - textWidth(doc, text, style), mm(40.5), style);
  }
  doc.moveTo(mm(left), mm(44)).lineTo(mm(rightEdge), mm(44)).lineWidth(0.8).stroke('#262626');
  return 47;
}

function drawDemoBanner(doc: PDFKit.PDFDocument, yMm: number): number {
  doc.rect(mm(a4.marginMm), mm(yMm), mm(contentWidthMm), mm(9)).fill('#fff1e6');
  doc.rect(mm(a4.marginMm), mm(yMm), mm(contentWidthMm), mm(9)).lineWidth(1).stroke('#d46b08');
  drawLine(doc, '演示数据 DEMO', mm(a4.marginMm + 3), mm(yMm + 6.2), {
    size: 11,
    bold: true,
    color: '#d46b08',
  });
  drawLine(
    doc,
    '虚构病例，仅供演示，不得用于质控上报 · synthetic cases, not for quality reporting',
    mm(a4.marginMm + 36),
    mm(yMm + 6),
    { size: 8, color: '#873800' },
  );
  return yMm + 12;
}

function drawSummary(doc: PDFKit.PDFDocument, input: QualityReportInput, yMm: number): number {
  const flaggedShare = input.caseCount === 0 ? '' : ` / ${input.caseCount}`;
  const today = chinaDateTime(input.generatedAt.getTime()).slice(0, 10);
  // A month still running is not a month's result: say up to which day it counts.
  const running = today.startsWith(input.month)
    ? `    本月未结束，统计至 ${today} · month in progress`
    : '';
  const text =
    `本月病例 Cases: ${input.caseCount}    待审核 Flagged: ${input.flagged.length}${flaggedShare}` +
    `    统计口径：到达时间（北京时间）所在月份 · month of arrival, UTC+8${running}`;
  drawLine(doc, text, mm(a4.marginMm), mm(yMm + 4), {
    size: fitSize(doc, text, 8.5, mm(contentWidthMm)),
  });
  return yMm + 9;
}

function drawFooters(doc: PDFKit.PDFDocument, input: QualityReportInput): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const style = { size: 6.5, color: '#8c8c8c' };
    const left = `${targetSources[input.centre]} · 格桑 Gesang · 生成 ${chinaDateTime(input.generatedAt.getTime())}`;
    drawLine(doc, left, mm(a4.marginMm), mm(a4.footerMm + 4), {
      ...style,
      size: fitSize(doc, left, 6.5, mm(contentWidthMm - 30)),
    });
    const page = `第 ${i + 1} 页 / 共 ${range.count} 页`;
    drawLine(
      doc,
      page,
      mm(a4.widthMm - a4.marginMm) - textWidth(doc, page, style),
      mm(a4.footerMm + 4),
      style,
    );
  }
}

/**
 * Renders the report.
 * @returns the PDF bytes.
 * @throws GesangError 503 when a report font cannot be used.
 * @example const pdf = await renderQualityReport({ org, centre: 'chest_pain', month: '2025-03', … });
 */
export async function renderQualityReport(input: QualityReportInput): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    bufferPages: true,
    displayTitle: true,
    info: {
      Title: `${centreLabels[input.centre].zh}月度质量报告 ${input.month}${input.demo ? ' (DEMO)' : ''}`,
      Author: input.org.name.zh,
      Creator: 'Gesang',
      Producer: 'Gesang (PDFKit)',
      CreationDate: input.generatedAt,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  registerFonts(doc, input.fonts, input.fontSources);
  let yMm = drawHead(doc, input);
  if (input.demo) {
    yMm = drawDemoBanner(doc, yMm);
  }
  const cursor = pageCursor(doc, drawSummary(doc, input, yMm));
  drawMetricTable(cursor, input.rows);
  drawComplianceChart(cursor, input.rows);
  drawFlaggedCases(cursor, input.flagged);
  drawFooters(doc, input);
  doc.end();
  return done;
}
