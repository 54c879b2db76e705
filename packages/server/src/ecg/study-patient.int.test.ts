import { randomUUID } from 'node:crypto';
import type {
  PatientCandidate,
  PutStudyPatientResult,
  RecordSummary,
  StudyPatient,
} from '@gesang/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, ecgStudies, ecgStudyEvents, patientOrgs } from '../db/schema/index.js';
import {
  createAnalysedStudy,
  createEcgTestApp,
  sharedEcgFile,
  uploadEcg,
  waitForStudy,
  type EcgTestApp,
} from '../../test/ecg-helpers.js';
import {
  createGrant,
  createOrg,
  createPatientRecord,
  createUser,
  makeResidentId,
  signIn,
  type Client,
} from '../../test/fixtures.js';
import { openEventStream } from '../../test/sse-client.js';

let t: EcgTestApp;
let countyA: string;
let countyB: string;
let clinicA: string;
let techAId: string;
let techA: Client;
let techB: Client;
let countyReaderA: Client;
let hubReader: Client;
let strangerReader: Client;

beforeAll(async () => {
  t = await createEcgTestApp();
  const db = t.database.db;
  const hub = await createOrg(db, { kind: 'prefecture' });
  const otherHub = await createOrg(db, { kind: 'prefecture' });
  countyA = (await createOrg(db, { kind: 'county', parentId: hub.id })).id;
  countyB = (await createOrg(db, { kind: 'county', parentId: hub.id })).id;
  clinicA = (await createOrg(db, { kind: 'township', parentId: countyA })).id;
  await createGrant(db, countyA, hub.id, 'ecg');
  await createGrant(db, countyB, hub.id, 'ecg');
  // The township clinic shares its patients with county A (as Quxia does with Lhatse).
  await createGrant(db, clinicA, countyA, 'patients');
  const techAUser = await createUser(db, [[countyA, 'ecg_technician']]);
  techAId = techAUser.id;
  techA = await signIn(t.app, techAUser.username);
  techB = await signIn(t.app, (await createUser(db, [[countyB, 'ecg_technician']])).username);
  countyReaderA = await signIn(t.app, (await createUser(db, [[countyA, 'ecg_reader']])).username);
  hubReader = await signIn(t.app, (await createUser(db, [[hub.id, 'ecg_reader']])).username);
  strangerReader = await signIn(
    t.app,
    (await createUser(db, [[otherHub.id, 'ecg_reader']])).username,
  );
});
afterAll(async () => {
  await t.close();
});

/** Letters only (a pinyin key), unique per test run. */
const uniqueName = (stem: string): string =>
  `${stem}${randomUUID()
    .replace(/[^a-f]/g, '')
    .slice(0, 8)}`;

/** An analysed study of county A whose file gives `patient` (recorded on `date`). */
async function studyWithFilePatient(
  patient: RecordSummary['patient'],
  date = '2024-09-01',
  orgId = countyA,
): Promise<string> {
  const db = t.database.db;
  const id = await createAnalysedStudy(db, { orgId, uploadedBy: techAId, level: 'routine' });
  const [row] = await db
    .select({ record: ecgStudies.record })
    .from(ecgStudies)
    .where(eq(ecgStudies.id, id));
  const record = row?.record;
  if (record === null || record === undefined) {
    throw new Error('no record');
  }
  await db
    .update(ecgStudies)
    .set({ record: { ...record, patient, acquisitionTime: { date, time: '09:30:00' } } })
    .where(eq(ecgStudies.id, id));
  return id;
}

const put = (client: Client, id: string, body: unknown) =>
  client.put(`/api/ecg/studies/${id}/patient`, body);

async function auditActions(studyOrPatientId: string): Promise<string[]> {
  const rows = await t.database.db
    .select({ action: auditEvents.action, outcome: auditEvents.outcome })
    .from(auditEvents)
    .where(eq(auditEvents.resourceId, studyOrPatientId));
  return rows.map((r) => `${r.action}:${r.outcome}`);
}

