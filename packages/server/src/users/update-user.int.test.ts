import { randomUUID } from 'node:crypto';
import type { User } from '@gesang/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions, users } from '../db/schema/index.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import {
  attemptLogin,
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

describe('PATCH /api/users/:id', () => {
  it('changes display name and language, with an audit row', async () => {
    const { db } = t.database;
    const person = await createPerson(db, [[world.townshipA.id, 'county_doctor']]);
    const admin = await signInAs(t.app, world.adminA);
    const response = await admin.patch(`/api/users/${person.id}`, {
      displayName: '  Nyima Dorje ',
      locale: 'en',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json<User>()).toMatchObject({
      id: person.id,
      displayName: 'Nyima Dorje',
      locale: 'en',
      memberships: [{ orgId: world.townshipA.id, roles: ['county_doctor'] }],
    });
    const [row] = await db.select().from(users).where(eq(users.id, person.id));
    expect(row).toMatchObject({ displayName: 'Nyima Dorje', locale: 'en', disabled: false });
    const audit = await auditRowsFor(db, 'user.update', person.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorUserId: world.adminA.id, actingOrgId: world.countyA.id });
  });

  it('disabling signs the user out and keeps them out until re-enabled', async () => {
    const { db } = t.database;
    const person = await createPerson(db, [[world.countyA.id, 'ecg_technician']]);
    const theirClient = await signInAs(t.app, person);
    const admin = await signInAs(t.app, world.adminA);

    const disabled = await admin.patch(`/api/users/${person.id}`, { disabled: true });
    expect(disabled.statusCode).toBe(200);
    expect(disabled.json<User>().disabled).toBe(true);
    expect((await theirClient.get('/api/auth/session')).statusCode).toBe(401);
    expect(await db.select().from(sessions).where(eq(sessions.userId, person.id))).toHaveLength(0);
    const refused = await attemptLogin(t.app, person.username, person.password);
    expect(refused.statusCode).toBe(401);

    const enabled = await admin.patch(`/api/users/${person.id}`, { disabled: false });
    expect(enabled.statusCode).toBe(200);
    expect((await attemptLogin(t.app, person.username, person.password)).statusCode).toBe(200);
    const audit = await auditRowsFor(db, 'user.update', person.id);
    expect(audit.map((row) => row.details)).toEqual([
      { changes: { disabled: true } },
      { changes: { disabled: false } },
    ]);
  });

  it('refuses to let administrators disable themselves (400 on body.disabled)', async () => {
    const admin = await signInAs(t.app, world.adminA);
    const response = await admin.patch(`/api/users/${world.adminA.id}`, { disabled: true });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation_failed', field: 'body.disabled' });
    expect((await admin.get('/api/auth/session')).statusCode).toBe(200);
  });

  it('refuses changes to another county’s users (403) and unknown ids (404)', async () => {
    const admin = await signInAs(t.app, world.adminA);
    const other = await admin.patch(`/api/users/${world.techB.id}`, { displayName: 'Hijacked' });
    expect(other.statusCode).toBe(403);
    const [row] = await t.database.db.select().from(users).where(eq(users.id, world.techB.id));
    expect(row?.displayName).not.toBe('Hijacked');
    const unknown = await admin.patch(`/api/users/${randomUUID()}`, { displayName: 'Nobody' });
    expect(unknown.statusCode).toBe(404);
  });

  it('disables a user who also works elsewhere only for an administrator of every place', async () => {
    const { db } = t.database;
    const shared = await createPerson(db, [
      [world.countyA.id, 'ecg_reader'],
      [world.countyB.id, 'ecg_reader'],
    ]);
    const adminA = await signInAs(t.app, world.adminA);
    expect((await adminA.patch(`/api/users/${shared.id}`, { disabled: true })).statusCode).toBe(
      403,
    );
    expect((await adminA.patch(`/api/users/${shared.id}`, { locale: 'en' })).statusCode).toBe(200);
    const consortium = await signInAs(t.app, world.consortiumAdmin);
    const response = await consortium.patch(`/api/users/${shared.id}`, { disabled: true });
    expect(response.statusCode).toBe(200);
    const [row] = await db.select().from(users).where(eq(users.id, shared.id));
    expect(row?.disabled).toBe(true);
  });

  it('answers 400 naming body.displayName when it is too long or blank', async () => {
    const admin = await signInAs(t.app, world.adminA);
    for (const displayName of ['x'.repeat(101), '   ']) {
      const response = await admin.patch(`/api/users/${world.techA.id}`, { displayName });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ field: 'body.displayName' });
    }
  });

  it('refuses a technician (403) and a request without the CSRF header (403 csrf_failed)', async () => {
    const tech = await signInAs(t.app, world.techA);
    const asTech = await tech.patch(`/api/users/${world.techA.id}`, { displayName: 'Me' });
    expect(asTech.statusCode).toBe(403);
    expect(asTech.json()).toMatchObject({ code: 'forbidden' });
    const admin = await signInAs(t.app, world.adminA);
    const noCsrf = await withoutCsrf(t.app, admin, 'PATCH', `/api/users/${world.techA.id}`, {
      disabled: true,
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json()).toMatchObject({ code: 'csrf_failed' });
    const [row] = await t.database.db.select().from(users).where(eq(users.id, world.techA.id));
    expect(row?.disabled).toBe(false);
  });
});
