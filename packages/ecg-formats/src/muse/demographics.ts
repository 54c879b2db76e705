/**
 * Patient, acquisition time and device of a GE MUSE RestingECG file, from `PatientDemographics`
 * and `TestDemographics` (GE `restecg.dtd`). MUSE writes dates as `MM-DD-YYYY` and times as
 * `hh:mm:ss`, local time without offset.
 */
import type { EcgAcquisitionTime, EcgDevice, EcgPatient, EcgPatientSex } from '../record.js';
import type { XmlElement } from '../xml/xml-types.js';
import { xmlFind } from '../xml/xml-query.js';
import { parseDecimal, textAt } from './xml-access.js';

/** Days per `AgeUnits` unit, to turn an age into years. */
const DAYS_PER_AGE_UNIT: ReadonlyMap<string, number> = new Map([
  ['YEARS', 365.25],
  ['MONTHS', 365.25 / 12],
  ['WEEKS', 7],
  ['DAYS', 1],
  ['HOURS', 1 / 24],
]);

const SEX_BY_GENDER: ReadonlyMap<string, EcgPatientSex> = new Map([
  ['MALE', 'male'],
  ['FEMALE', 'female'],
  ['UNKNOWN', 'unknown'],
]);

/**
 * `MM-DD-YYYY` (MUSE's date format) as ISO `YYYY-MM-DD`, or undefined when not a calendar date.
 * @example museDate('05-10-2021') // '2021-05-10'
 */
export function museDate(text: string | undefined): string | undefined {
  const match = /^(\d{2})[-/](\d{2})[-/](\d{4})$/.exec(text?.trim() ?? '');
  if (!match) {
    return undefined;
  }
  const [, month = '', day = '', year = ''] = match;
  const monthNumber = Number(month);
  const dayNumber = Number(day);
  return monthNumber >= 1 && monthNumber <= 12 && dayNumber >= 1 && dayNumber <= 31
    ? `${year}-${month}-${day}`
    : undefined;
}

/**
 * The patient from `PatientDemographics`; the name is `Last, First` when both are given.
 * @example readMusePatient(root).sex // 'male'
 */
export function readMusePatient(root: XmlElement): EcgPatient {
  const demographics = xmlFind(root, 'PatientDemographics');
  const patient: EcgPatient = {};
  const id = textAt(demographics, 'PatientID');
  if (id !== undefined) {
    patient.id = id;
  }
  const names = [
    textAt(demographics, 'PatientLastName'),
    textAt(demographics, 'PatientFirstName'),
  ].filter((part): part is string => part !== undefined);
  if (names.length > 0) {
    patient.name = names.join(', ');
  }
  const sex = SEX_BY_GENDER.get((textAt(demographics, 'Gender') ?? '').toUpperCase());
  if (sex !== undefined) {
    patient.sex = sex;
  }
  const age = parseDecimal(textAt(demographics, 'PatientAge'));
  const daysPerUnit = DAYS_PER_AGE_UNIT.get(
    (textAt(demographics, 'AgeUnits') ?? 'YEARS').toUpperCase(),
  );
  if (age !== undefined && daysPerUnit !== undefined) {
    const years = daysPerUnit === 365.25 ? age : (age * daysPerUnit) / 365.25;
    if (years >= 0 && years <= 150) {
      patient.ageYears = years;
    }
  }
  const birthDate = museDate(textAt(demographics, 'DateofBirth'));
  if (birthDate !== undefined) {
    patient.birthDate = birthDate;
  }
  return patient;
}

/**
 * Acquisition date and time from `TestDemographics`, or undefined when neither is given.
 * @example readMuseAcquisitionTime(root) // { date: '2021-05-10', time: '13:15:18' }
 */
export function readMuseAcquisitionTime(root: XmlElement): EcgAcquisitionTime | undefined {
  const test = xmlFind(root, 'TestDemographics');
  const date = museDate(textAt(test, 'AcquisitionDate'));
  const time = textAt(test, 'AcquisitionTime');
  const validTime = time !== undefined && /^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(time);
  if (date === undefined && !validTime) {
    return undefined;
  }
  return { ...(date === undefined ? {} : { date }), ...(validTime ? { time } : {}) };
}

/**
 * The cart from `TestDemographics`: `AcquisitionDevice` (model, e.g. `MAC55`), `CartNumber`,
 * `AcquisitionSoftwareVersion`, and `SiteName` / `LocationName` as the institution. MUSE does not
 * name the manufacturer (it stores other makers' ECGs too), so none is set.
 * @example readMuseDevice(root).model // 'MAC55'
 */
export function readMuseDevice(root: XmlElement): EcgDevice {
  const test = xmlFind(root, 'TestDemographics');
  const device: EcgDevice = {};
  const model = textAt(test, 'AcquisitionDevice');
  if (model !== undefined) {
    device.model = model;
  }
  const cart = textAt(test, 'CartNumber');
  if (cart !== undefined) {
    device.serialNumber = cart;
  }
  const software = textAt(test, 'AcquisitionSoftwareVersion');
  if (software !== undefined) {
    device.softwareVersion = software;
  }
  const place = [
    textAt(test, 'SiteName') ?? textAt(test, 'Site'),
    textAt(test, 'LocationName') ?? textAt(test, 'Location'),
  ].filter((part): part is string => part !== undefined);
  if (place.length > 0) {
    device.institution = place.join(' / ');
  }
  return device;
}
