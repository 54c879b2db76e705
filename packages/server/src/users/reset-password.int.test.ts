import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../db/schema/index.js';
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

const newPassword = 'a brand new passphrase';

describe('POST /api/users/:id/reset-password', () => {
  it('sets the password, clears the lockout and ends every session of the user', async () => {
    const { db } = t.database;
    const person = await createPerson(db, [[world.countyA.id, 'ecg_technician']]);
    const phone = await signInAs(t.app, person);
    const desktop = await signInAs(t.app, person);
    const lockedUntil = new Date(Date.now() + 10 * 60_000);
    await db.update(users).set({ failedLogins: 3, lockedUntil }).where(eq(users.id, person.id));
    const admin = await signInAs(t.app, world.adminA);
    expect((await admin.get(`/api/users/${person.id}`)).json()).toMatchObject({
      lockedUntil: lockedUntil.toISOString(),
    });

    const response = await admin.post(`/api/users/${person.id}/reset-password`, { newPassword });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ ok: true });

    for (const client of [phone, desktop]) {
      const old = await client.get('/api/auth/session');
      expect(old.statusCode).toBe(401);
      expect(old.json()).toMatchObject({ code: 'unauthenticated' });
    }
    const [row] = await db.select().from(users).where(eq(users.id, person.id));
    expect(row).toMatchObject({ failedLogins: 0, lockedUntil: null });
    expect((await attemptLogin(t.app, person.username, person.password)).statusCode).toBe(401);
    expect((await attemptLogin(t.app, person.username, newPassword)).statusCode).toBe(200);
    // The administrator's own session is untouched.
    expect((await admin.get('/api/auth/session')).statusCode).toBe(200);

    const audit = await auditRowsFor(db, 'user.reset_password', person.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorUserId: world.adminA.id, outcome: 'success' });
    expect(JSON.stringify(audit[0])).not.toContain(newPassword);
  });

  it('refuses users of another county (403), unknown ids (404) and the caller themselves', async () => {
    const admin = await signInAs(t.app, world.adminA);
    const other = await admin.post(`/api/users/${world.techB.id}/reset-password`, { newPassword });
    expect(other.statusCode).toBe(403);
    const unknown = await admin.post(`/api/users/${randomUUID()}/reset-password`, { newPassword });
    expect(unknown.statusCode).toBe(404);
    const self = await admin.post(`/api/users/${world.adminA.id}/reset-password`, { newPassword });
    expect(self.statusCode).toBe(403);
    expect((await attemptLogin(t.app, world.techB.username, world.techB.password)).statusCode).toBe(
      200,
    );
    expect(await auditRowsFor(t.database.db, 'user.reset_password', world.techB.id)).toHaveLength(
      0,
    );
  });

  it('resets a user who also works elsewhere only for an administrator of every place', async () => {
    const { db } = t.database;
    // Whoever sets this password could sign in as the county B reader too.
    const shared = await createPerson(db, [
      [world.countyA.id, 'ecg_technician'],
      [world.countyB.id, 'ecg_reader'],
    ]);
    const adminA = await signInAs(t.app, world.adminA);
    const refused = await adminA.post(`/api/users/${shared.id}/reset-password`, { newPassword });
    expect(refused.statusCode).toBe(403);
    expect((await attemptLogin(t.app, shared.username, shared.password)).statusCode).toBe(200);

    const consortium = await signInAs(t.app, world.consortiumAdmin);
    const done = await consortium.post(`/api/users/${shared.id}/reset-password`, { newPassword });
    expect(done.statusCode).toBe(200);
    expect((await attemptLogin(t.app, shared.username, newPassword)).statusCode).toBe(200);
  });

  it('answers 400 on body.newPassword for a short password', async () => {
    const admin = await signInAs(t.app, world.adminA);
    const response = await admin.post(`/api/users/${world.techA.id}/reset-password`, {
      newPassword: 'short',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation_failed', field: 'body.newPassword' });
  });

  it('refuses a technician (403) and a request without the CSRF header (403 csrf_failed)', async () => {
    const tech = await signInAs(t.app, world.techA);
    const asTech = await tech.post(`/api/users/${world.techA.id}/reset-password`, { newPassword });
    expect(asTech.statusCode).toBe(403);
    expect(asTech.json()).toMatchObject({ code: 'forbidden' });
    const admin = await signInAs(t.app, world.adminA);
    const url = `/api/users/${world.techA.id}/reset-password`;
    const noCsrf = await withoutCsrf(t.app, admin, 'POST', url, { newPassword });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json()).toMatchObject({ code: 'csrf_failed' });
    expect((await attemptLogin(t.app, world.techA.username, world.techA.password)).statusCode).toBe(
      200,
    );
  });
});
