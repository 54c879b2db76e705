/**
 * DICOM value representations turned into the record's plain forms (PS3.5 §6.2): DA, TM and DT
 * to ISO 8601 pieces, AS to years, PN to one display name. Malformed values give undefined (and
 * the caller warns); nothing here throws.
 */
import type { EcgAcquisitionTime } from '../record.js';

/**
 * `YYYYMMDD` (also the old `YYYY.MM.DD`) → `YYYY-MM-DD`, or undefined when not a calendar date.
 * @example dicomDate('19710123') // '1971-01-23'
 */
export function dicomDate(value: string | undefined): string | undefined {
  const match = /^(\d{4})\.?(\d{2})\.?(\d{2})$/.exec(value?.trim() ?? '');
  if (match === null) {
    return undefined;
  }
  const [, year = '', month = '', day = ''] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day)
    ? `${year}-${month}-${day}`
    : undefined;
}

/**
 * `HHMMSS.FFFFFF` (parts from the right optional; also the old `HH:MM:SS`) → `hh:mm:ss` or
 * `hh:mm:ss.fff` (milliseconds, truncated), or undefined when malformed.
 * @example dicomTime('105919') // '10:59:19'
 */
export function dicomTime(value: string | undefined): string | undefined {
  const match = /^(\d{2}):?(\d{2})?:?(\d{2})?(?:\.(\d{1,6}))?$/.exec(value?.trim() ?? '');
  if (match === null) {
    return undefined;
  }
  const [, hh = '', mm = '00', ss = '00', fraction] = match;
  if (Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 60) {
    return undefined;
  }
  const ms = fraction === undefined ? '' : `.${fraction.padEnd(3, '0').slice(0, 3)}`;
  return `${hh}:${mm}:${ss}${ms}`;
}

/**
 * An `&ZZXX` / `+hhmm` offset from UTC → minutes, or undefined.
 * @example dicomUtcOffsetMinutes('+0130') // 90
 */
export function dicomUtcOffsetMinutes(value: string | undefined): number | undefined {
  const match = /^([+-])(\d{2})(\d{2})$/.exec(value?.trim() ?? '');
  if (match === null) {
    return undefined;
  }
  const [, sign, hh = '0', mm = '0'] = match;
  const minutes = Number(hh) * 60 + Number(mm);
  return minutes > 14 * 60 ? undefined : sign === '-' ? -minutes : minutes;
}

/**
 * A DT value `YYYYMMDDHHMMSS.FFFFFF&ZZXX` → date, time and offset (each when present).
 * @example dicomDateTime('20130125105919') // { date: '2013-01-25', time: '10:59:19' }
 */
export function dicomDateTime(value: string | undefined): EcgAcquisitionTime | undefined {
  const match = /^(\d{8})(\d{2,6}(?:\.\d{1,6})?)?([+-]\d{4})?$/.exec(value?.trim() ?? '');
  if (match === null) {
    return undefined;
  }
  const [, datePart, timePart, offsetPart] = match;
  const date = dicomDate(datePart);
  const time = timePart === undefined ? undefined : dicomTime(timePart);
  const utcOffsetMinutes = dicomUtcOffsetMinutes(offsetPart);
  if (date === undefined) {
    return undefined;
  }
  return {
    date,
    ...(time === undefined ? {} : { time }),
    ...(utcOffsetMinutes === undefined ? {} : { utcOffsetMinutes }),
  };
}

/**
 * An age string `nnnD|W|M|Y` → years (fractional below a year), or undefined.
 * @example dicomAgeYears('042Y') // 42
 * @example dicomAgeYears('006M') // 0.5
 */
export function dicomAgeYears(value: string | undefined): number | undefined {
  const match = /^(\d{3})([DWMY])$/.exec(value?.trim() ?? '');
  if (match === null) {
    return undefined;
  }
  const [, count = '0', unit] = match;
  const perYear = { D: 365.25, W: 365.25 / 7, M: 12, Y: 1 }[unit as 'D' | 'W' | 'M' | 'Y'];
  const years = Number(count) / perYear;
  return years <= 150 ? years : undefined;
}

/** Han, Hiragana, Katakana and Hangul: names in these scripts are written without spaces. */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/u;

/**
 * A person name (PN) → one display name. The first non-empty component group (alphabetic, then
 * ideographic, then phonetic) is used; its components `Family^Given^Middle^Prefix^Suffix` are
 * shown as `Prefix Given Middle Family Suffix`, except that CJK names keep the family name first
 * with no spaces (`王^小明` → `王小明`).
 * @example dicomPersonName('Doe^John^^Dr') // 'Dr John Doe'
 */
export function dicomPersonName(value: string | undefined): string | undefined {
  const group = (value ?? '')
    .split('=')
    .map((part) => part.trim())
    .find((part) => part.replace(/\^/g, '').trim() !== '');
  if (group === undefined) {
    return undefined;
  }
  const [family = '', given = '', middle = '', prefix = '', suffix = ''] = group
    .split('^')
    .map((part) => part.trim());
  if (CJK.test(group)) {
    return [prefix, family + given + middle, suffix].filter(Boolean).join(' ');
  }
  return [prefix, given, middle, family, suffix].filter(Boolean).join(' ');
}
