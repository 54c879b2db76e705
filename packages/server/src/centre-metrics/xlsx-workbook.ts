import ExcelJS from 'exceljs';
import type { ExportColumn, ExportRow } from './export-row.js';
import type { ExportLang } from './export-values.js';

const chinaOffsetMs = 8 * 3_600_000;

/** What the workbook's notes sheet says about the export. */
export interface WorkbookNotes {
  title: string;
  /** Lines of `label: value` shown on the notes sheet. */
  lines: [label: string, value: string][];
}

/**
 * The export as an XLSX workbook: one sheet of cases (header row frozen and bold, times as Excel
 * date-times showing China Standard Time, so they sort and compute as times), and a notes sheet
 * (period, organisation, demo or real, field order's source).
 * @returns the file's bytes.
 * @example const bytes = await buildWorkbook(columns, rows, 'zh', notes);
 */
export async function buildWorkbook(
  columns: readonly ExportColumn[],
  rows: readonly ExportRow[],
  lang: ExportLang,
  notes: WorkbookNotes,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Gesang';
  const sheet = workbook.addWorksheet(notes.title.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = columns.map((column) => ({
    header: column[lang],
    key: column.key,
    width: Math.max(10, Math.min(28, column[lang].length * (lang === 'zh' ? 2 : 1) + 2)),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    const values = columns.map((column) => {
      const cell = column.value(row, lang);
      // Excel date-times carry no zone: write the China wall-clock time as the cell's time.
      return cell !== null && typeof cell === 'object'
        ? new Date(cell.instantMs + chinaOffsetMs)
        : cell;
    });
    sheet.addRow(values);
  }
  columns.forEach((column, index) => {
    if (column.time === true) {
      sheet.getColumn(index + 1).numFmt = 'yyyy-mm-dd hh:mm';
    }
  });
  const about = workbook.addWorksheet(lang === 'zh' ? '说明' : 'About');
  about.columns = [{ width: 24 }, { width: 90 }];
  about.addRow([notes.title]).font = { bold: true };
  for (const line of notes.lines) {
    about.addRow(line);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
