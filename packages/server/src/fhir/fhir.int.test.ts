import { readFhirObservationJson } from '@gesang/ecg-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  claimAndSign,
  createReportWorld,
  uploadAnalysedDicom,
  type ReportWorld,
} from '../reports/signed-study.test-helper.js';

let world: ReportWorld;
let studyId: string;

interface Resource {
  resourceType: string;
  id?: string;
  [key: string]: unknown;
}
interface Coding {
  system?: string;
  code?: string;
}
interface DiagnosticReport extends Resource {
  status: string;
  code: { coding: Coding[] };
  subject: { reference: string };
  contained: Resource[];
  result: { reference: string }[];
  conclusion: string;
  conclusionCode: { coding?: Coding[]; text?: string }[];
  presentedForm: { contentType: string; url: string }[];
  effectiveDateTime: string;
  issued: string;
  performer: { reference: string }[];
  resultsInterpreter: { reference: string; display: string }[];
}

beforeAll(async () => {
  world = await createReportWorld();
  studyId = (await uploadAnalysedDicom(world)).id;
});
afterAll(async () => {
  await world.t.close();
});

describe('FHIR R4 DiagnosticReport', () => {
  it('answers 404 as an OperationOutcome before signing, and 401 without a session', async () => {
    const response = await world.tech.get(`/fhir/R4/DiagnosticReport/${studyId}`);
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toBe('application/fhir+json; charset=utf-8');
    expect(response.json<Resource>()).toMatchObject({
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'error', code: 'not-found' }],
    });
    const anonymous = await world.t.app.inject(`/fhir/R4/DiagnosticReport/${studyId}`);
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json<Resource>().resourceType).toBe('OperationOutcome');
    const unknown = await world.tech.get('/fhir/R4/Patient/123');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json<Resource>().resourceType).toBe('OperationOutcome');
    await claimAndSign(
      world,
      studyId,
      [{ code: 'sinus_rhythm' }, { code: 'left_axis_deviation' }],
      '窦性心律，电轴左偏。',
    );
  });

  it('is the signed report with subject, measurements and SNOMED CT conclusion codes', async () => {
    const response = await world.tech.get(`/fhir/R4/DiagnosticReport/${studyId}`);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    const report = response.json<DiagnosticReport>();
    expect(report.resourceType).toBe('DiagnosticReport');
    expect(report.id).toBe(studyId);
    expect(report.status).toBe('final');
    expect(report.code.coding).toContainEqual({
      system: 'http://loinc.org',
      code: '11524-6',
      display: 'EKG study',
    });
    // The subject is a contained Patient with what the file says (pydicom: sex F, born 19710123).
    expect(report.subject.reference).toBe('#patient');
    const patient = report.contained.find((r) => r.id === 'patient');
    expect(patient).toMatchObject({
      resourceType: 'Patient',
      gender: 'female',
      birthDate: '1971-01-23',
    });
    // Every '#' reference resolves to a contained resource (FHIR R4 invariant dom-3, inverted).
    const containedIds = new Set(report.contained.map((r) => r.id));
    const local = [
      report.subject,
      ...report.result,
      ...report.performer,
      ...report.resultsInterpreter,
    ]
      .map((r) => r.reference)
      .filter((ref) => ref.startsWith('#'));
    expect(local.length).toBeGreaterThan(3);
    for (const ref of local) {
      expect(containedIds.has(ref.slice(1))).toBe(true);
    }
    const rate = report.contained.find((r) => r.id === 'm-heartRate') as
      | {
          code: { coding: Coding[] };
          valueQuantity: { value: number; code: string; system: string };
        }
      | undefined;
    expect(rate?.code.coding[0]).toMatchObject({ system: 'http://loinc.org', code: '8867-4' });
    expect(rate?.valueQuantity).toMatchObject({
      code: '/min',
      system: 'http://unitsofmeasure.org',
    });
    expect(report.result).toContainEqual({
      reference: `Observation/${studyId}`,
      display: '12-lead ECG waveform',
    });
    expect(report.conclusion).toBe('窦性心律，电轴左偏。');
    const snomed = report.conclusionCode
      .flatMap((c) => c.coding ?? [])
      .filter((c) => c.system === 'http://snomed.info/sct');
    expect(snomed.map((c) => c.code)).toEqual(['426783006', '39732003']);
    expect(report.resultsInterpreter[0]?.display).toBe(world.readerName);
    expect(report.issued).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
    // pydicom: AcquisitionDateTime 20130125105919 without an offset, so FHIR gets the date alone.
    expect(report.effectiveDateTime).toBe('2013-01-25');
    const form = report.presentedForm[0];
    expect(form?.contentType).toBe('application/pdf');
    expect(form?.url.endsWith(`/api/ecg/studies/${studyId}/report.pdf`)).toBe(true);
  });

  it('is 404 for a reader whose organisation has no grant', async () => {
    const response = await world.stranger.get(`/fhir/R4/DiagnosticReport/${studyId}`);
    expect(response.statusCode).toBe(404);
    expect(response.json<Resource>().resourceType).toBe('OperationOutcome');
    expect((await world.stranger.get(`/fhir/R4/Observation/${studyId}`)).statusCode).toBe(404);
  });

  it('is amended after an amendment', async () => {
    const amend = await world.reader.post(`/api/ecg/studies/${studyId}/amend`, {
      statements: [{ code: 'sinus_rhythm' }],
      conclusion: '窦性心律。',
      reason: 'axis re-measured',
    });
    expect(amend.statusCode, amend.body).toBe(200);
    const report = (
      await world.tech.get(`/fhir/R4/DiagnosticReport/${studyId}`)
    ).json<DiagnosticReport>();
    expect(report.status).toBe('amended');
    expect(report.conclusion).toBe('窦性心律。');
  });
});

describe('FHIR R4 Observation (waveform)', () => {
  it('round-trips the samples through readFhirObservation', async () => {
    const response = await world.tech.get(`/fhir/R4/Observation/${studyId}`);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.headers['content-type']).toBe('application/fhir+json; charset=utf-8');
    const record = readFhirObservationJson(new Uint8Array(response.rawPayload));
    // From pydicom: 12 channels × 10,000 samples at 1000 Hz; lead I starts 100, 81.25, 62.5 µV
    // and lead II 112.5, 106.25, 100 µV (waveform_array applies ChannelSensitivity 1.25 µV).
    expect(record.sampleRateHz).toBe(1000);
    expect(record.leads.map((l) => l.name)).toEqual([
      'I',
      'II',
      'III',
      'aVR',
      'aVL',
      'aVF',
      'V1',
      'V2',
      'V3',
      'V4',
      'V5',
      'V6',
    ]);
    expect(record.leads.every((l) => l.samplesUv.length === 10_000)).toBe(true);
    expect(Array.from(record.leads[0]?.samplesUv.subarray(0, 3) ?? [])).toEqual([100, 81.25, 62.5]);
    expect(Array.from(record.leads[1]?.samplesUv.subarray(0, 3) ?? [])).toEqual([
      112.5, 106.25, 100,
    ]);
  });

  it('serves the public CapabilityStatement', async () => {
    const response = await world.t.app.inject('/fhir/R4/metadata');
    expect(response.statusCode).toBe(200);
    expect(response.json<Resource>()).toMatchObject({
      resourceType: 'CapabilityStatement',
      fhirVersion: '4.0.1',
    });
  });
});
