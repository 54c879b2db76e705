import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, patientDuplicateFlags } from '../db/schema/index.js';
import {
  createOrg,
  createUser,
  makeResidentId,
  signIn,
  uniqueSuffix,
  type Client,
} from '../../test/fixtures.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

interface PatientBody {
  id: string;
  nameZh: string | null;
  namePinyin: string | null;
  sex: string;
  birthDate: string | null;
  identifiers: { system: string; value: string; orgId?: string | null }[];
  orgIds: string[];
}
interface Candidate {
  patientId: string;
  reasons: string[];
  visible: boolean;
  patient?: PatientBody;
}
interface CreateResult {
  patient: PatientBody;
  created: boolean;
  possibleDuplicates: Candidate[];
}

/** The GB 11643-1999 standard's own example: born 1949-12-31, sequence 002 (even: female). */
const standardExample = '11010519491231002X';

let t: TestApp;
let doctorA: Client;
let doctorAId: string;
let doctorB: Client;
let countyA: { id: string };
let countyB: { id: string };

/** A birth date unlikely to be shared with other tests' patients in a reused database. */
function randomBirthDate(): string {
  const day = new Date(Date.UTC(1930, 0, 1) + Math.floor(Math.random() * 27_000) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const hub = await createOrg(db, { kind: 'prefecture' });
  countyA = await createOrg(db, { kind: 'county', parentId: hub.id });
  countyB = await createOrg(db, { kind: 'county', parentId: hub.id });
  const userA = await createUser(db, [[countyA.id, 'county_doctor']]);
  doctorAId = userA.id;
  doctorA = await signIn(t.app, userA.username);
  doctorB = await signIn(t.app, (await createUser(db, [[countyB.id, 'ecg_technician']])).username);
});

afterAll(async () => {
  await t.close();
});