describe('correcting the patient of a study', () => {
  it('registers the corrected details, links the study and records who did it', async () => {
    const id = await studyWithFilePatient({ id: 'X1', name: 'Anonymous', sex: 'female' });
    const before = await techA.get(`/api/ecg/studies/${id}/patient`);
    expect(before.statusCode, before.body).toBe(200);
    expect(before.json<StudyPatient>()).toMatchObject({
      filePatient: { id: 'X1', name: 'Anonymous', sex: 'female' },
      patient: null,
      canEdit: true,
      reasonRequired: false,
      history: [],
    });

    const residentId = makeResidentId('1958-03-12', 'female');
    const response = await put(techA, id, {
      patient: {
        nameZh: '次仁卓玛',
        nameBo: 'ཚེ་རིང་སྒྲོལ་མ།',
        sex: 'female',
        birthDate: '1958-03-12',
        identifiers: [{ system: 'resident-id', value: residentId }],
      },
    });
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json<PutStudyPatientResult>();
    expect(result.changed).toBe(true);
    expect(result.created).toBe(true);
    const patient = result.studyPatient.patient;
    // Pinyin computed by the patient rules from the Chinese name.
    expect(patient).toMatchObject({
      nameZh: '次仁卓玛',
      namePinyin: 'Ciren Zhuoma',
      sex: 'female',
    });
    expect(patient?.identifiers).toContainEqual({
      system: 'resident-id',
      value: residentId,
      orgId: null,
    });
    expect(result.studyPatient.history).toMatchObject([
      { change: 'corrected', patientId: patient?.id, previousPatientId: null, afterSigning: false },
    ]);
    expect(result.studyPatient.history[0]?.by?.id).toBe(techAId);

    const [study] = await t.database.db
      .select({ patientId: ecgStudies.patientId })
      .from(ecgStudies)
      .where(eq(ecgStudies.id, id));
    expect(study?.patientId).toBe(patient?.id);
    const events = await t.database.db
      .select()
      .from(ecgStudyEvents)
      .where(and(eq(ecgStudyEvents.studyId, id), eq(ecgStudyEvents.kind, 'patient')));
    expect(events.map((e) => e.payload)).toEqual([
      { change: 'corrected', patientId: patient?.id, previousPatientId: null, afterSigning: false },
    ]);
    expect(await auditActions(id)).toContain('ecg.study.patient:success');
    expect(await auditActions(patient?.id ?? '')).toContain('patient.create:success');

    // The hub reader sees whose ECG it is, without the identifiers of a record it cannot open.
    const seen = (await hubReader.get(`/api/ecg/studies/${id}/patient`)).json<StudyPatient>();
    expect(seen.patient).toMatchObject({ id: patient?.id, nameZh: '次仁卓玛', identifiers: [] });
    expect(seen.canEdit).toBe(false);
  });

  it('links the existing record when the resident ID is known and the name agrees', async () => {
    const residentId = makeResidentId('1971-08-05', 'male');
    const existing = await createPatientRecord(t.database.db, {
      orgId: countyA,
      nameZh: '扎西',
      namePinyin: 'Zhaxi',
      sex: 'male',
      birthDate: '1971-08-05',
      identifiers: [{ system: 'resident-id', value: residentId }],
    });
    const id = await studyWithFilePatient({ name: 'ZHAXI', sex: 'male' });
    const response = await put(techA, id, {
      patient: {
        namePinyin: 'Zhaxi',
        sex: 'male',
        identifiers: [{ system: 'resident-id', value: residentId.toLowerCase() }],
      },
    });
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json<PutStudyPatientResult>();
    expect(result.created).toBe(false);
    expect(result.studyPatient.patient?.id).toBe(existing.id);
    expect(await auditActions(existing.id)).toContain('patient.link:success');
  });

  it('answers 409 when the resident ID belongs to someone with another name, changing nothing', async () => {
    const residentId = makeResidentId('1965-01-20', 'male');
    const existing = await createPatientRecord(t.database.db, {
      orgId: countyA,
      nameZh: '达瓦',
      namePinyin: 'Dawa',
      sex: 'male',
      identifiers: [{ system: 'resident-id', value: residentId }],
    });
    const id = await studyWithFilePatient({ name: 'Dawa', sex: 'male' });
    const response = await put(techA, id, {
      patient: {
        nameZh: '平措',
        sex: 'male',
        identifiers: [{ system: 'resident-id', value: residentId }],
      },
    });
    expect(response.statusCode, response.body).toBe(409);
    expect(response.json()).toMatchObject({
      code: 'duplicate_identifier',
      field: 'body.patient.identifiers.0.value',
    });
    const view = (await techA.get(`/api/ecg/studies/${id}/patient`)).json<StudyPatient>();
    expect(view.patient).toBeNull();
    expect(view.history).toEqual([]);
    expect(await auditActions(existing.id)).toContain('patient.link:denied');
  });

  it('refuses invalid details, naming the field', async () => {
    const id = await studyWithFilePatient({});
    const valid = makeResidentId('1980-02-29', 'female');
    // The 17 digits admit one check character; any other fails GB 11643.
    const wrongCheck = `${valid.slice(0, 17)}${valid.endsWith('X') ? '0' : 'X'}`;
    const badCheck = await put(techA, id, {
      patient: {
        nameZh: '央金',
        sex: 'female',
        identifiers: [{ system: 'resident-id', value: wrongCheck }],
      },
    });
    expect(badCheck.statusCode, badCheck.body).toBe(400);
    expect(badCheck.json()).toMatchObject({ field: 'body.patient.identifiers.0.value' });

    const disagree = await put(techA, id, {
      patient: {
        nameZh: '央金',
        sex: 'female',
        birthDate: '1980-03-01',
        identifiers: [{ system: 'resident-id', value: makeResidentId('1980-02-29', 'female') }],
      },
    });
    expect(disagree.statusCode, disagree.body).toBe(400);
    expect(disagree.json()).toMatchObject({ field: 'body.patient.birthDate' });

    const both = await put(techA, id, {
      patientId: randomUUID(),
      patient: { nameZh: '央金', sex: 'female' },
    });
    expect(both.statusCode).toBe(400);
    expect(both.json()).toMatchObject({ field: 'body.patientId' });
    const noName = await put(techA, id, { patient: { sex: 'female' } });
    expect(noName.statusCode).toBe(400);
    expect(noName.json()).toMatchObject({ field: 'body.patient.nameZh' });
  });
});

