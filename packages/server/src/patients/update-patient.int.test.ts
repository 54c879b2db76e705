import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../db/schema/index.js';
import {
  createOrg,
  createPatientRecord,
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
  birthDate: string | null;
  identifiers: { system: string; value: string; orgId?: string | null }[];
  updatedAt: string;
}

let t: TestApp;
let doctor: Client;
let doctorId: string;
let countyA: { id: string };
let countyB: { id: string };
const birthDate = '1972-11-03';
let residentId: string;
let patientId: string;
let passportB: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const hub = await createOrg(db, { kind: 'prefecture' });
  countyA = await createOrg(db, { kind: 'county', parentId: hub.id });
  countyB = await createOrg(db, { kind: 'county', parentId: hub.id });
  const user = await createUser(db, [[countyA.id, 'chest_pain_coordinator']]);
  doctorId = user.id;
  doctor = await signIn(t.app, user.username);
  residentId = makeResidentId(birthDate, 'male');
  patientId = (
    await createPatientRecord(db, {
      orgId: countyA.id,
      nameZh: '多吉',
      namePinyin: 'Duoji',
      sex: 'male',
      birthDate,
      identifiers: [{ system: 'resident-id', value: residentId }],
    })
  ).id;
  passportB = `P-${uniqueSuffix()}`;
  await createPatientRecord(db, {
    orgId: countyB.id,
    nameZh: '多吉',
    identifiers: [{ system: 'passport', value: passportB }],
  });
});

afterAll(async () => {
  await t.close();
});

describe('PATCH /api/patients/:id', () => {
  it('recomputes pinyin for a new Chinese name, moves updatedAt and audits the changed fields', async () => {
    const before = (await doctor.get(`/api/patients/${patientId}`)).json<PatientBody>();
    const response = await doctor.patch(`/api/patients/${patientId}`, {
      nameZh: '多吉次仁',
      sex: 'male',
    });
    expect(response.statusCode, response.body).toBe(200);
    const after = response.json<PatientBody>();
    expect(after.nameZh).toBe('多吉次仁');
    expect(after.namePinyin).toBe('Duoji Ciren');
    expect(Date.parse(after.updatedAt)).toBeGreaterThan(Date.parse(before.updatedAt));
    const rows = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.patientId, patientId), eq(auditEvents.action, 'patient.update')));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorUserId: doctorId, actingOrgId: countyA.id });
    // sex was sent but did not change, so it is not listed.
    expect((rows[0]?.details.fields as string[]).sort()).toEqual(['nameZh', 'namePinyin'].sort());
  });

  it('refuses a birth date or sex that contradicts the resident ID, and removing every name', async () => {
    expect(
      (await doctor.patch(`/api/patients/${patientId}`, { birthDate: '1972-11-04' })).json(),
    ).toMatchObject({ status: 400, field: 'body.birthDate' });
    expect(
      (await doctor.patch(`/api/patients/${patientId}`, { sex: 'female' })).json(),
    ).toMatchObject({ status: 400, field: 'body.sex' });
    expect(
      (
        await doctor.patch(`/api/patients/${patientId}`, {
          nameZh: null,
          nameBo: null,
          namePinyin: null,
        })
      ).json(),
    ).toMatchObject({ status: 400, field: 'body.nameZh' });
  });
});

describe('POST /api/patients/:id/identifiers', () => {
  it('adds an MRN of the active organisation by default; adding it again changes nothing', async () => {
    const mrn = `M-${uniqueSuffix()}`;
    const added = await doctor.post(`/api/patients/${patientId}/identifiers`, {
      system: 'mrn',
      value: mrn,
    });
    expect(added.statusCode).toBe(201);
    expect(added.json<PatientBody>().identifiers).toContainEqual({
      system: 'mrn',
      value: mrn,
      orgId: countyA.id,
    });
    const again = await doctor.post(`/api/patients/${patientId}/identifiers`, {
      system: 'mrn',
      value: mrn,
      orgId: countyA.id,
    });
    expect(again.statusCode).toBe(200);
    expect(again.json<PatientBody>().identifiers.filter((i) => i.value === mrn)).toHaveLength(1);
  });

  it('answers 409 duplicate_identifier when another patient holds it, without naming an invisible one', async () => {
    const response = await doctor.post(`/api/patients/${patientId}/identifiers`, {
      system: 'passport',
      value: passportB,
    });
    expect(response.statusCode).toBe(409);
    const problem = response.json<{ code: string; field: string; details?: unknown }>();
    expect(problem).toMatchObject({ code: 'duplicate_identifier', field: 'body.value' });
    expect(problem.details).toBeUndefined();
  });

  it('refuses an MRN of an organisation the caller does not administer, a second resident ID, an org on a passport', async () => {
    expect(
      (
        await doctor.post(`/api/patients/${patientId}/identifiers`, {
          system: 'mrn',
          value: `M-${uniqueSuffix()}`,
          orgId: countyB.id,
        })
      ).statusCode,
    ).toBe(403);
    const second = await doctor.post(`/api/patients/${patientId}/identifiers`, {
      system: 'resident-id',
      value: makeResidentId(birthDate, 'male'),
    });
    expect(second.json()).toMatchObject({ status: 409, field: 'body.value' });
    const passport = await doctor.post(`/api/patients/${patientId}/identifiers`, {
      system: 'passport',
      value: 'E1234',
      orgId: countyA.id,
    });
    expect(passport.json()).toMatchObject({ status: 400, field: 'body.orgId' });
  });
});
