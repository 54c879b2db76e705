/**
 * Writer of HL7 aECG documents (PORT_MT020001, structure of the HL7 aECG Implementation Guide's
 * example): UTF-8 XML that {@link readAecg} reads back with every sample identical in µV and the
 * patient, device, time, comments, measurements and statements kept.
 */
import { EcgFormatError } from '../errors.js';
import type { EcgRecord } from '../record.js';
import { encodeUtf8, XmlWriter } from '../xml/xml-write.js';
import { formatHl7Timestamp } from './hl7-time.js';
import { LOINC_REPORTED_AGE } from './aecg-metadata.js';
import type { AecgRecord } from './read-aecg.js';
import { ACT_CODE, writeAnnotationSet, writeSequenceSet } from './write-aecg-series.js';

/** Options of {@link writeAecg}. */
export interface WriteAecgOptions {
  /** The document's `id@root` (a UUID or OID); `nullFlavor="NI"` when absent. */
  documentId?: string;
}

const HL7_GENDER = { male: 'M', female: 'F', unknown: 'UN', other: 'UN' } as const;

/**
 * Writes a record (and its `medianBeats`, when present) as an HL7 aECG document.
 * @param record - any record (an {@link EcgRecord} or one with `medianBeats`); leads must hold
 *   finite samples (aECG cannot mark invalid ones)
 * @param options - document id
 * @returns the document as UTF-8 bytes
 * @throws EcgFormatError `unsupported` for a NaN/infinite sample, `bad-data` for a record
 *   without leads or with a sample rate ≤ 0
 * @example
 * const bytes = writeAecg(readAecg(original));
 * readAecg(bytes).leads[0]?.samplesUv; // identical to the original's
 */
export function writeAecg(record: AecgRecord, options: WriteAecgOptions = {}): Uint8Array {
  if (record.leads.length === 0 || !(record.sampleRateHz > 0)) {
    throw new EcgFormatError(
      'bad-data',
      'A record needs leads and a sample rate > 0 to be written',
    );
  }
  const xml = new XmlWriter();
  const startTs = record.acquisitionTime && formatHl7Timestamp(record.acquisitionTime);
  xml.open('AnnotatedECG', {
    xmlns: 'urn:hl7-org:v3',
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    type: 'Observation',
  });
  xml.leaf(
    'id',
    options.documentId === undefined ? { nullFlavor: 'NI' } : { root: options.documentId },
  );
  xml.leaf('code', {
    code: '93000',
    codeSystem: '2.16.840.1.113883.6.12',
    codeSystemName: 'CPT-4',
  });
  xml.open('effectiveTime');
  xml.leaf('center', startTs === undefined ? { nullFlavor: 'NI' } : { value: startTs });
  xml.close('effectiveTime');
  writeSubject(xml, record);
  if (record.device.institution !== undefined) {
    xml.open('location');
    xml.open('testingSite');
    xml.leaf('id', { nullFlavor: 'NI' });
    xml.open('location');
    xml.leaf('name', {}, record.device.institution);
    xml.close('location');
    xml.close('testingSite');
    xml.close('location');
  }
  if (record.patient.ageYears !== undefined) {
    xml.open('controlVariable');
    xml.open('relatedObservation');
    xml.leaf('code', {
      code: LOINC_REPORTED_AGE,
      codeSystem: '2.16.840.1.113883.6.1',
      codeSystemName: 'LOINC',
      displayName: 'Reported Age',
    });
    xml.leaf('value', { 'xsi:type': 'PQ', value: record.patient.ageYears, unit: 'a' });
    xml.close('relatedObservation');
    xml.close('controlVariable');
  }
  for (const comment of record.comments) {
    xml.open('pertainsTo');
    xml.open('subjectFindingComment');
    xml.leaf('text', {}, comment);
    xml.close('subjectFindingComment');
    xml.close('pertainsTo');
  }
  xml.open('component');
  xml.open('series');
  xml.leaf('code', { code: 'RHYTHM', ...ACT_CODE, displayName: 'Rhythm Waveforms' });
  writeSeriesTime(xml, startTs);
  writeSeriesAuthor(xml, record);
  writeSequenceSet(xml, record, startTs);
  writeAnnotationSet(xml, record.cartMeasurements, record.cartStatements);
  const beat = record.medianBeats;
  if (beat !== undefined && beat.leads.length > 0) {
    xml.open('derivation');
    xml.open('derivedSeries');
    xml.leaf('code', {
      code: 'REPRESENTATIVE_BEAT',
      ...ACT_CODE,
      displayName: 'Representative Beat Waveforms',
    });
    writeSeriesTime(xml, startTs);
    writeSequenceSet(xml, beat, undefined);
    xml.close('derivedSeries');
    xml.close('derivation');
  }
  xml.close('series');
  xml.close('component');
  xml.close('AnnotatedECG');
  return encodeUtf8(xml.toString());
}

