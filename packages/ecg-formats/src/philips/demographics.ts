/**
 * Patient, acquisition time and device of a Philips Sierra/PhilipsECG XML file
 * (`patient/generalpatientdata`, `dataacquisition`, `reportinfo`). Dates are ISO `YYYY-MM-DD`
 * and times `hh:mm:ss` in attributes, local time.
 */
import { parseDecimal, textAt } from '../muse/xml-access.js';
import type { EcgAcquisitionTime, EcgDevice, EcgPatient, EcgPatientSex } from '../record.js';
import { xmlAttribute, xmlFind } from '../xml/xml-query.js';
import type { XmlElement } from '../xml/xml-types.js';

const SEX: ReadonlyMap<string, EcgPatientSex> = new Map([
  ['male', 'male'],
  ['female', 'female'],
  ['unknown', 'unknown'],
]);

/**
 * The patient; the name is `Last, First` (middle name appended) as far as given. Names masked by
 * the exporting system (`xxxxxx`) are kept as written.
 * @example readPhilipsPatient(root).id // '9999'
 */
export function readPhilipsPatient(root: XmlElement): EcgPatient {
  const data = xmlFind(root, 'patient/generalpatientdata');
  const patient: EcgPatient = {};
  const id = textAt(data, 'patientid');
  if (id !== undefined) {
    patient.id = id;
  }
  const last = textAt(data, 'name/lastname');
  const given = [textAt(data, 'name/firstname'), textAt(data, 'name/middlename')]
    .filter((part): part is string => part !== undefined)
    .join(' ');
  const name = [last, given].filter((part) => part !== undefined && part !== '').join(', ');
  if (name !== '') {
    patient.name = name;
  }
  const sex = SEX.get((textAt(data, 'sex') ?? '').toLowerCase());
  if (sex !== undefined) {
    patient.sex = sex;
  }
  const years = parseDecimal(textAt(data, 'age/years'));
  if (years !== undefined && years >= 0 && years <= 150) {
    patient.ageYears = years;
  }
  const birthDate = textAt(data, 'age/dateofbirth');
  if (birthDate !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(birthDate)) {
    patient.birthDate = birthDate;
  }
  return patient;
}

/**
 * Acquisition date and time from `dataacquisition` (or `reportinfo` when it has none).
 * @example readPhilipsAcquisitionTime(root) // { date: '2010-01-19', time: '15:19:22' }
 */
export function readPhilipsAcquisitionTime(root: XmlElement): EcgAcquisitionTime | undefined {
  for (const element of [xmlFind(root, 'dataacquisition'), xmlFind(root, 'reportinfo')]) {
    if (element === undefined) {
      continue;
    }
    const date = xmlAttribute(element, 'date')?.trim();
    const time = xmlAttribute(element, 'time')?.trim();
    const validDate = date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(date);
    const validTime = time !== undefined && /^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(time);
    if (validDate || validTime) {
      return { ...(validDate ? { date } : {}), ...(validTime ? { time } : {}) };
    }
  }
  return undefined;
}

/**
 * The cart from `dataacquisition/machine`: its text is the model (`PageWriter Touch`),
 * `machineid` the serial, and `detaildescription` `maker:product number:software version`
 * (e.g. `Philips Medical Products:860315:A.01.01.01`); the institution from `acquirer`.
 * @example readPhilipsDevice(root).softwareVersion // 'A.01.01.01'
 */
export function readPhilipsDevice(root: XmlElement): EcgDevice {
  const machine = xmlFind(root, 'dataacquisition/machine');
  const device: EcgDevice = {};
  const description =
    machine === undefined ? '' : (xmlAttribute(machine, 'detaildescription') ?? '');
  const [maker, product, software] = description.split(':').map((part) => part.trim());
  if (maker) {
    device.manufacturer = maker;
  }
  const model = machine?.text.trim();
  if (model) {
    device.model = product ? `${model} (${product})` : model;
  }
  const serial = machine === undefined ? undefined : xmlAttribute(machine, 'machineid')?.trim();
  if (serial) {
    device.serialNumber = serial;
  }
  if (software) {
    device.softwareVersion = software;
  }
  const acquirer = xmlFind(root, 'dataacquisition/acquirer');
  const institution = textAt(acquirer, 'institutionname');
  const department = textAt(acquirer, 'departmentname') ?? textAt(acquirer, 'departmentid');
  const place = [institution, department].filter((part): part is string => part !== undefined);
  if (place.length > 0) {
    device.institution = place.join(' / ');
  }
  return device;
}