describe('live update of the readers’ screens', () => {
  it('pushes a `patient` event, without patient data, to the hub reading the ECG', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.app.server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    const stream = await openEventStream(
      `http://127.0.0.1:${port}/api/ecg/events`,
      hubReader.cookie,
    );
    try {
      expect(stream.status).toBe(200);
      const target = await createPatientRecord(t.database.db, { orgId: countyA, nameZh: '米玛' });
      const id = await studyWithFilePatient({ name: '米玛' });
      expect((await put(techA, id, { patientId: target.id })).statusCode).toBe(200);
      const event = await stream.next((e) => e.data.studyId === id && e.data.kind === 'patient');
      expect(event.data.payload).toEqual({
        change: 'matched',
        patientId: target.id,
        previousPatientId: null,
        afterSigning: false,
      });
    } finally {
      stream.close();
    }
  });
});

describe('matching a study to a registered patient', () => {
  it('links a patient the county may see, also one shared by its township clinic', async () => {
    const own = await createPatientRecord(t.database.db, { orgId: countyA, nameZh: '格桑' });
    const fromClinic = await createPatientRecord(t.database.db, { orgId: clinicA, nameZh: '拉姆' });
    const id = await studyWithFilePatient({ name: 'Gesang' });
    const first = await put(techA, id, { patientId: own.id });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json<PutStudyPatientResult>()).toMatchObject({ changed: true, created: false });
    const again = await put(techA, id, { patientId: own.id });
    expect(again.json<PutStudyPatientResult>().changed).toBe(false);

    const second = await put(techA, id, { patientId: fromClinic.id });
    expect(second.statusCode, second.body).toBe(200);
    const history = second.json<PutStudyPatientResult>().studyPatient.history;
    expect(history.map((h) => [h.change, h.patientId, h.previousPatientId])).toEqual([
      ['matched', fromClinic.id, own.id],
      ['matched', own.id, null],
    ]);
    // The ECG taken at the county is evidence of care: the county now holds the patient too.
    const links = await t.database.db
      .select({ orgId: patientOrgs.orgId })
      .from(patientOrgs)
      .where(eq(patientOrgs.patientId, fromClinic.id));
    expect(links.map((l) => l.orgId).sort()).toEqual([clinicA, countyA].sort());
    expect(await auditActions(fromClinic.id)).toContain('patient.link:success');
  });

  it('answers 404 for a patient the county may not see, changing nothing', async () => {
    const elsewhere = await createPatientRecord(t.database.db, { orgId: countyB, nameZh: '尼玛' });
    const id = await studyWithFilePatient({});
    for (const patientId of [elsewhere.id, randomUUID()]) {
      const response = await put(techA, id, { patientId });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ code: 'not_found', field: 'body.patientId' });
    }
    const view = (await techA.get(`/api/ecg/studies/${id}/patient`)).json<StudyPatient>();
    expect(view.patient).toBeNull();
  });
});

