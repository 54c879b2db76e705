/**
 * Patient, device, site and comments of an aECG document, from the places the HL7 aECG
 * Implementation Guide (2005) and its example file put them:
 * - patient: `componentOf/timepointEvent/componentOf/subjectAssignment/subject/trialSubject`
 *   (`id@extension`, `subjectDemographicPerson/name`, `administrativeGenderCode`, `birthTime`);
 *   age: `controlVariable/relatedObservation` with LOINC 21612-7 "Reported Age";
 * - device: the rhythm series' `author/seriesAuthor` (`manufacturedSeriesDevice` model, software,
 *   id; `manufacturerOrganization/name`); site: `location/testingSite/location/name`;
 * - comments: `pertainsTo/subjectFindingComment/text`.
 */
import type { EcgDevice, EcgPatient, EcgPatientSex } from '../record.js';
import { xmlChildren, xmlFind, xmlFindAll, xmlText } from '../xml/xml-query.js';
import type { XmlElement } from '../xml/xml-types.js';
import { parseHl7Timestamp } from './hl7-time.js';

/** Path from the document root to the trial subject. */
export const TRIAL_SUBJECT_PATH =
  'componentOf/timepointEvent/componentOf/subjectAssignment/subject/trialSubject';

/** LOINC 21612-7, "Age - Reported". */
export const LOINC_REPORTED_AGE = '21612-7';

const SEX_BY_HL7_CODE: Readonly<Record<string, EcgPatientSex>> = {
  M: 'male',
  F: 'female',
  UN: 'unknown',
};

/** Years per UCUM time unit, for the reported age. */
const YEARS_PER_UNIT: Readonly<Record<string, number>> = {
  a: 1,
  mo: 1 / 12,
  wk: 7 / 365.25,
  d: 1 / 365.25,
};

/**
 * Patient fields of the document; empty object when it names none.
 * @param root - the `AnnotatedECG` element
 */
export function readAecgPatient(root: XmlElement): EcgPatient {
  const patient: EcgPatient = {};
  const subject = xmlFind(root, TRIAL_SUBJECT_PATH);
  const id = subject === undefined ? undefined : xmlFind(subject, 'id')?.attributes['extension'];
  if (id !== undefined && id.trim() !== '') {
    patient.id = id.trim();
  }
  const person = subject === undefined ? undefined : xmlFind(subject, 'subjectDemographicPerson');
  if (person !== undefined) {
    const name = personName(xmlFind(person, 'name'));
    if (name !== undefined) {
      patient.name = name;
    }
    const gender = xmlFind(person, 'administrativeGenderCode')?.attributes['code'];
    if (gender !== undefined) {
      patient.sex = SEX_BY_HL7_CODE[gender] ?? 'other';
    }
    const birth = parseHl7Timestamp(xmlFind(person, 'birthTime')?.attributes['value']);
    if (birth?.date !== undefined) {
      patient.birthDate = birth.date;
    }
  }
  for (const observation of xmlFindAll(root, 'controlVariable/relatedObservation')) {
    const value = xmlFind(observation, 'value');
    const perYear = YEARS_PER_UNIT[value?.attributes['unit'] ?? ''];
    const age = Number(value?.attributes['value']) * (perYear ?? NaN);
    if (
      xmlFind(observation, 'code')?.attributes['code'] === LOINC_REPORTED_AGE &&
      age >= 0 &&
      age <= 150
    ) {
      patient.ageYears = age;
    }
  }
  return patient;
}

/**
 * Device fields of a series' author, and the testing site of the document.
 * @param root - the `AnnotatedECG` element
 * @param series - the rhythm series
 */
export function readAecgDevice(root: XmlElement, series: XmlElement | undefined): EcgDevice {
  const device: EcgDevice = {};
  const author = series === undefined ? undefined : xmlFind(series, 'author/seriesAuthor');
  const fields: [keyof EcgDevice, string | undefined][] = [
    ['manufacturer', author && xmlText(author, 'manufacturerOrganization/name')],
    ['model', author && xmlText(author, 'manufacturedSeriesDevice/manufacturerModelName')],
    ['softwareVersion', author && xmlText(author, 'manufacturedSeriesDevice/softwareName')],
    [
      'serialNumber',
      author && xmlFind(author, 'manufacturedSeriesDevice/id')?.attributes['extension']?.trim(),
    ],
    ['institution', xmlText(root, 'location/testingSite/location/name')],
  ];
  for (const [key, value] of fields) {
    if (value !== undefined && value !== '') {
      device[key] = value;
    }
  }
  return device;
}

/**
 * Free-text comments on the subject's findings, in document order.
 * @param root - the `AnnotatedECG` element
 */
export function readAecgComments(root: XmlElement): string[] {
  return xmlFindAll(root, 'pertainsTo/subjectFindingComment')
    .map((comment) => xmlText(comment, 'text'))
    .filter((text): text is string => text !== undefined);
}

/** An HL7 PN: plain text, or `given`/`family` parts joined with spaces. */
function personName(name: XmlElement | undefined): string | undefined {
  if (name === undefined) {
    return undefined;
  }
  const parts = ['prefix', 'given', 'family', 'suffix'].flatMap((part) =>
    xmlChildren(name, part).map((element) => element.text.trim()),
  );
  const text = [name.text.trim(), ...parts].filter((part) => part !== '').join(' ');
  return text === '' ? undefined : text;
}
