import { eventTimeMs, type CentreCase } from '@gesang/domain';
import { chinaDateTime, valueName, type ExportLang } from './export-values.js';

/** The patient fields an export may show (only to callers allowed to see the patient). */
export interface ExportPatient {
  nameZh: string | null;
  namePinyin: string | null;
  sex: string;
  birthDate: string | null;
  residentId: string | null;
  /** The case hospital's medical record number, else any. */
  mrn: string | null;
}

/** One case as an export row reads it. */
export interface ExportRow {
  caseId: string;
  orgName: { zh: string; en: string };
  demo: boolean;
  c: CentreCase;
  referenceMs: number;
  /** Null without a patient, or when the caller may not see this one. */
  patient: ExportPatient | null;
  /** Review flag codes (`validateCase`), empty when none. */
  flags: string[];
}

/** A cell: text, a number, an instant (epoch ms, written as China time) or empty. */
export type ExportCell = string | number | { instantMs: number } | null;

/** One column of an export. */
export interface ExportColumn {
  /** Stable key (documentation and tests). */
  key: string;
  zh: string;
  en: string;
  /** The column holds instants (an event's time). */
  time?: boolean;
  value: (row: ExportRow, lang: ExportLang) => ExportCell;
}

/**
 * A column of one event's time.
 * @example eventColumn('door', '到达本院大门时间', 'Arrival at hospital (door)')
 */
export function eventColumn(event: string, zh: string, en: string): ExportColumn {
  return {
    key: event,
    zh,
    en,
    time: true,
    value: (row) => {
      const ms = eventTimeMs(row.c, event);
      return ms === undefined ? null : { instantMs: ms };
    },
  };
}

/**
 * A column of one attribute, coded values named in the export's language.
 * @example attributeColumn('arrivalMode', '来院方式', 'Arrival mode')
 */
export function attributeColumn(key: string, zh: string, en: string): ExportColumn {
  return {
    key,
    zh,
    en,
    value: (row, lang) =>
      valueName(key, (row.c.attributes as Record<string, unknown> | undefined)?.[key], lang),
  };
}

/**
 * A column of the minutes between two events, to one decimal (negative when out of order).
 * @example intervalColumn('cp.d2w', 'door', 'wire_crossing', '进门-导丝通过(分钟)', 'Door → wire (min)')
 */
export function intervalColumn(
  key: string,
  start: string,
  end: string,
  zh: string,
  en: string,
): ExportColumn {
  return {
    key,
    zh,
    en,
    value: (row) => {
      const a = eventTimeMs(row.c, start);
      const b = eventTimeMs(row.c, end);
      return a === undefined || b === undefined ? null : Math.round((b - a) / 6_000) / 10;
    },
  };
}

/** Full years from a `YYYY-MM-DD` birth date to an instant (China calendar). */
function ageYears(birthDate: string, ms: number): number {
  const today = chinaDateTime(ms).slice(0, 10);
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/**
 * The columns every export starts with: the case, its hospital, and the patient (empty when the
 * caller may not see the patient).
 */
export const leadingColumns: readonly ExportColumn[] = [
  { key: 'caseId', zh: '病例编号', en: 'Case ID', value: (row) => row.caseId },
  { key: 'hospital', zh: '医院', en: 'Hospital', value: (row, lang) => row.orgName[lang] },
  {
    key: 'patientName',
    zh: '患者姓名',
    en: 'Patient name',
    value: (row, lang) =>
      (lang === 'zh'
        ? (row.patient?.nameZh ?? row.patient?.namePinyin)
        : (row.patient?.namePinyin ?? row.patient?.nameZh)) ?? null,
  },
  {
    key: 'sex',
    zh: '性别',
    en: 'Sex',
    value: (row, lang) => (row.patient === null ? null : valueName('sex', row.patient.sex, lang)),
  },
  {
    key: 'age',
    zh: '年龄',
    en: 'Age (years)',
    value: (row) =>
      row.patient?.birthDate == null ? null : ageYears(row.patient.birthDate, row.referenceMs),
  },
  {
    key: 'residentId',
    zh: '身份证号',
    en: 'Resident ID',
    value: (row) => row.patient?.residentId ?? null,
  },
  {
    key: 'mrn',
    zh: '住院号/门诊号',
    en: 'Medical record number',
    value: (row) => row.patient?.mrn ?? null,
  },
];

/** The columns every export ends with: review flags and the demo mark. */
export const trailingColumns: readonly ExportColumn[] = [
  { key: 'flags', zh: '审核标记', en: 'Review flags', value: (row) => row.flags.join(' ') || null },
  {
    key: 'demo',
    zh: '演示数据',
    en: 'Demo data',
    value: (row, lang) => valueName('demo', row.demo, lang),
  },
];

/**
 * A cell as CSV text: instants as China time `YYYY-MM-DD HH:mm`.
 * @example cellText({ instantMs: 0 }) // '1970-01-01 08:00'
 */
export function cellText(cell: ExportCell): string {
  if (cell === null) {
    return '';
  }
  if (typeof cell === 'object') {
    return chinaDateTime(cell.instantMs);
  }
  return String(cell);
}
