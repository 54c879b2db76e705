/**
 * Pieces of the FHIR R4 rendering of a signed ECG report: the contained Patient (from what the
 * cart wrote), the reader as a Practitioner, organisations, and one Observation per measurement.
 * Plain JSON objects; the shapes follow https://hl7.org/fhir/R4/ (Patient, Practitioner,
 * Organization, Observation).
 */
import type { RecordSummary } from '@gesang/domain';
import type { ReportMeasurement } from '../reports/report-content.js';
import type { ReportOrg } from '../reports/signed-report.js';

/** A FHIR resource as JSON. */
export type FhirResource = { resourceType: string; id?: string } & Record<string, unknown>;

/** FHIR code system URIs used here. */
export const systems = {
  loinc: 'http://loinc.org',
  snomed: 'http://snomed.info/sct',
  ucum: 'http://unitsofmeasure.org',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  v2Section: 'http://terminology.hl7.org/CodeSystem/v2-0074',
  /** Our ids (placeholders until the consortium publishes canonical URLs). */
  gesangPatient: 'urn:gesang:patient',
  gesangStudy: 'urn:gesang:ecg-study',
  gesangOrg: 'urn:gesang:organisation',
} as const;

const fhirDate = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * The patient as the cart recorded them (name, sex, birth date, the cart's patient id) plus the
 * registry patient the study is linked to, if any.
 * @example containedPatient(record.patient, null, org).gender // 'female'
 */
export function containedPatient(
  patient: RecordSummary['patient'],
  registryPatientId: string | null,
  uploadingOrg: ReportOrg,
): FhirResource {
  const identifier: Record<string, unknown>[] = [];
  if (patient.id !== undefined && patient.id.trim() !== '') {
    identifier.push({
      type: {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/v2-0203',
            code: 'MR',
            display: 'Medical record number',
          },
        ],
      },
      value: patient.id.trim(),
      assigner: { display: uploadingOrg.nameZh },
    });
  }
  if (registryPatientId !== null) {
    identifier.push({ system: systems.gesangPatient, value: registryPatientId });
  }
  return {
    resourceType: 'Patient',
    id: 'patient',
    ...(identifier.length > 0 ? { identifier } : {}),
    ...(patient.name !== undefined && patient.name.trim() !== ''
      ? { name: [{ text: patient.name.trim() }] }
      : {}),
    ...(patient.sex === undefined ? {} : { gender: patient.sex }),
    ...(patient.birthDate !== undefined && fhirDate.test(patient.birthDate)
      ? { birthDate: patient.birthDate }
      : {}),
  };
}

/** An organisation with its Chinese name, and the English and Tibetan ones as aliases. */
export function containedOrganization(id: string, org: ReportOrg): FhirResource {
  return {
    resourceType: 'Organization',
    id,
    identifier: [{ system: systems.gesangOrg, value: org.code }],
    name: org.nameZh,
    alias: [org.nameEn, ...(org.nameBo === null ? [] : [org.nameBo])],
  };
}

/** The reader who signed. */
export function containedPractitioner(id: string, displayName: string): FhirResource {
  return { resourceType: 'Practitioner', id, name: [{ text: displayName }] };
}

/**
 * One measured value as an Observation (LOINC code, UCUM quantity), or null when not measured.
 * The machine's measurements do not change when a reader amends the report: always `final`.
 * @param effective the report's effectiveDateTime, if known.
 */
export function measurementObservation(
  m: ReportMeasurement,
  effective: string | null,
): FhirResource | null {
  if (m.value === null) {
    return null;
  }
  return {
    resourceType: 'Observation',
    id: `m-${m.key}`,
    status: 'final',
    category: [
      {
        coding: [{ system: systems.observationCategory, code: 'procedure', display: 'Procedure' }],
      },
    ],
    code: {
      coding: [{ system: systems.loinc, code: m.loinc, display: m.display }],
      text: m.label.en,
    },
    subject: { reference: '#patient' },
    ...(effective === null ? {} : { effectiveDateTime: effective }),
    valueQuantity: { value: m.value, unit: m.unit, system: systems.ucum, code: m.unit },
    ...(m.method === undefined ? {} : { method: { text: m.method } }),
  };
}
