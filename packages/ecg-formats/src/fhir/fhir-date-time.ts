/**
 * FHIR R4 `dateTime` (https://hl7.org/fhir/R4/datatypes.html#dateTime) to and from the record's
 * acquisition time. FHIR requires a time zone whenever a time is given, so a time without a known
 * UTC offset is written as the date alone.
 */
import type { EcgAcquisitionTime } from '../record.js';

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?)(Z|[+-]\d{2}:\d{2}))?$/;

/**
 * The FHIR dateTime of an acquisition time, or undefined without a date.
 * @example fhirDateTime({ date: '2015-02-19', time: '09:30:35', utcOffsetMinutes: 60 }) // '2015-02-19T09:30:35+01:00'
 */
export function fhirDateTime(time: EcgAcquisitionTime): string | undefined {
  if (time.date === undefined) {
    return undefined;
  }
  if (time.time === undefined || time.utcOffsetMinutes === undefined) {
    return time.date;
  }
  const minutes = Math.abs(time.utcOffsetMinutes);
  const zone = `${time.utcOffsetMinutes < 0 ? '-' : '+'}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return `${time.date}T${time.time}${zone}`;
}

/**
 * The acquisition time of a FHIR dateTime with at least day precision, or undefined.
 * @example parseFhirDateTime('2015-02-19T09:30:35+01:00') // { date: '2015-02-19', time: '09:30:35', utcOffsetMinutes: 60 }
 */
export function parseFhirDateTime(value: unknown): EcgAcquisitionTime | undefined {
  const match = typeof value === 'string' ? DATE_TIME.exec(value) : null;
  if (match === null) {
    return undefined;
  }
  const [, date, time, zone] = match;
  const result: EcgAcquisitionTime = { date };
  if (time !== undefined && zone !== undefined) {
    result.time = time;
    const minutes = zone === 'Z' ? 0 : +zone.slice(1, 3) * 60 + +zone.slice(4, 6);
    result.utcOffsetMinutes = zone.startsWith('-') ? -minutes : minutes;
  }
  return result;
}
