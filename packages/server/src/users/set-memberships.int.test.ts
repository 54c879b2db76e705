import { randomUUID } from 'node:crypto';
import type { MembershipInput, User } from '@gesang/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberships } from '../db/schema/index.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import {
  auditRowsFor,
  createPerson,
  createUserTestWorld,
  signInAs,
  withoutCsrf,
  type UserTestWorld,
} from './test-world.js';

let t: TestApp;
let world: UserTestWorld;

beforeAll(async () => {
  t = await createTestApp();
  world = await createUserTestWorld(t.database.db);
});

afterAll(async () => {
  await t.close();
});

/** The user's memberships as stored, as sorted "orgId/role" strings. */
async function storedGrants(userId: string): Promise<string[]> {
  const rows = await t.database.db.select().from(memberships).where(eq(memberships.userId, userId));
  return rows.map((row) => `${row.orgId}/${row.role}`).sort();
}

const put = (memberships: MembershipInput[]): { memberships: MembershipInput[] } => ({
  memberships,
});

describe('PUT /api/users/:id/memberships', () => {
  it('replaces the roles in the caller’s organisations and leaves the others alone', async () => {
    const { db } = t.database;
    const { countyA, townshipA, countyB } = world;
    const person = await createPerson(db, [
      [countyA.id, 'ecg_technician'],
      [countyB.id, 'ecg_reader'],
    ]);
    const admin = await signInAs(t.app, world.adminA);
    const desired: MembershipInput[] = [
      { orgId: countyA.id, roles: ['county_doctor'] },
      { orgId: townshipA.id, roles: ['ecg_technician', 'chest_pain_coordinator'] },
    ];
    const response = await admin.put(`/api/users/${person.id}/memberships`, put(desired));
    expect(response.statusCode).toBe(200);
    const shown = response.json<User>().memberships;
    expect(shown).toHaveLength(2);
    expect(shown).toContainEqual(desired[0]);
    expect(shown.find((m) => m.orgId === townshipA.id)?.roles.sort()).toEqual([
      'chest_pain_coordinator',
      'ecg_technician',
    ]);
    expect(await storedGrants(person.id)).toEqual(
      [
        `${countyA.id}/county_doctor`,
        `${townshipA.id}/ecg_technician`,
        `${townshipA.id}/chest_pain_coordinator`,
        `${countyB.id}/ecg_reader`,
      ].sort(),
    );
    const audit = await auditRowsFor(db, 'user.memberships', person.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]?.details).toMatchObject({
      removed: [{ orgId: countyA.id, role: 'ecg_technician' }],
    });
    expect((audit[0]?.details as { added: unknown[] }).added).toHaveLength(3);
  });

  it('applies the new roles to the user’s existing session at once', async () => {
    const { db } = t.database;
    const person = await createPerson(db, [[world.countyA.id, 'ecg_technician']]);
    const theirClient = await signInAs(t.app, person);
    expect((await theirClient.get('/api/users')).statusCode).toBe(403);
    const admin = await signInAs(t.app, world.adminA);
    const response = await admin.put(
      `/api/users/${person.id}/memberships`,
      put([{ orgId: world.countyA.id, roles: ['org_admin'] }]),
    );
    expect(response.statusCode).toBe(200);
    const session = await theirClient.get('/api/auth/session');
    expect(session.statusCode).toBe(200);
    const permissions = session.json<{ permissions: string[] }>().permissions;
    expect(permissions).toContain('user:manage');
    expect(permissions).not.toContain('ecg:upload');
    expect((await theirClient.get('/api/users')).statusCode).toBe(200);
  });

  it('with an empty list removes the user from the caller’s organisations', async () => {
    const { db } = t.database;
    const person = await createPerson(db, [
      [world.countyA.id, 'ecg_reader'],
      [world.countyB.id, 'ecg_reader'],
    ]);
    const admin = await signInAs(t.app, world.adminA);
    const response = await admin.put(`/api/users/${person.id}/memberships`, put([]));
    expect(response.statusCode).toBe(200);
    expect(response.json<User>().memberships).toEqual([]);
    expect(await storedGrants(person.id)).toEqual([`${world.countyB.id}/ecg_reader`]);
    expect((await admin.get(`/api/users/${person.id}`)).statusCode).toBe(404);
  });

  it('refuses to put a user into another county', async () => {
    const { db } = t.database;
    const person = await createPerson(db, [[world.countyA.id, 'ecg_reader']]);
    const admin = await signInAs(t.app, world.adminA);
    const response = await admin.put(
      `/api/users/${person.id}/memberships`,
      put([
        { orgId: world.countyA.id, roles: ['ecg_reader'] },
        { orgId: world.countyB.id, roles: ['ecg_reader'] },
      ]),
    );
    expect(response.statusCode).toBe(403);
    expect(await storedGrants(person.id)).toEqual([`${world.countyA.id}/ecg_reader`]);
    expect(await auditRowsFor(db, 'user.memberships', person.id)).toHaveLength(0);
  });

  it('lets only a consortium administrator grant or remove consortium_admin', async () => {
    const { db } = t.database;
    const a = world.countyA.id;
    const person = await createPerson(db, [[a, 'ecg_reader']]);
    const orgAdmin = await signInAs(t.app, world.adminA);
    const url = `/api/users/${person.id}/memberships`;
    const grant = put([{ orgId: a, roles: ['ecg_reader', 'consortium_admin'] }]);
    expect((await orgAdmin.put(url, grant)).statusCode).toBe(403);
    expect(await storedGrants(person.id)).toEqual([`${a}/ecg_reader`]);

    const consortium = await signInAs(t.app, world.consortiumAdmin);
    expect((await consortium.put(url, grant)).statusCode).toBe(200);
    expect(await storedGrants(person.id)).toEqual([`${a}/consortium_admin`, `${a}/ecg_reader`]);

    // The organisation administrator cannot take it away either, but may leave it in place.
    expect((await orgAdmin.put(url, put([{ orgId: a, roles: ['ecg_reader'] }]))).statusCode).toBe(
      403,
    );
    const keep = put([{ orgId: a, roles: ['consortium_admin', 'county_doctor'] }]);
    expect((await orgAdmin.put(url, keep)).statusCode).toBe(200);
    expect(await storedGrants(person.id)).toEqual([`${a}/consortium_admin`, `${a}/county_doctor`]);
  });

  it('refuses another county’s users (403) and unknown ids (404)', async () => {
    const admin = await signInAs(t.app, world.adminA);
    const body = put([{ orgId: world.countyA.id, roles: ['ecg_reader'] }]);
    const other = await admin.put(`/api/users/${world.techB.id}/memberships`, body);
    expect(other.statusCode).toBe(403);
    expect(await storedGrants(world.techB.id)).toEqual([`${world.countyB.id}/ecg_technician`]);
    expect((await admin.put(`/api/users/${randomUUID()}/memberships`, body)).statusCode).toBe(404);
  });

  it('answers 400 naming the field for a repeated organisation or an empty role list', async () => {
    const admin = await signInAs(t.app, world.adminA);
    const url = `/api/users/${world.techA.id}/memberships`;
    const a = world.countyA.id;
    const repeated = await admin.put(
      url,
      put([
        { orgId: a, roles: ['ecg_reader'] },
        { orgId: a, roles: ['ecg_technician'] },
      ]),
    );
    expect(repeated.statusCode).toBe(400);
    expect(repeated.json()).toMatchObject({ field: 'body.memberships.1.orgId' });
    const empty = await admin.put(url, put([{ orgId: a, roles: [] }]));
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toMatchObject({ field: 'body.memberships.0.roles' });
    expect(await storedGrants(world.techA.id)).toEqual([`${a}/ecg_technician`]);
  });

  it('refuses a technician (403) and a request without the CSRF header (403 csrf_failed)', async () => {
    const body = put([{ orgId: world.countyA.id, roles: ['org_admin'] }]);
    const url = `/api/users/${world.techA.id}/memberships`;
    const tech = await signInAs(t.app, world.techA);
    const asTech = await tech.put(url, body);
    expect(asTech.statusCode).toBe(403);
    expect(asTech.json()).toMatchObject({ code: 'forbidden' });
    const admin = await signInAs(t.app, world.adminA);
    const noCsrf = await withoutCsrf(t.app, admin, 'PUT', url, body);
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json()).toMatchObject({ code: 'csrf_failed' });
    expect(await storedGrants(world.techA.id)).toEqual([`${world.countyA.id}/ecg_technician`]);
  });
});
