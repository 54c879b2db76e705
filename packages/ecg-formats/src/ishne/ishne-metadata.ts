/**
 * The ISHNE header's patient, recording and device fields mapped to {@link EcgRecord} fields
 * (Badilini et al. 1998). Fields the record has no place for (race, pacemaker, recorder type,
 * file date, proprietary and copyright text, the variable-length block) become comments.
 */
import type { EcgAcquisitionTime, EcgDevice, EcgPatient } from '../record.js';
import { ishnePacemaker, ishneRace, ishneSex } from './ishne-codes.js';
import type { IshneHeader } from './ishne-header.js';

/**
 * Patient, device, acquisition time and comments of an ISHNE header.
 * @param header - from {@link parseIshneHeader}
 * @param warnings - receives a note for each date or time that is not valid
 * @returns the record fields
 * @example
 * ishneMetadata(header, []).acquisitionTime; // { date: '2024-03-01', time: '08:15:00' }
 */
export function ishneMetadata(
  header: IshneHeader,
  warnings: string[],
): {
  patient: EcgPatient;
  device: EcgDevice;
  acquisitionTime?: EcgAcquisitionTime;
  comments: string[];
} {
  const patient: EcgPatient = {};
  const name = [header.firstName, header.lastName].filter((part) => part !== '').join(' ');
  if (name !== '') {
    patient.name = name;
  }
  if (header.id !== '') {
    patient.id = header.id;
  }
  const sex = ishneSex(header.sex);
  if (sex !== undefined) {
    patient.sex = sex;
  }
  const birthDate = isoDate(header.birthDate, 'birth date', warnings);
  if (birthDate !== undefined) {
    patient.birthDate = birthDate;
  }
  const date = isoDate(header.recordDate, 'record date', warnings);
  const time = isoTime(header.startTime, warnings);
  const comments: string[] = [];
  const add = (label: string, value: string | undefined): void => {
    if (value !== undefined && value !== '') {
      comments.push(`ISHNE ${label}: ${value}`);
    }
  };
  add('race', ishneRace(header.race));
  add('pacemaker', ishnePacemaker(header.pacemaker));
  add('recorder type', header.recorder);
  add('file date', isoDate(header.fileDate, 'file date', []));
  add('proprietary', header.proprietary);
  add('copyright', header.copyright);
  add('variable-length block', header.variableBlock);
  return {
    patient,
    device: {},
    ...(date !== undefined || time !== undefined
      ? { acquisitionTime: { ...(date ? { date } : {}), ...(time ? { time } : {}) } }
      : {}),
    comments,
  };
}

/** [day, month, year] → `YYYY-MM-DD`; undefined (with a warning unless all −9 or 0) when invalid. */
function isoDate(
  [day, month, year]: [number, number, number],
  what: string,
  warnings: string[],
): string | undefined {
  const absent = [day, month, year].every((v) => v === -9 || v === 0);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (absent || year < 1000 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    if (!absent) {
      warnings.push(`ISHNE ${what} ${day}/${month}/${year} is not a calendar date; left out`);
    }
    return undefined;
  }
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** [hour, minute, second] → `hh:mm:ss`; undefined when absent (−9) or out of range. */
function isoTime(
  [hour, minute, second]: [number, number, number],
  warnings: string[],
): string | undefined {
  if ([hour, minute, second].every((v) => v === -9)) {
    return undefined;
  }
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) {
    warnings.push(`ISHNE start time ${hour}:${minute}:${second} is not valid; left out`);
    return undefined;
  }
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(hour)}:${pad(minute)}:${pad(second)}`;
}
