import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOrg,
  createPatientRecord,
  createUser,
  signIn,
  type Client,
} from '../../test/fixtures.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

interface Entry {
  id: string;
  at: string;
  actorUserId: string | null;
  actorUsername: string | null;
  actingOrgId: string | null;
  action: string;
  patientId: string | null;
  outcome: string;
  details: Record<string, unknown>;
}

let t: TestApp;
const org: Record<'hub' | 'a' | 'b', string> = { hub: '', a: '', b: '' };
const user: Record<'doctorA' | 'doctorB' | 'adminA', { id: string; username: string }> = {
  doctorA: { id: '', username: '' },
  doctorB: { id: '', username: '' },
  adminA: { id: '', username: '' },
};
let doctorA: Client;
let adminA: Client;
let adminHub: Client;
let consortiumAdmin: Client;
let patientA: string;
let startedAt: string;

async function audit(
  client: Client,
  query: Record<string, string>,
): Promise<{ items: Entry[]; total: number }> {
  const response = await client.get(`/api/audit?${new URLSearchParams(query).toString()}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ items: Entry[]; total: number }>();
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  startedAt = new Date(Date.now() - 1000).toISOString();
  const region = await createOrg(db, { kind: 'region' });
  org.hub = (await createOrg(db, { kind: 'prefecture', parentId: region.id })).id;
  org.a = (await createOrg(db, { kind: 'county', parentId: org.hub })).id;
  org.b = (await createOrg(db, { kind: 'county', parentId: org.hub })).id;
  user.doctorA = await createUser(db, [[org.a, 'county_doctor']]);
  user.doctorB = await createUser(db, [[org.b, 'county_doctor']]);
  user.adminA = await createUser(db, [[org.a, 'org_admin']]);
  doctorA = await signIn(t.app, user.doctorA.username);
  const doctorB = await signIn(t.app, user.doctorB.username);
  adminA = await signIn(t.app, user.adminA.username);
  adminHub = await signIn(t.app, (await createUser(db, [[org.hub, 'org_admin']])).username);
  consortiumAdmin = await signIn(
    t.app,
    (await createUser(db, [[region.id, 'consortium_admin']])).username,
  );
  patientA = (await createPatientRecord(db, { orgId: org.a, nameZh: '央金' })).id;
  const patientB = (await createPatientRecord(db, { orgId: org.b, nameZh: '央金' })).id;
  expect((await doctorA.get(`/api/patients/${patientA}`)).statusCode).toBe(200);
  expect((await doctorB.get(`/api/patients/${patientB}`)).statusCode).toBe(200);
  // A doctor has no audit:read: denied, and that denial is itself recorded.
  expect((await doctorA.get('/api/audit')).statusCode).toBe(403);
});

afterAll(async () => {
  await t.close();
});

describe('GET /api/audit', () => {
  it('shows an organisation administrator the rows of their organisation, never another county’s', async () => {
    const mine = await audit(adminA, { actorUserId: user.doctorA.id });
    expect(mine.items.length).toBeGreaterThan(0);
    expect(
      mine.items.every((e) => e.actingOrgId === org.a && e.actorUserId === user.doctorA.id),
    ).toBe(true);
    expect(await audit(adminA, { actorUserId: user.doctorB.id })).toEqual({ items: [], total: 0 });
    expect(await audit(adminA, { actingOrgId: org.b })).toEqual({ items: [], total: 0 });
    const unfiltered = await audit(adminA, { limit: '500' });
    expect(unfiltered.items.every((e) => e.actingOrgId === org.a)).toBe(true);
  });

  it('shows the administrator of a parent organisation its subtree, and the consortium administrator everything', async () => {
    expect((await audit(adminHub, { actorUserId: user.doctorA.id })).total).toBeGreaterThan(0);
    const b = await audit(consortiumAdmin, { actorUserId: user.doctorB.id });
    expect(b.items.some((e) => e.action === 'patient.read' && e.actingOrgId === org.b)).toBe(true);
  });

  it('filters by patient, action prefix, outcome, username and time, newest first', async () => {
    const reads = await audit(adminA, { patientId: patientA, action: 'patient.' });
    expect(
      reads.items.map((e) => [e.action, e.actorUserId, e.actingOrgId, e.patientId]),
    ).toContainEqual(['patient.read', user.doctorA.id, org.a, patientA]);
    expect(
      reads.items.every((e) => e.patientId === patientA && e.action.startsWith('patient.')),
    ).toBe(true);
    const denied = await audit(adminA, {
      outcome: 'denied',
      actorUsername: user.doctorA.username.toUpperCase(),
    });
    expect(denied.items.map((e) => [e.action, e.actorUsername])).toEqual([
      ['access.denied', user.doctorA.username],
    ]);
    expect(
      (
        await audit(adminA, {
          actorUserId: user.doctorA.id,
          from: new Date(Date.now() + 60_000).toISOString(),
        })
      ).total,
    ).toBe(0);
    expect((await audit(adminA, { actorUserId: user.doctorA.id, to: startedAt })).total).toBe(0);
    expect((await audit(adminA, { action: '%' })).total).toBe(0);
    const all = await audit(adminA, { actorUserId: user.doctorA.id });
    const times = all.items.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((x, y) => y - x));
  });

  it('records every search of the log as audit.search', async () => {
    await audit(adminA, { patientId: patientA });
    const searches = await audit(adminA, {
      actorUserId: user.adminA.id,
      action: 'audit.search',
      limit: '1',
    });
    expect(searches.items[0]).toMatchObject({
      action: 'audit.search',
      actingOrgId: org.a,
      details: { filters: { patientId: patientA } },
    });
  });
});
