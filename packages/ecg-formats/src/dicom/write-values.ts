/**
 * Record values → DICOM value representations for the writer (PS3.5 §6.2): DS numbers, DA, TM,
 * DT, AS, PN, and text trimmed to its VR's maximum length (with a warning).
 */
import type { EcgAcquisitionTime } from '../record.js';

/** Maximum value length in characters, by VR (PS3.5 Table 6.2-1). */
const MAX_CHARS: Readonly<Record<string, number>> = {
  SH: 16,
  LO: 64,
  PN: 64,
  ST: 1024,
  LT: 10240,
  CS: 16,
};

/**
 * A number as DS text (≤ 16 characters, the shortest that round-trips, else fewer digits).
 * @example dsNumber(1.25) // '1.25'
 * @example dsNumber(1 / 3) // '0.33333333333333'
 */
export function dsNumber(value: number): string {
  const plain = String(value);
  if (plain.length <= 16 && !plain.includes('e')) {
    return plain;
  }
  for (let digits = 15; digits >= 1; digits--) {
    const text = value
      .toPrecision(digits)
      .replace(/(\.\d*?)0+(e|$)/, '$1$2')
      .replace(/\.(e|$)/, '$1')
      .replace('e+', 'e');
    if (text.length <= 16) {
      return text;
    }
  }
  return '0';
}

/**
 * Text for a VR with a length limit: DICOM delimiters (`\`, and for PN `^` and `=`) and control
 * characters become spaces, and text longer than the limit is cut (with a warning).
 * @param text - the value
 * @param vr - its VR (SH, LO, PN, ST, LT, CS)
 * @param what - the attribute, for the warning
 * @param warnings - receives a note when the text was cut
 * @example dicomText('a\\b', 'LO', 'Manufacturer', []) // 'a b'
 */
export function dicomText(text: string, vr: string, what: string, warnings: string[]): string {
  // ST and LT may hold line breaks (CR, LF, FF); `\\` separates values elsewhere; PN uses ^ and =.
  const multiline = vr === 'ST' || vr === 'LT';
  const delimiters = vr === 'PN' ? '\\^=' : multiline ? '' : '\\';
  const clean = [...text]
    .map((char) => {
      const code = char.charCodeAt(0);
      const control =
        code < 0x20 && !(multiline && (code === 0x0a || code === 0x0d || code === 0x0c));
      return control || delimiters.includes(char) ? ' ' : char;
    })
    .join('')
    .trim();
  const max = MAX_CHARS[vr] ?? 64;
  const chars = [...clean];
  if (chars.length <= max) {
    return clean;
  }
  warnings.push(`${what} is longer than the ${max} characters DICOM ${vr} allows; cut`);
  return chars.slice(0, max).join('').trimEnd();
}

/**
 * `YYYY-MM-DD` → DA `YYYYMMDD`, or `''` when absent or malformed.
 * @example daText('1971-01-23') // '19710123'
 */
export function daText(date: string | undefined): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date ?? '') ? (date ?? '').replace(/-/g, '') : '';
}

/**
 * `hh:mm:ss[.fff]` → TM `hhmmss[.fff]`, or `''` when absent or malformed.
 * @example tmText('10:59:19.5') // '105919.5'
 */
export function tmText(time: string | undefined): string {
  return /^\d{2}:\d{2}:\d{2}(\.\d{1,6})?$/.test(time ?? '') ? (time ?? '').replace(/:/g, '') : '';
}

/**
 * An acquisition time → DT `YYYYMMDD[hhmmss[.fff]][±hhmm]`, or `''` without a date.
 * @example dtText({ date: '2013-01-25', time: '10:59:19', utcOffsetMinutes: 60 }) // '20130125105919+0100'
 */
export function dtText(time: EcgAcquisitionTime | undefined): string {
  const date = daText(time?.date);
  if (date === '') {
    return '';
  }
  const offset = time?.utcOffsetMinutes;
  const zone =
    offset === undefined || !Number.isInteger(offset) || Math.abs(offset) > 14 * 60
      ? ''
      : `${offset < 0 ? '-' : '+'}${String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')}${String(Math.abs(offset) % 60).padStart(2, '0')}`;
  return `${date}${tmText(time?.time)}${zone}`;
}

/**
 * Age in years → AS (`nnnY`, or months/weeks/days for infants), or `''` when absent or > 999 Y.
 * @example asText(42.7) // '042Y'
 * @example asText(0.5) // '006M'
 */
export function asText(ageYears: number | undefined): string {
  if (ageYears === undefined || !Number.isFinite(ageYears) || ageYears < 0) {
    return '';
  }
  const pad = (n: number, unit: string): string =>
    `${String(Math.floor(n)).padStart(3, '0')}${unit}`;
  if (ageYears >= 2) {
    return ageYears < 1000 ? pad(ageYears, 'Y') : '';
  }
  const months = ageYears * 12;
  if (months >= 1) {
    return pad(months, 'M');
  }
  const weeks = (ageYears * 365.25) / 7;
  return weeks >= 1 ? pad(weeks, 'W') : pad(ageYears * 365.25, 'D');
}

/**
 * A `Date` as DA and TM in UTC.
 * @example utcDateTime(new Date('2024-05-01T08:30:00Z')) // { date: '20240501', time: '083000' }
 */
export function utcDateTime(now: Date): { date: string; time: string } {
  const iso = now.toISOString(); // YYYY-MM-DDTHH:MM:SS.sssZ
  return { date: iso.slice(0, 10).replace(/-/g, ''), time: iso.slice(11, 19).replace(/:/g, '') };
}
