/**
 * Times as reports print them. Instants (signature time, message time) are shown in the
 * consortium's time zone (config `GESANG_REPORT_TIME_ZONE`, default Asia/Shanghai) with the offset;
 * the acquisition time is the cart's own clock, printed as the file gives it.
 */
import type { RecordSummary } from '@gesang/domain';

/** An instant's wall-clock fields in a time zone. */
interface ZonedParts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
  /** `+08:00`. */
  offset: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function zonedParts(instant: Date, timeZone: string): ZonedParts {
  let format = formatters.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  // ICU writes the offset as `GMT+08:00`, and UTC itself as plain `GMT`.
  const match = /GMT([+-]\d{2}:\d{2})/.exec(parts.timeZoneName ?? '');
  return {
    year: parts.year ?? '',
    month: parts.month ?? '',
    day: parts.day ?? '',
    hour: parts.hour ?? '',
    minute: parts.minute ?? '',
    second: parts.second ?? '',
    offset: match?.[1] ?? '+00:00',
  };
}

/**
 * An instant as printed on the report: `2026-11-23 10:42:41 (UTC+08:00)`.
 * @param iso ISO 8601 instant.
 * @param timeZone IANA zone.
 */
export function printedInstant(iso: string, timeZone: string): string {
  const p = zonedParts(new Date(iso), timeZone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second} (UTC${p.offset})`;
}

/**
 * An instant as an HL7 v2 DTM with seconds and offset: `20261123104241+0800`.
 * @example hl7Instant('2026-11-23T02:42:41Z', 'Asia/Shanghai') // '20261123104241+0800'
 */
export function hl7Instant(iso: string, timeZone: string): string {
  const p = zonedParts(new Date(iso), timeZone);
  return `${p.year}${p.month}${p.day}${p.hour}${p.minute}${p.second}${p.offset.replace(':', '')}`;
}

/**
 * An instant as a FHIR `instant` in the report's zone: `2026-11-23T10:42:41+08:00`.
 * @example fhirInstant('2026-11-23T02:42:41.123Z', 'Asia/Shanghai') // '2026-11-23T10:42:41+08:00'
 */
export function fhirInstant(iso: string, timeZone: string): string {
  const p = zonedParts(new Date(iso), timeZone);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${p.offset}`;
}

type Acquisition = RecordSummary['acquisitionTime'];

const offsetText = (minutes: number, colon: boolean): string => {
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${minutes < 0 ? '-' : '+'}${hh}${colon ? ':' : ''}${mm}`;
};

const validDate = (date: string | undefined): date is string =>
  date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(date);
const validTime = (time: string | undefined): time is string =>
  time !== undefined && /^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(time);

/**
 * The acquisition time as printed: `2013-01-25 10:59:19`, with `(UTC+01:00)` only when the file
 * states its offset; null without a date.
 */
export function printedAcquisition(acquisition: Acquisition): string | null {
  if (acquisition === null || !validDate(acquisition.date)) {
    return null;
  }
  const time = validTime(acquisition.time) ? ` ${acquisition.time.slice(0, 8)}` : '';
  const zone =
    time !== '' && acquisition.utcOffsetMinutes !== undefined
      ? ` (UTC${offsetText(acquisition.utcOffsetMinutes, true)})`
      : '';
  return `${acquisition.date}${time}${zone}`;
}

/**
 * The acquisition time as an HL7 v2 DTM (`YYYYMMDDHHMMSS[+ZZZZ]`, or `YYYYMMDD` without a time);
 * null without a date. HL7 allows a DTM without offset (it then means the sender's local time).
 */
export function hl7Acquisition(acquisition: Acquisition): string | null {
  if (acquisition === null || !validDate(acquisition.date)) {
    return null;
  }
  const date = acquisition.date.replaceAll('-', '');
  if (!validTime(acquisition.time)) {
    return date;
  }
  const time = acquisition.time.slice(0, 8).replaceAll(':', '').padEnd(6, '0');
  const zone =
    acquisition.utcOffsetMinutes === undefined
      ? ''
      : offsetText(acquisition.utcOffsetMinutes, false);
  return `${date}${time}${zone}`;
}

/**
 * The acquisition time as a FHIR `dateTime`: with the time only when the offset is known (FHIR
 * requires a zone whenever a time is given), else the date alone; null without a date.
 * @example fhirAcquisition({ date: '2013-01-25', time: '10:59:19' }) // '2013-01-25'
 */
export function fhirAcquisition(acquisition: Acquisition): string | null {
  if (acquisition === null || !validDate(acquisition.date)) {
    return null;
  }
  if (!validTime(acquisition.time) || acquisition.utcOffsetMinutes === undefined) {
    return acquisition.date;
  }
  const time = acquisition.time.length === 5 ? `${acquisition.time}:00` : acquisition.time;
  return `${acquisition.date}T${time}${offsetText(acquisition.utcOffsetMinutes, true)}`;
}