/** A series' `effectiveTime` (required by PORT_MT020001): its start, or a null flavour. */
function writeSeriesTime(xml: XmlWriter, startTs: string | undefined): void {
  if (startTs === undefined) {
    xml.leaf('effectiveTime', { nullFlavor: 'NI' });
    return;
  }
  xml.open('effectiveTime');
  xml.leaf('low', { value: startTs, inclusive: 'true' });
  xml.close('effectiveTime');
}

/** `componentOf/timepointEvent/…/trialSubject` with the patient's demographics. */
function writeSubject(xml: XmlWriter, record: EcgRecord): void {
  const { patient } = record;
  const birthTs = patient.birthDate && formatHl7Timestamp({ date: patient.birthDate });
  for (const name of [
    'componentOf',
    'timepointEvent',
    'componentOf',
    'subjectAssignment',
    'subject',
    'trialSubject',
  ]) {
    xml.open(name);
  }
  xml.leaf('id', patient.id === undefined ? { nullFlavor: 'NI' } : { extension: patient.id });
  if (patient.name !== undefined || patient.sex !== undefined || birthTs !== undefined) {
    xml.open('subjectDemographicPerson');
    if (patient.name !== undefined) {
      xml.leaf('name', {}, patient.name);
    }
    if (patient.sex !== undefined) {
      xml.leaf('administrativeGenderCode', {
        code: HL7_GENDER[patient.sex],
        codeSystem: '2.16.840.1.113883.5.1',
      });
    }
    if (birthTs !== undefined) {
      xml.leaf('birthTime', { value: birthTs });
    }
    xml.close('subjectDemographicPerson');
  }
  xml.close('trialSubject');
  xml.close('subject');
  xml.open('componentOf');
  xml.open('clinicalTrial');
  xml.leaf('id', { nullFlavor: 'NI' });
  xml.close('clinicalTrial');
  xml.close('componentOf');
  for (const name of ['subjectAssignment', 'componentOf', 'timepointEvent', 'componentOf']) {
    xml.close(name);
  }
}

/** `author/seriesAuthor` naming the device, when the record names any of it. */
function writeSeriesAuthor(xml: XmlWriter, record: EcgRecord): void {
  const { manufacturer, model, softwareVersion, serialNumber } = record.device;
  if ([manufacturer, model, softwareVersion, serialNumber].every((field) => field === undefined)) {
    return;
  }
  xml.open('author');
  xml.open('seriesAuthor');
  xml.open('manufacturedSeriesDevice');
  xml.leaf('id', serialNumber === undefined ? { nullFlavor: 'NI' } : { extension: serialNumber });
  if (model !== undefined) {
    xml.leaf('manufacturerModelName', {}, model);
  }
  if (softwareVersion !== undefined) {
    xml.leaf('softwareName', {}, softwareVersion);
  }
  xml.close('manufacturedSeriesDevice');
  if (manufacturer !== undefined) {
    xml.open('manufacturerOrganization');
    xml.leaf('name', {}, manufacturer);
    xml.close('manufacturerOrganization');
  }
  xml.close('seriesAuthor');
  xml.close('author');
}
