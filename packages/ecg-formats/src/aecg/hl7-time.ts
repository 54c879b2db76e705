/**
 * HL7 v3 time stamps (data type TS, HL7 V3 Data Types R1 §2.24): `YYYYMMDDHHMMSS.UUUU[+|-ZZzz]`,
 * any precision from the year down, e.g. `20021122091000.000` or `19530508`.
 */
import type { EcgAcquisitionTime } from '../record.js';

const TS = /^(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\.\d{1,6})?([+-]\d{4})?$/;

/**
 * The date, time and UTC offset of an HL7 TS; date only for day precision; undefined when the
 * value is not a TS, has less than day precision, or names an impossible date.
 * @param value - the TS, e.g. `20021122091000.000+0100`
 * @example parseHl7Timestamp('20021122091000.002') // { date: '2002-11-22', time: '09:10:00.002' }
 */
export function parseHl7Timestamp(value: string | undefined): EcgAcquisitionTime | undefined {
  const match = TS.exec(value?.trim() ?? '');
  if (match === null) {
    return undefined;
  }
  const [, year, month, day, hour, minute, second, fraction, zone] = match;
  if (month === undefined || day === undefined || !isValidDate(+(year ?? 0), +month, +day)) {
    return undefined;
  }
  const result: EcgAcquisitionTime = { date: `${year}-${month}-${day}` };
  if (hour !== undefined && +hour < 24 && +(minute ?? 0) < 60 && +(second ?? 0) < 61) {
    result.time = `${hour}:${minute ?? '00'}:${second ?? '00'}${fraction ?? ''}`;
  }
  if (zone !== undefined) {
    const minutes = +zone.slice(1, 3) * 60 + +zone.slice(3, 5);
    result.utcOffsetMinutes = zone.startsWith('-') ? -minutes : minutes;
  }
  return result;
}

/**
 * An HL7 TS for a date and time: `YYYYMMDD[HHMMSS[.sss]][±ZZzz]`, the inverse of
 * {@link parseHl7Timestamp}.
 * @example formatHl7Timestamp({ date: '2002-11-22', time: '09:10:00' }) // '20021122091000'
 */
export function formatHl7Timestamp(time: EcgAcquisitionTime): string | undefined {
  if (time.date === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(time.date)) {
    return undefined;
  }
  let ts = time.date.replaceAll('-', '');
  if (time.time !== undefined && /^\d{2}:\d{2}:\d{2}(\.\d+)?$/.test(time.time)) {
    ts += time.time.replaceAll(':', '');
  }
  if (time.utcOffsetMinutes !== undefined && time.time !== undefined) {
    const minutes = Math.abs(time.utcOffsetMinutes);
    const sign = time.utcOffsetMinutes < 0 ? '-' : '+';
    ts += `${sign}${String(Math.floor(minutes / 60)).padStart(2, '0')}${String(minutes % 60).padStart(2, '0')}`;
  }
  return ts;
}

function isValidDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}
