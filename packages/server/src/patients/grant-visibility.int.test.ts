import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createGrant,
  createOrg,
  createPatientRecord,
  createUser,
  signIn,
  uniqueSuffix,
  type Client,
} from '../../test/fixtures.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let sfx: string;
let patientA: string;
let patientB: string;
let hubReader: Client;
let hubCoordinator: Client;
let adminA: Client;
let consortiumAdmin: Client;
let countyAId: string;
let hubId: string;

async function searchIds(client: Client, query: string): Promise<string[]> {
  const response = await client.get(`/api/patients?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ items: { id: string }[] }>().items.map((p) => p.id);
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  sfx = uniqueSuffix();
  const region = await createOrg(db, { kind: 'region' });
  const hub = await createOrg(db, { kind: 'prefecture', parentId: region.id });
  const countyA = await createOrg(db, { kind: 'county', parentId: hub.id });
  const countyB = await createOrg(db, { kind: 'county', parentId: hub.id });
  countyAId = countyA.id;
  hubId = hub.id;
  patientA = (
    await createPatientRecord(db, {
      orgId: countyA.id,
      nameZh: `扎西${sfx}甲`,
      identifiers: [{ system: 'mrn', value: `A-${sfx}`, orgId: countyA.id }],
    })
  ).id;
  patientB = (
    await createPatientRecord(db, {
      orgId: countyB.id,
      nameZh: `扎西${sfx}乙`,
      identifiers: [{ system: 'mrn', value: `B-${sfx}`, orgId: countyB.id }],
    })
  ).id;
  // B shares its ECGs with the hub, but not its patients: that must not make B's patients visible.
  await createGrant(db, countyB.id, hub.id, 'ecg');
  hubReader = await signIn(t.app, (await createUser(db, [[hub.id, 'ecg_reader']])).username);
  hubCoordinator = await signIn(
    t.app,
    (await createUser(db, [[hub.id, 'chest_pain_coordinator']])).username,
  );
  adminA = await signIn(t.app, (await createUser(db, [[countyA.id, 'org_admin']])).username);
  consortiumAdmin = await signIn(
    t.app,
    (await createUser(db, [[region.id, 'consortium_admin']])).username,
  );
});

afterAll(async () => {
  await t.close();
});

describe('a hub sees a county’s patients only through an active patients grant', () => {
  it('sees neither county before any patients grant', async () => {
    expect(await searchIds(hubReader, `q=${encodeURIComponent(`扎西${sfx}`)}`)).toEqual([]);
    expect((await hubReader.get(`/api/patients/${patientA}`)).statusCode).toBe(404);
    expect((await hubReader.get(`/api/patients/${patientB}`)).statusCode).toBe(404);
  });

  it('sees A’s patient, never B’s, while A’s grant is active; revoking it removes visibility', async () => {
    const granted = await adminA.post('/api/grants', {
      fromOrgId: countyAId,
      toOrgId: hubId,
      scope: 'patients',
    });
    expect(granted.statusCode, granted.body).toBe(201);
    const grantId = granted.json<{ id: string }>().id;

    expect(await searchIds(hubReader, `q=${encodeURIComponent(`扎西${sfx}`)}`)).toEqual([patientA]);
    expect(await searchIds(hubReader, `identifier=A-${sfx}`)).toEqual([patientA]);
    expect(await searchIds(hubReader, `identifier=B-${sfx}`)).toEqual([]);
    expect((await hubReader.get(`/api/patients/${patientA}`)).statusCode).toBe(200);
    expect((await hubReader.get(`/api/patients/${patientB}`)).statusCode).toBe(404);
    // Visible is visible: a hub role with patient:write may correct the shared record, not B's.
    expect(
      (await hubCoordinator.patch(`/api/patients/${patientA}`, { sex: 'female' })).statusCode,
    ).toBe(200);
    expect(
      (await hubCoordinator.patch(`/api/patients/${patientB}`, { sex: 'female' })).statusCode,
    ).toBe(404);

    expect((await adminA.delete(`/api/grants/${grantId}`)).statusCode).toBe(200);
    expect((await hubReader.get(`/api/patients/${patientA}`)).statusCode).toBe(404);
    expect(await searchIds(hubReader, `q=${encodeURIComponent(`扎西${sfx}`)}`)).toEqual([]);
  });

  it('answers an invisible patient exactly like one that never existed', async () => {
    const invisible = await hubReader.get(`/api/patients/${patientB}`);
    const missing = await hubReader.get(`/api/patients/${randomUUID()}`);
    expect(invisible.statusCode).toBe(404);
    expect(invisible.body).toBe(missing.body);
  });

  it('lets a consortium administrator see every county', async () => {
    const ids = await searchIds(consortiumAdmin, `q=${encodeURIComponent(`扎西${sfx}`)}`);
    expect(new Set(ids)).toEqual(new Set([patientA, patientB]));
    expect((await consortiumAdmin.get(`/api/patients/${patientB}`)).statusCode).toBe(200);
  });
});
