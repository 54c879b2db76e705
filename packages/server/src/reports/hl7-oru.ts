/**
 * The signed report as an HL7 v2.5.1 ORU^R01 message (unsolicited observation result):
 * MSH, PID, OBR (11524-6 EKG study), NTE for an amendment's reason, then OBX rows: NM for the
 * measurements with UCUM units, CWE for each coded statement (SNOMED CT, with our code and the
 * Chinese text as the alternate coding), TX for a free-text statement, FT for the conclusion.
 * Result status F (final) for version 1, C (corrected) for an amended report.
 */
import { components, escapeHl7, segment } from './hl7-encoding.js';
import {
  EKG_IMPRESSION,
  EKG_STUDY,
  reportMeasurements,
  resolveStatements,
} from './report-content.js';
import { hl7Acquisition, hl7Instant } from './report-time.js';
import type { SignedReport } from './signed-report.js';

/** Options of {@link buildOruR01}. */
export interface OruOptions {
  /** IANA zone of the message's timestamps. */
  timeZone: string;
  /** MSH-10, unique per message (at most 20 characters). */
  controlId: string;
  /** MSH-7, ISO instant (default now). */
  now?: string;
}

/** HL7 table 0396 names: LN (LOINC), SCT (SNOMED CT), UCUM; 99GSG is our local code system. */
const LOCAL_SYSTEM = '99GSG';

const sexCodes: Record<string, string> = { male: 'M', female: 'F', other: 'O', unknown: 'U' };

const e = (text: string | null | undefined): string => (text == null ? '' : escapeHl7(text));

/**
 * Builds the message.
 * @returns ER7 text, segments ended by CR.
 * @example buildOruR01(signed, { timeZone: 'Asia/Shanghai', controlId: 'A1B2' }).startsWith('MSH|^~\\&|') // true
 */
export function buildOruR01(signed: SignedReport, options: OruOptions): string {
  const { study, report, uploadingOrg } = signed;
  const sender = signed.readingOrg ?? uploadingOrg;
  const status = report.version > 1 ? 'C' : 'F';
  const observed =
    hl7Acquisition(study.record?.acquisitionTime ?? null) ??
    hl7Instant(study.receivedAt, options.timeZone);
  const signedAt = hl7Instant(report.signedAt, options.timeZone);
  const reader = components(e(report.signedBy.id), e(report.signedBy.displayName));
  const segments: string[] = [];

  segments.push(
    segment('MSH', {
      3: 'GESANG',
      4: e(sender.code),
      6: e(uploadingOrg.code),
      7: hl7Instant(options.now ?? new Date().toISOString(), options.timeZone),
      9: components('ORU', 'R01', 'ORU_R01'),
      10: e(options.controlId),
      11: 'P',
      12: '2.5.1',
      15: 'NE',
      16: 'NE',
      17: 'CHN',
      18: 'UNICODE UTF-8',
    }),
  );

  const patient = study.record?.patient ?? {};
  const ids: string[] = [];
  if (patient.id !== undefined && patient.id.trim() !== '') {
    ids.push(components(e(patient.id.trim()), '', '', e(uploadingOrg.code), 'MR'));
  }
  if (study.patientId !== null) {
    ids.push(components(e(study.patientId), '', '', 'GESANG', 'PI'));
  }
  segments.push(
    segment('PID', {
      1: '1',
      3: ids.join('~'),
      5: e(patient.name?.trim()),
      7: patient.birthDate?.replaceAll('-', ''),
      8: patient.sex === undefined ? '' : sexCodes[patient.sex],
    }),
  );

  segments.push(
    segment('OBR', {
      1: '1',
      3: components(e(study.id), 'GESANG'),
      4: components(EKG_STUDY.code, EKG_STUDY.display, 'LN'),
      7: observed,
      22: signedAt,
      24: 'EC',
      25: status,
      // NDL: the interpreter's name is a CNN in the first component, subcomponents split by &.
      32: `${e(report.signedBy.id)}&${e(report.signedBy.displayName)}`,
    }),
  );
  if (report.version > 1) {
    segments.push(
      segment('NTE', {
        1: '1',
        2: 'L',
        3: e(`已修订 Amended (v${report.version}): ${report.amendmentReason ?? ''}`),
      }),
    );
  }

  let setId = 0;
  const obx = (fields: Record<number, string | undefined>): void => {
    setId += 1;
    segments.push(segment('OBX', { 1: String(setId), 11: status, 14: observed, ...fields }));
  };
  // The reader is the responsible observer of what they signed (OBX-16, OBX-19 the time of
  // signing); the measurements are the machine's, so they name none.
  const signedBy = { 16: reader, 19: signedAt };
  for (const m of reportMeasurements(study.analysis)) {
    if (m.value !== null) {
      obx({
        2: 'NM',
        3: components(m.loinc, e(m.display), 'LN'),
        5: String(m.value),
        6: components(e(m.unit), e(m.unit), 'UCUM'),
        17: m.method === undefined ? undefined : components('', e(m.method)),
      });
    }
  }
  const impression = components(EKG_IMPRESSION.code, EKG_IMPRESSION.display, 'LN');
  resolveStatements(report.statements).forEach((s, i) => {
    if (s.en === null) {
      obx({ 2: 'TX', 3: impression, 4: String(i + 1), 5: e(s.readerText ?? s.zh), ...signedBy });
      return;
    }
    // CWE: SNOMED CT (or our code) with the English text; our code with the Chinese text as
    // the alternate; CWE-9, original text, the reader's own wording when given.
    const primary =
      s.snomedCt === null ? [e(s.code), e(s.en), LOCAL_SYSTEM] : [s.snomedCt, e(s.en), 'SCT'];
    const value = components(...primary, e(s.code), e(s.zh), LOCAL_SYSTEM, '', '', e(s.readerText));
    obx({ 2: 'CWE', 3: impression, 4: String(i + 1), 5: value, ...signedBy });
  });
  const conclusionSubId = String(report.statements.length + 1);
  obx({
    2: 'FT',
    3: impression,
    4: conclusionSubId,
    5: escapeHl7(report.conclusion, true),
    ...signedBy,
  });
  return `${segments.join('\r')}\r`;
}
