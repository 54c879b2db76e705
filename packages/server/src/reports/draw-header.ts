/**
 * The report's head: the uploading hospital's name in Chinese, Tibetan and English on the left,
 * the title in the middle, the reading organisation on the right; below it the patient line
 * (name, sex, age, ID as the cart wrote them), acquisition time and device.
 */
import type { RecordSummary } from '@gesang/domain';
import { drawPairs, fitSize, type LabelledValue } from './draw-pairs.js';
import { mm } from './ecg-paper.js';
import { drawLine, textWidth } from './pdf-text.js';
import { printedAcquisition } from './report-time.js';
import type { ReportOrg, SignedReport } from './signed-report.js';

/** Page geometry shared by the report's parts, mm. */
export const page = { widthMm: 297, heightMm: 210, marginMm: 10 } as const;

const sexNames: Record<string, string> = {
  male: '男 M',
  female: '女 F',
  other: '其他 other',
  unknown: '未知 unknown',
};

/** Sizes (pt) and baselines (mm from the top) of an organisation's three names. */
interface OrgLines {
  zh: [size: number, baselineMm: number];
  bo: [size: number, baselineMm: number];
  en: [size: number, baselineMm: number];
}

function orgBlock(
  doc: PDFKit.PDFDocument,
  org: ReportOrg,
  edgeMm: number,
  align: 'left' | 'right',
  lines: OrgLines,
): void {
  const maxWidth = mm(100);
  const draw = (
    text: string,
    [size, baselineMm]: [number, number],
    bold: boolean,
    color: string,
  ): void => {
    const style = { size: fitSize(doc, text, size, maxWidth, bold), bold, color };
    const x = align === 'left' ? mm(edgeMm) : mm(edgeMm) - textWidth(doc, text, style);
    drawLine(doc, text, x, mm(baselineMm), style);
  };
  draw(org.nameZh, lines.zh, true, '#111111');
  if (org.nameBo !== null && org.nameBo.trim() !== '') {
    draw(org.nameBo, lines.bo, false, '#111111');
  }
  draw(org.nameEn, lines.en, false, '#555555');
}

function ageText(patient: RecordSummary['patient']): string | null {
  if (patient.ageYears === undefined) {
    return null;
  }
  const years = patient.ageYears;
  return years >= 2 ? `${Math.floor(years)} 岁 y` : `${Math.round(years * 12)} 月 mo`;
}

function deviceText(device: Record<string, string>): string | null {
  const parts = [device.manufacturer, device.model].filter((p) => p !== undefined && p !== '');
  return parts.length === 0 ? null : parts.join(' ');
}

/**
 * Draws the head and the patient line.
 * @returns the y (mm from the top) below the patient line.
 */
export function drawHeader(doc: PDFKit.PDFDocument, signed: SignedReport): number {
  const left = page.marginMm;
  const right = page.widthMm - page.marginMm;
  // Nothing within 6 mm of the paper's edge: many printers cannot print there.
  orgBlock(doc, signed.uploadingOrg, left, 'left', {
    zh: [15, 11],
    bo: [12, 18],
    en: [7.5, 23],
  });
  if (signed.readingOrg !== null) {
    const zhStyle = { size: fitSize(doc, signed.readingOrg.nameZh, 11, mm(100), true), bold: true };
    const captionRight = mm(right) - textWidth(doc, signed.readingOrg.nameZh, zhStyle) - 6;
    const label = { size: 7, color: '#555555' };
    const caption = '判读单位 Reading centre';
    drawLine(doc, caption, captionRight - textWidth(doc, caption, label), mm(11), label);
    orgBlock(doc, signed.readingOrg, right, 'right', {
      zh: [11, 11],
      bo: [9, 17],
      en: [7, 22.5],
    });
  }
  const title = { size: 17, bold: true };
  const titleText = '心电图报告';
  drawLine(
    doc,
    titleText,
    mm(page.widthMm / 2) - textWidth(doc, titleText, title) / 2,
    mm(14),
    title,
  );
  const sub = { size: 8, color: '#555555' };
  const subText = 'Electrocardiogram report';
  drawLine(doc, subText, mm(page.widthMm / 2) - textWidth(doc, subText, sub) / 2, mm(19), sub);

  doc
    .save()
    .moveTo(mm(left), mm(25.5))
    .lineTo(mm(right), mm(25.5))
    .lineWidth(0.5)
    .strokeColor('#888888')
    .stroke()
    .restore();
  const record = signed.study.record;
  const patient = record?.patient ?? {};
  const pairs: LabelledValue[] = [
    ['姓名 Name', patient.name?.trim() || null],
    ['性别 Sex', patient.sex === undefined ? null : (sexNames[patient.sex] ?? patient.sex)],
    ['年龄 Age', ageText(patient)],
    ['ID', patient.id?.trim() || null],
    ['采集时间 Acquired', record === null ? null : printedAcquisition(record.acquisitionTime)],
    ['设备 Device', record === null ? null : deviceText(record.device)],
  ];
  drawPairs(doc, pairs, mm(left), mm(30.5), mm(right - left), { label: 7.5, value: 10, gap: 14 });
  doc
    .save()
    .moveTo(mm(left), mm(32.5))
    .lineTo(mm(right), mm(32.5))
    .lineWidth(0.3)
    .strokeColor('#aaaaaa')
    .stroke()
    .restore();
  return 33;
}
