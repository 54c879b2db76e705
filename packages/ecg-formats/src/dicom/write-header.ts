/**
 * The writer's non-waveform modules (PS3.3 §A.34.3.3): Patient (§C.7.1.1), General Study
 * (§C.7.2.1), Patient Study (§C.7.2.2, age only), General Series (§C.7.3.1), General Equipment
 * (§C.7.5.1), Waveform Identification (§C.10.8), Acquisition Context (§C.7.6.14) and SOP Common
 * (§C.12.1). Type 2 attributes the record cannot fill are written empty, as the standard asks.
 */
import type { EcgRecord } from '../record.js';
import type { DicomWriteElement } from './encode-dataset.js';
import { TAG } from './tags.js';
import { asText, daText, dicomText, dtText, tmText, utcDateTime } from './write-values.js';

/** UIDs, clock and warning sink for {@link headerElements}. */
export interface HeaderContext {
  sopClassUid: string;
  sopInstanceUid: string;
  studyInstanceUid: string;
  seriesInstanceUid: string;
  now: Date;
  warnings: string[];
}

const SEX_CODES = { male: 'M', female: 'F', other: 'O', unknown: '' } as const;

/**
 * The data set's elements outside the Waveform and Waveform Annotation modules.
 * @param record - the record being written
 * @param context - UIDs, the clock for creation and fallback times, and the warning sink
 * @returns the elements (unsorted)
 * @example headerElements(record, { sopClassUid, sopInstanceUid, studyInstanceUid, seriesInstanceUid, now: new Date(), warnings: [] })
 */
export function headerElements(record: EcgRecord, context: HeaderContext): DicomWriteElement[] {
  const { warnings } = context;
  const { patient, device } = record;
  const text = (value: string | undefined, vr: string, what: string): string =>
    value === undefined ? '' : dicomText(value, vr, what, warnings);
  const created = utcDateTime(context.now);
  const acquisition = acquisitionFields(record, created, warnings);
  const optional = (
    tag: number,
    vr: string,
    value: string | undefined,
    what: string,
  ): DicomWriteElement[] =>
    value === undefined || value.trim() === '' ? [] : [{ tag, vr, value: text(value, vr, what) }];
  const elements: DicomWriteElement[] = [
    // SOP Common
    { tag: TAG.InstanceCreationDate, vr: 'DA', value: created.date },
    { tag: TAG.InstanceCreationTime, vr: 'TM', value: created.time },
    { tag: TAG.SopClassUid, vr: 'UI', value: context.sopClassUid },
    { tag: TAG.SopInstanceUid, vr: 'UI', value: context.sopInstanceUid },
    // General Study
    { tag: TAG.StudyDate, vr: 'DA', value: acquisition.studyDate },
    { tag: TAG.StudyTime, vr: 'TM', value: acquisition.studyTime },
    { tag: TAG.AccessionNumber, vr: 'SH', value: '' },
    { tag: TAG.ReferringPhysicianName, vr: 'PN', value: '' },
    { tag: TAG.StudyInstanceUid, vr: 'UI', value: context.studyInstanceUid },
    { tag: TAG.StudyId, vr: 'SH', value: '' },
    // Waveform Identification
    { tag: TAG.ContentDate, vr: 'DA', value: acquisition.contentDate },
    { tag: TAG.ContentTime, vr: 'TM', value: acquisition.contentTime },
    { tag: TAG.AcquisitionDateTime, vr: 'DT', value: acquisition.dateTime },
    { tag: TAG.InstanceNumber, vr: 'IS', value: '1' },
    // General Series
    { tag: TAG.Modality, vr: 'CS', value: 'ECG' },
    { tag: TAG.SeriesInstanceUid, vr: 'UI', value: context.seriesInstanceUid },
    { tag: TAG.SeriesNumber, vr: 'IS', value: '1' },
    // General Equipment
    { tag: TAG.Manufacturer, vr: 'LO', value: text(device.manufacturer, 'LO', 'Manufacturer') },
    ...optional(TAG.InstitutionName, 'LO', device.institution, 'Institution'),
    ...optional(TAG.ManufacturerModelName, 'LO', device.model, 'Device model'),
    ...optional(TAG.DeviceSerialNumber, 'LO', device.serialNumber, 'Device serial number'),
    ...optional(TAG.SoftwareVersions, 'LO', device.softwareVersion, 'Software version'),
    // Patient and Patient Study
    { tag: TAG.PatientName, vr: 'PN', value: text(patient.name, 'PN', "Patient's name") },
    { tag: TAG.PatientId, vr: 'LO', value: text(patient.id, 'LO', 'Patient ID') },
    { tag: TAG.PatientBirthDate, vr: 'DA', value: daText(patient.birthDate) },
    { tag: TAG.PatientSex, vr: 'CS', value: SEX_CODES[patient.sex ?? 'unknown'] },
    ...optional(TAG.PatientAge, 'AS', asText(patient.ageYears), 'Age'),
    // Acquisition Context: no coded context is known; the record's comments as description.
    { tag: TAG.AcquisitionContextSequence, vr: 'SQ', value: [] },
    ...optional(TAG.AcquisitionContextDescription, 'ST', record.comments.join('\n'), 'Comments'),
  ];
  const nonAscii = elements.some(
    (e) => typeof e.value === 'string' && /[^\x20-\x7e\n]/.test(e.value),
  );
  return nonAscii
    ? [{ tag: TAG.SpecificCharacterSet, vr: 'CS', value: 'ISO_IR 192' }, ...elements]
    : elements;
}

/** Study, Content and Acquisition date/time; the creation time stands in when none is known. */
function acquisitionFields(
  record: EcgRecord,
  created: { date: string; time: string },
  warnings: string[],
): {
  studyDate: string;
  studyTime: string;
  contentDate: string;
  contentTime: string;
  dateTime: string;
} {
  const time = record.acquisitionTime;
  const date = daText(time?.date);
  if (date === '') {
    warnings.push(
      'The record has no acquisition date: Content Date/Time and Acquisition DateTime (Type 1) hold the file creation time (UTC)',
    );
    return {
      studyDate: '',
      studyTime: '',
      contentDate: created.date,
      contentTime: created.time,
      dateTime: `${created.date}${created.time}+0000`,
    };
  }
  const clock = tmText(time?.time);
  if (clock === '') {
    warnings.push(
      'The record has no acquisition time of day: Content Time (Type 1) written as 000000',
    );
  }
  return {
    studyDate: date,
    studyTime: clock,
    contentDate: date,
    contentTime: clock === '' ? '000000' : clock,
    dateTime: dtText(time),
  };
}