describe('POST /api/patients validates resident IDs (GB 11643-1999)', () => {
  it('accepts the standard’s example and takes the birth date from it', async () => {
    const response = await doctorA.post('/api/patients', {
      nameZh: '标准例',
      sex: 'female',
      identifiers: [{ system: 'resident-id', value: standardExample }],
    });
    // 201 on a fresh database; 200 (linked) when an earlier run on the same database registered it.
    expect([200, 201], response.body).toContain(response.statusCode);
    const { patient } = response.json<CreateResult>();
    expect(patient.birthDate).toBe('1949-12-31');
    expect(patient.identifiers).toContainEqual({
      system: 'resident-id',
      value: standardExample,
      orgId: null,
    });
    expect(patient.orgIds).toContain(countyA.id);
  });

  it.each([
    [
      'a flipped check character',
      [{ system: 'resident-id', value: '110105194912310020' }],
      'body.identifiers.0.value',
    ],
    [
      'a wrong digit',
      [{ system: 'resident-id', value: '11010519491231012X' }],
      'body.identifiers.0.value',
    ],
    // Check character 4 is right for these 17 digits; the date 1980-02-30 is not.
    [
      'an impossible date (Feb 30)',
      [
        { system: 'mrn', value: `M-${uniqueSuffix()}` },
        { system: 'resident-id', value: '540102198002300024' },
      ],
      'body.identifiers.1.value',
    ],
  ])('answers 400 for %s, naming the identifier', async (_label, identifiers, field) => {
    const response = await doctorA.post('/api/patients', {
      nameZh: '错号',
      sex: 'female',
      identifiers,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation_failed', field });
  });

  it('answers 400 naming birthDate or sex when they disagree with the resident ID', async () => {
    const birthDate = randomBirthDate();
    const identifiers = [{ system: 'resident-id', value: makeResidentId(birthDate, 'male') }];
    const wrongDate = await doctorA.post('/api/patients', {
      nameZh: '不符',
      sex: 'male',
      birthDate: '1950-01-01',
      identifiers,
    });
    expect(wrongDate.json()).toMatchObject({ status: 400, field: 'body.birthDate' });
    const wrongSex = await doctorA.post('/api/patients', {
      nameZh: '不符',
      sex: 'female',
      birthDate,
      identifiers,
    });
    expect(wrongSex.json()).toMatchObject({ status: 400, field: 'body.sex' });
  });
});

describe('POST /api/patients registers for the active organisation', () => {
  it('computes pinyin, owns MRNs without orgId and audits patient.create', async () => {
    const mrn = `M-${uniqueSuffix()}`;
    const response = await doctorA.post('/api/patients', {
      nameZh: '扎西次仁',
      sex: 'male',
      birthDate: randomBirthDate(),
      identifiers: [{ system: 'mrn', value: mrn }],
    });
    expect(response.statusCode).toBe(201);
    const { patient, created } = response.json<CreateResult>();
    expect(created).toBe(true);
    expect(patient.namePinyin).toBe('Zhaxi Ciren');
    expect(patient.identifiers).toEqual([{ system: 'mrn', value: mrn, orgId: countyA.id }]);
    expect(patient.orgIds).toEqual([countyA.id]);
    const rows = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.patientId, patient.id), eq(auditEvents.action, 'patient.create')));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorUserId: doctorAId,
      actingOrgId: countyA.id,
      outcome: 'success',
    });

    const again = await doctorA.post('/api/patients', {
      nameZh: '另一人',
      sex: 'male',
      identifiers: [{ system: 'mrn', value: mrn }],
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'duplicate_identifier',
      field: 'body.identifiers.0.value',
    });
  });

  it('keeps pinyin given by the caller, and refuses an MRN of an organisation the caller does not administer', async () => {
    const given = await doctorA.post('/api/patients', {
      nameZh: '王芳',
      namePinyin: 'Wang Fang',
      sex: 'female',
    });
    expect(given.json<CreateResult>().patient.namePinyin).toBe('Wang Fang');
    const foreign = await doctorA.post('/api/patients', {
      nameZh: '王芳',
      sex: 'female',
      identifiers: [{ system: 'mrn', value: `M-${uniqueSuffix()}`, orgId: countyB.id }],
    });
    expect(foreign.statusCode).toBe(403);
  });
});

describe('master patient index: one record per person', () => {
  it('links the existing record when another county registers the same resident ID', async () => {
    const birthDate = randomBirthDate();
    const residentId = makeResidentId(birthDate, 'female');
    const first = await doctorB.post('/api/patients', {
      nameZh: '拉姆',
      sex: 'female',
      identifiers: [{ system: 'resident-id', value: residentId }],
    });
    expect(first.statusCode).toBe(201);
    const original = first.json<CreateResult>().patient;
    expect((await doctorA.get(`/api/patients/${original.id}`)).statusCode).toBe(404);

    const mrnA = `M-${uniqueSuffix()}`;
    const second = await doctorA.post('/api/patients', {
      nameZh: '拉姆',
      sex: 'female',
      birthDate,
      identifiers: [
        { system: 'resident-id', value: residentId.toLowerCase() },
        { system: 'mrn', value: mrnA },
      ],
    });
    expect(second.statusCode, second.body).toBe(200);
    const linked = second.json<CreateResult>();
    expect(linked.created).toBe(false);
    expect(linked.possibleDuplicates).toEqual([]);
    expect(linked.patient.id).toBe(original.id);
    expect(new Set(linked.patient.orgIds)).toEqual(new Set([countyA.id, countyB.id]));
    expect(linked.patient.identifiers).toContainEqual({
      system: 'mrn',
      value: mrnA,
      orgId: countyA.id,
    });
    expect(linked.patient.identifiers.filter((i) => i.system === 'resident-id')).toHaveLength(1);

    expect((await doctorA.get(`/api/patients/${original.id}`)).statusCode).toBe(200);
    const found = await doctorA.get(`/api/patients?identifier=${residentId}`);
    expect(found.json<{ items: { id: string }[] }>().items.map((p) => p.id)).toEqual([original.id]);
    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.patientId, original.id), eq(auditEvents.action, 'patient.link')));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorUserId: doctorAId, actingOrgId: countyA.id });
  });
  it('refuses to link when the name does not match the record holding that resident ID', async () => {
    const birthDate = randomBirthDate();
    const residentId = makeResidentId(birthDate, 'female');
    const first = await doctorB.post('/api/patients', {
      nameZh: '央金',
      sex: 'female',
      identifiers: [{ system: 'resident-id', value: residentId }],
    });
    expect(first.statusCode).toBe(201);
    const original = first.json<CreateResult>().patient;
    const other = await doctorA.post('/api/patients', {
      nameZh: '白玛',
      sex: 'female',
      identifiers: [{ system: 'resident-id', value: residentId }],
    });
    expect(other.statusCode).toBe(409);
    expect(other.json()).toMatchObject({
      code: 'duplicate_identifier',
      field: 'body.identifiers.0.value',
    });
    expect(other.body).not.toContain(original.id);
    expect((await doctorA.get(`/api/patients/${original.id}`)).statusCode).toBe(404);
    const denied = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.patientId, original.id), eq(auditEvents.action, 'patient.link')));
    expect(denied.map((row) => row.outcome)).toEqual(['denied']);
  });
});

