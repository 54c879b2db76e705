/**
 * Patient, device, acquisition time and comments from the DICOM data set: the Patient, Patient
 * Study, General Equipment and Waveform Identification modules (PS3.3 §C.7.1.1, §C.7.2.2,
 * §C.7.5.1, §C.10.8), plus the Acquisition Context (§C.7.6.14) as comments.
 */
import type { EcgAcquisitionTime, EcgDevice, EcgPatient, EcgPatientSex } from '../record.js';
import { dicomCode } from './channel-definition.js';
import { asciiText, dicomItems, dicomString } from './dataset.js';
import type { DicomDataset, DicomTextDecoder } from './dataset.js';
import { TAG } from './tags.js';
import {
  dicomAgeYears,
  dicomDate,
  dicomDateTime,
  dicomPersonName,
  dicomTime,
  dicomUtcOffsetMinutes,
} from './values.js';

const SEX: Readonly<Record<string, EcgPatientSex>> = { M: 'male', F: 'female', O: 'other' };

/**
 * The Patient module's fields that the record carries.
 * @example dicomPatient(ds, decode) // { id: '642341', sex: 'female', birthDate: '1971-01-23', ageYears: 42, name: '…' }
 */
export function dicomPatient(dataset: DicomDataset, decode: DicomTextDecoder): EcgPatient {
  const name = dicomPersonName(dicomString(dataset, TAG.PatientName, decode));
  const id = dicomString(dataset, TAG.PatientId, decode);
  const sex = SEX[dicomString(dataset, TAG.PatientSex, asciiText)?.toUpperCase() ?? ''];
  const birthDate = dicomDate(dicomString(dataset, TAG.PatientBirthDate, asciiText));
  const ageYears = dicomAgeYears(dicomString(dataset, TAG.PatientAge, asciiText));
  return {
    ...(id === undefined ? {} : { id }),
    ...(name === undefined ? {} : { name }),
    ...(sex === undefined ? {} : { sex }),
    ...(ageYears === undefined ? {} : { ageYears }),
    ...(birthDate === undefined ? {} : { birthDate }),
  };
}

/**
 * The General Equipment module's fields that the record carries.
 * @example dicomDevice(ds, decode).model // 'el250'
 */
export function dicomDevice(dataset: DicomDataset, decode: DicomTextDecoder): EcgDevice {
  const fields: [keyof EcgDevice, number][] = [
    ['manufacturer', TAG.Manufacturer],
    ['model', TAG.ManufacturerModelName],
    ['serialNumber', TAG.DeviceSerialNumber],
    ['softwareVersion', TAG.SoftwareVersions],
    ['institution', TAG.InstitutionName],
  ];
  const device: EcgDevice = {};
  for (const [key, tag] of fields) {
    const value = dicomString(dataset, tag, decode);
    if (value !== undefined) {
      device[key] = value;
    }
  }
  return device;
}

/**
 * When the recording started: Acquisition DateTime (0008,002A), else Content Date and Time, else
 * Study Date and Time; the offset from DT's suffix or Timezone Offset From UTC (0008,0201).
 * @example dicomAcquisitionTime(ds) // { date: '2013-01-25', time: '10:59:19' }
 */
export function dicomAcquisitionTime(dataset: DicomDataset): EcgAcquisitionTime | undefined {
  const text = (tag: number): string | undefined => dicomString(dataset, tag, asciiText);
  const fromDateTime = dicomDateTime(text(TAG.AcquisitionDateTime));
  const fromPair = (dateTag: number, timeTag: number): EcgAcquisitionTime | undefined => {
    const date = dicomDate(text(dateTag));
    const time = dicomTime(text(timeTag));
    return date === undefined ? undefined : { date, ...(time === undefined ? {} : { time }) };
  };
  const found =
    fromDateTime ??
    fromPair(TAG.ContentDate, TAG.ContentTime) ??
    fromPair(TAG.StudyDate, TAG.StudyTime);
  const offset = dicomUtcOffsetMinutes(text(TAG.TimezoneOffsetFromUtc));
  if (found === undefined || found.utcOffsetMinutes !== undefined || offset === undefined) {
    return found;
  }
  return { ...found, utcOffsetMinutes: offset };
}

/**
 * Comments: the Acquisition Context Description (0040,0556), one comment per line, then each
 * coded Acquisition Context item as `Concept: Value` (e.g. the electrode placement).
 * @example dicomComments(ds, decode) // ['Electrode Placement: Standard 12-lead positions: …']
 */
export function dicomComments(dataset: DicomDataset, decode: DicomTextDecoder): string[] {
  const description = dicomString(dataset, TAG.AcquisitionContextDescription, decode);
  const comments = description === undefined ? [] : description.split(/\r?\n/);
  for (const item of dicomItems(dataset, TAG.AcquisitionContextSequence)) {
    const concept = dicomCode(item, TAG.ConceptNameCodeSequence, decode);
    const value = dicomCode(item, TAG.ConceptCodeSequence, decode);
    const name = concept.meaning ?? concept.value;
    const text = value.meaning ?? value.value;
    if (name !== undefined && text !== undefined) {
      comments.push(`${name}: ${text}`);
    }
  }
  return comments;
}