describe('who may change or look up the patient of a study', () => {
  it('is the uploading county only: others get 404 or, when they read the ECG, 403', async () => {
    const target = await createPatientRecord(t.database.db, { orgId: countyA, nameZh: '顿珠' });
    const id = await studyWithFilePatient({ name: '顿珠' });
    const body = { patientId: target.id };
    expect((await put(techB, id, body)).statusCode).toBe(404);
    expect((await put(strangerReader, id, body)).statusCode).toBe(404);
    expect((await put(hubReader, id, body)).statusCode).toBe(403);
    // A reader at the county itself may look, not change.
    expect((await put(countyReaderA, id, body)).statusCode).toBe(403);
    // Candidates are the county's register: even the hub that reads the ECG gets 404.
    for (const client of [techB, hubReader, strangerReader]) {
      const response = await client.get(`/api/ecg/studies/${id}/patient-candidates`);
      expect(response.statusCode).toBe(404);
    }
    expect((await strangerReader.get(`/api/ecg/studies/${id}/patient`)).statusCode).toBe(404);
    expect((await techB.get(`/api/ecg/studies/${id}/patient`)).statusCode).toBe(404);
    const view = (await techA.get(`/api/ecg/studies/${id}/patient`)).json<StudyPatient>();
    expect(view.patient).toBeNull();
  });

  it('needs a reason once the report is signed, and records it', async () => {
    const target = await createPatientRecord(t.database.db, { orgId: countyA, nameZh: '措姆' });
    const id = await studyWithFilePatient({ name: '措姆' });
    expect((await hubReader.post(`/api/ecg/studies/${id}/claim`)).statusCode).toBe(200);
    const signed = await hubReader.post(`/api/ecg/studies/${id}/sign`, {
      statements: [{ code: 'sinus_rhythm' }],
      conclusion: '窦性心律',
    });
    expect(signed.statusCode, signed.body).toBe(200);
    const view = (await techA.get(`/api/ecg/studies/${id}/patient`)).json<StudyPatient>();
    expect(view.reasonRequired).toBe(true);
    const noReason = await put(techA, id, { patientId: target.id });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json()).toMatchObject({ field: 'body.reason' });
    const withReason = await put(techA, id, { patientId: target.id, reason: '登记时选错患者' });
    expect(withReason.statusCode, withReason.body).toBe(200);
    expect(withReason.json<PutStudyPatientResult>().studyPatient.history[0]).toMatchObject({
      afterSigning: true,
      patientId: target.id,
    });
    const [audit] = await t.database.db
      .select({ details: auditEvents.details })
      .from(auditEvents)
      .where(and(eq(auditEvents.resourceId, id), eq(auditEvents.action, 'ecg.study.patient')));
    expect(audit?.details).toMatchObject({ reason: '登记时选错患者', afterSigning: true });
  });
});