describe('likely duplicates', () => {
  it('flags another county’s same name + birth date without revealing it, and shows a visible similar one', async () => {
    const birthDate = randomBirthDate();
    const inB = (
      await doctorB
        .post('/api/patients', { nameZh: '次仁卓玛', sex: 'female', birthDate })
        .then((r) => r.json<CreateResult>())
    ).patient;
    const inA = (
      await doctorA
        .post('/api/patients', { nameZh: '次仁卓嘎', sex: 'female', birthDate })
        .then((r) => r.json<CreateResult>())
    ).patient;
    const response = await doctorA.post('/api/patients', {
      nameZh: '次仁卓玛',
      sex: 'female',
      birthDate,
    });
    expect(response.statusCode).toBe(201);
    const result = response.json<CreateResult>();
    const byId = new Map(result.possibleDuplicates.map((c) => [c.patientId, c]));
    expect(byId.get(inB.id)).toEqual({
      patientId: inB.id,
      reasons: ['same_name_birth_date'],
      visible: false,
    });
    expect(byId.get(inA.id)).toMatchObject({
      reasons: ['similar_name_birth_date'],
      visible: true,
      patient: { id: inA.id, nameZh: '次仁卓嘎' },
    });
    const flags = await t.database.db
      .select()
      .from(patientDuplicateFlags)
      .where(eq(patientDuplicateFlags.patientId, result.patient.id));
    expect(flags.map((f) => f.candidateId).sort()).toEqual([...byId.keys()].sort());
    expect(flags.find((f) => f.candidateId === inB.id)?.reasons).toEqual(['same_name_birth_date']);
  });

  it('never flags two holders of different resident IDs: they are different people', async () => {
    const birthDate = randomBirthDate();
    const register = (residentId: string) =>
      doctorA
        .post('/api/patients', {
          nameZh: '达瓦',
          sex: 'male',
          birthDate,
          identifiers: [{ system: 'resident-id', value: residentId }],
        })
        .then((r) => r.json<CreateResult>());
    const first = await register(makeResidentId(birthDate, 'male'));
    const second = await register(makeResidentId(birthDate, 'male'));
    expect(second.created).toBe(true);
    expect(second.possibleDuplicates.map((c) => c.patientId)).not.toContain(first.patient.id);
    const third = await doctorA
      .post('/api/patients', { nameZh: '达瓦', sex: 'male', birthDate })
      .then((r) => r.json<CreateResult>());
    expect(third.possibleDuplicates.map((c) => c.patientId)).toEqual(
      expect.arrayContaining([first.patient.id, second.patient.id]),
    );
  });
});
