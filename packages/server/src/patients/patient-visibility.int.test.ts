import type { Role } from '@gesang/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientIdentifiers, patients } from '../db/schema/index.js';
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

// The specification (packages/domain/src/roles.ts as designed), written out here on purpose so the
// test does not derive its expectations from the code under test.
const matrixRoles: Role[] = [
  'ecg_technician',
  'county_doctor',
  'ecg_reader',
  'chest_pain_coordinator',
  'consult_specialist',
  'org_admin',
  'patient',
];
const mayRead = new Set<Role>([
  'ecg_technician',
  'county_doctor',
  'ecg_reader',
  'chest_pain_coordinator',
  'consult_specialist',
]);
const mayWrite = new Set<Role>(['ecg_technician', 'county_doctor', 'chest_pain_coordinator']);

type Endpoint =
  'search by name' | 'search by identifier' | 'GET by id' | 'PATCH' | 'POST identifier';
const endpoints: Endpoint[] = [
  'search by name',
  'search by identifier',
  'GET by id',
  'PATCH',
  'POST identifier',
];
type Target = 'own county (A)' | 'other county (B)';

interface Seeded {
  id: string;
  nameZh: string;
  residentId: string;
}

let t: TestApp;
const clients = new Map<Role, Client>();
const seeded = new Map<Target, Seeded>();
let sfx: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  sfx = uniqueSuffix();
  const hub = await createOrg(db, { kind: 'prefecture' });
  const countyA = await createOrg(db, { kind: 'county', parentId: hub.id });
  const countyB = await createOrg(db, { kind: 'county', parentId: hub.id });
  for (const [target, org, marker] of [
    ['own county (A)', countyA, '甲'],
    ['other county (B)', countyB, '乙'],
  ] as const) {
    const nameZh = `次仁卓玛${marker}${sfx}`;
    const residentId = makeResidentId('1980-05-06', 'female');
    const { id } = await createPatientRecord(db, {
      orgId: org.id,
      nameZh,
      namePinyin: 'Ciren Zhuoma',
      birthDate: '1980-05-06',
      identifiers: [
        { system: 'resident-id', value: residentId },
        { system: 'mrn', value: `M-${sfx}`, orgId: org.id },
      ],
    });
    seeded.set(target, { id, nameZh, residentId });
  }
  for (const role of matrixRoles) {
    const user = await createUser(db, [[countyA.id, role]]);
    clients.set(role, await signIn(t.app, user.username));
  }
});

afterAll(async () => {
  await t.close();
});

function expectedStatus(role: Role, endpoint: Endpoint, target: Target): number {
  const writes = endpoint === 'PATCH' || endpoint === 'POST identifier';
  if (!(writes ? mayWrite : mayRead).has(role)) {
    return 403;
  }
  if (endpoint.startsWith('search')) {
    return 200;
  }
  if (target === 'other county (B)') {
    return 404;
  }
  return endpoint === 'POST identifier' ? 201 : 200;
}

const cases = matrixRoles.flatMap((role) =>
  endpoints.flatMap((endpoint) =>
    (['own county (A)', 'other county (B)'] as Target[]).map((target) => ({
      role,
      endpoint,
      target,
      status: expectedStatus(role, endpoint, target),
    })),
  ),
);

describe('role × endpoint × organisation: a county user never reaches another county’s patients', () => {
  it.each(cases)(
    '$role, $endpoint, $target → $status',
    async ({ role, endpoint, target, status }) => {
      const client = clients.get(role);
      const patient = seeded.get(target);
      if (client === undefined || patient === undefined) {
        throw new Error('setup missing');
      }
      const url = `/api/patients/${patient.id}`;
      const response = await {
        'search by name': () => client.get(`/api/patients?q=${encodeURIComponent(patient.nameZh)}`),
        'search by identifier': () => client.get(`/api/patients?identifier=${patient.residentId}`),
        'GET by id': () => client.get(url),
        PATCH: () => client.patch(url, { nameBo: `ཚེ་རིང་སྒྲོལ་མ་${role}` }),
        'POST identifier': () =>
          client.post(`${url}/identifiers`, { system: 'mrn', value: `X-${role}-${sfx}` }),
      }[endpoint]();
      expect(response.statusCode, response.body).toBe(status);
      if (status === 404) {
        // Same answer as for an id that never existed: existence is not revealed.
        expect(response.json()).toMatchObject({ code: 'not_found' });
      }
      if (endpoint.startsWith('search') && status === 200) {
        const ids = response.json<{ items: { id: string }[] }>().items.map((p) => p.id);
        expect(ids).toEqual(target === 'own county (A)' ? [patient.id] : []);
      }
      if (status === 200 && !endpoint.startsWith('search')) {
        expect(response.json<{ id: string }>().id).toBe(patient.id);
      }
    },
  );

  it('left the other county’s patient untouched', async () => {
    const b = seeded.get('other county (B)');
    const db = t.database.db;
    const [row] = await db
      .select()
      .from(patients)
      .where(eq(patients.id, b?.id ?? ''));
    expect(row?.nameBo).toBeNull();
    const ids = await db
      .select()
      .from(patientIdentifiers)
      .where(eq(patientIdentifiers.patientId, b?.id ?? ''));
    expect(ids).toHaveLength(2);
  });
});