describe('candidates for the patient in the file', () => {
  it('finds by MRN, resident ID and name with birth date or age, strongest first', async () => {
    const db = t.database.db;
    const name = uniqueName('Zhaxi');
    const mrn = `M${randomUUID().slice(0, 8)}`;
    const residentId = makeResidentId('1971-08-05', 'male');
    const byMrn = await createPatientRecord(db, {
      orgId: countyA,
      namePinyin: 'Someone Else',
      sex: 'male',
      identifiers: [{ system: 'mrn', value: mrn, orgId: countyA }],
    });
    // Age 53 on 2024-09-01: born 1970-09-02 … 1971-09-01 (worked by hand).
    const byNameAge = await createPatientRecord(db, {
      orgId: countyA,
      namePinyin: name,
      sex: 'male',
      birthDate: '1971-09-01',
    });
    const tooOld = await createPatientRecord(db, {
      orgId: countyA,
      namePinyin: name,
      sex: 'male',
      birthDate: '1970-09-01',
    });
    const noDate = await createPatientRecord(db, { orgId: countyA, namePinyin: name, sex: 'male' });
    const female = await createPatientRecord(db, {
      orgId: countyA,
      namePinyin: name,
      sex: 'female',
      birthDate: '1971-01-01',
    });
    const invisible = await createPatientRecord(db, {
      orgId: countyB,
      namePinyin: name,
      sex: 'male',
      birthDate: '1971-01-01',
      identifiers: [{ system: 'mrn', value: mrn, orgId: countyB }],
    });
    const id = await studyWithFilePatient({ id: mrn, name, sex: 'male', ageYears: 53 });
    const response = await techA.get(`/api/ecg/studies/${id}/patient-candidates`);
    expect(response.statusCode, response.body).toBe(200);
    const items = response.json<{ items: PatientCandidate[] }>().items;
    expect(items.map((c) => [c.patient.id, c.reasons])).toEqual([
      [byMrn.id, ['mrn']],
      [byNameAge.id, ['name_age']],
      [noDate.id, ['name']],
    ]);
    const ids = items.map((c) => c.patient.id);
    expect(ids).not.toContain(tooOld.id);
    expect(ids).not.toContain(female.id);
    expect(ids).not.toContain(invisible.id);

    const withResident = await studyWithFilePatient({
      id: residentId.toLowerCase(),
      name: '扎西',
      birthDate: '1971-08-05',
    });
    const holder = await createPatientRecord(db, {
      orgId: countyA,
      nameZh: uniqueName('扎西'),
      sex: 'male',
      birthDate: '1971-08-05',
      identifiers: [{ system: 'resident-id', value: residentId }],
    });
    const found = (await techA.get(`/api/ecg/studies/${withResident}/patient-candidates`)).json<{
      items: PatientCandidate[];
    }>().items;
    expect(found[0]).toMatchObject({ patient: { id: holder.id }, reasons: ['resident_id'] });
    const reads = await db
      .select({ patientId: auditEvents.patientId })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'patient.read'), eq(auditEvents.patientId, holder.id)));
    expect(reads.length).toBeGreaterThan(0);
  });

  it('adds what the desk types: a name in any script or an identifier', async () => {
    const db = t.database.db;
    const mrn = `Q${randomUUID().slice(0, 8)}`;
    const nameBo = `བཀྲ་ཤིས་${randomUUID().slice(0, 4)}།`;
    const byMrn = await createPatientRecord(db, {
      orgId: countyA,
      nameZh: '旺堆',
      identifiers: [{ system: 'mrn', value: mrn, orgId: countyA }],
    });
    const byBo = await createPatientRecord(db, { orgId: countyA, nameBo });
    const id = await studyWithFilePatient({});
    const search = async (q: string): Promise<PatientCandidate[]> => {
      const response = await techA.get(
        `/api/ecg/studies/${id}/patient-candidates?q=${encodeURIComponent(q)}`,
      );
      expect(response.statusCode, response.body).toBe(200);
      return response.json<{ items: PatientCandidate[] }>().items;
    };
    expect((await search(mrn)).map((c) => c.patient.id)).toEqual([byMrn.id]);
    expect((await search(nameBo)).map((c) => [c.patient.id, c.reasons])).toEqual([
      [byBo.id, ['search']],
    ]);
  });

  it('reads the patient of a real uploaded file (HL7 aECG: SBJ-123, Clark, 1953-05-08)', async () => {
    const mrnHolder = await createPatientRecord(t.database.db, {
      orgId: countyA,
      namePinyin: 'Clark',
      sex: 'male',
      birthDate: '1953-05-08',
      identifiers: [{ system: 'mrn', value: 'SBJ-123', orgId: countyA }],
    });
    const upload = await uploadEcg(
      t.app,
      techA,
      sharedEcgFile('hl7-aecg', 'hl7_Example_aECG.xml'),
      {
        key: randomUUID(),
        fileName: 'hl7_Example_aECG.xml',
      },
    );
    expect(upload.statusCode, upload.body).toBe(201);
    const id = upload.json<{ id: string }>().id;
    await waitForStudy(techA, id, (s) => s.status === 'analysed');
    const items = (await techA.get(`/api/ecg/studies/${id}/patient-candidates`)).json<{
      items: PatientCandidate[];
    }>().items;
    const mine = items.find((c) => c.patient.id === mrnHolder.id);
    expect(mine?.reasons).toEqual(['mrn', 'name_birth_date']);
  });
});
