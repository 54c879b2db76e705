/**
 * The signed ECG report as a FHIR R4 DiagnosticReport (https://hl7.org/fhir/R4/diagnosticreport.html):
 * LOINC 11524-6 "EKG study", status `final` (`amended` after an amendment), the patient and the
 * measurements as contained resources, the reader as results interpreter, the reading
 * organisation as performer, the conclusion with one conclusionCode per signed statement
 * (SNOMED CT where the catalogue has a concept, and always our own code), the PDF as
 * presentedForm and the waveform Observation (`Observation/{study id}`) among the results.
 */
import {
  EKG_STUDY,
  GESANG_STATEMENT_SYSTEM,
  reportMeasurements,
  resolveStatements,
} from '../reports/report-content.js';
import { fhirAcquisition, fhirInstant } from '../reports/report-time.js';
import type { SignedReport } from '../reports/signed-report.js';
import {
  containedOrganization,
  containedPatient,
  containedPractitioner,
  measurementObservation,
  systems,
  type FhirResource,
} from './fhir-resources.js';

/** Options of {@link buildDiagnosticReport}. */
export interface DiagnosticReportOptions {
  /** Absolute URL of the report's PDF (presentedForm.url). */
  pdfUrl: string;
  /** IANA zone for `issued`. */
  timeZone: string;
}

function conclusionCodes(signed: SignedReport): Record<string, unknown>[] {
  return resolveStatements(signed.report.statements).map((s) => {
    const text =
      s.readerText === null ? s.zh : s.en === null ? s.readerText : `${s.zh}：${s.readerText}`;
    if (s.en === null) {
      return { text };
    }
    const coding: Record<string, unknown>[] = [];
    if (s.snomedCt !== null) {
      coding.push({ system: systems.snomed, code: s.snomedCt, display: s.en });
    }
    coding.push({ system: GESANG_STATEMENT_SYSTEM, code: s.code, display: s.en });
    return { coding, text };
  });
}

/**
 * Builds the resource.
 * @example buildDiagnosticReport(signed, { pdfUrl, timeZone: 'Asia/Shanghai' }).status // 'final'
 */
export function buildDiagnosticReport(
  signed: SignedReport,
  options: DiagnosticReportOptions,
): FhirResource {
  const { study, report } = signed;
  const effective = fhirAcquisition(study.record?.acquisitionTime ?? null);
  const issued = fhirInstant(report.signedAt, options.timeZone);
  const measurements = reportMeasurements(study.analysis).flatMap(
    (m) => measurementObservation(m, effective) ?? [],
  );
  const contained: FhirResource[] = [
    containedPatient(study.record?.patient ?? {}, study.patientId, signed.uploadingOrg),
    containedPractitioner('reader', report.signedBy.displayName),
    ...(signed.readingOrg === null
      ? []
      : [containedOrganization('reading-org', signed.readingOrg)]),
    ...measurements,
  ];
  return {
    resourceType: 'DiagnosticReport',
    id: study.id,
    meta: { versionId: String(report.version), lastUpdated: issued },
    contained,
    identifier: [{ system: systems.gesangStudy, value: study.id }],
    status: report.version > 1 ? 'amended' : 'final',
    category: [
      {
        coding: [
          {
            system: systems.v2Section,
            code: 'EC',
            display: 'Electrocardiac (e.g., EKG, EEC, Holter)',
          },
        ],
      },
    ],
    code: { coding: [EKG_STUDY], text: '心电图 EKG study' },
    subject: { reference: '#patient' },
    // Without an acquisition date, the time the study reached us.
    effectiveDateTime: effective ?? fhirInstant(study.receivedAt, options.timeZone),
    issued,
    performer: [
      signed.readingOrg === null
        ? { reference: '#reader', display: report.signedBy.displayName }
        : { reference: '#reading-org', display: signed.readingOrg.nameZh },
    ],
    resultsInterpreter: [{ reference: '#reader', display: report.signedBy.displayName }],
    result: [
      ...measurements.map((m) => ({ reference: `#${m.id ?? ''}` })),
      { reference: `Observation/${study.id}`, display: '12-lead ECG waveform' },
    ],
    conclusion: report.conclusion,
    conclusionCode: conclusionCodes(signed),
    presentedForm: [
      {
        contentType: 'application/pdf',
        language: 'zh-CN',
        url: options.pdfUrl,
        title: `心电图报告 ECG report v${report.version}`,
        creation: issued,
      },
    ],
  };
}
