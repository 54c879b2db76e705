import { randomUUID } from 'node:crypto';
import type { CreateUserBody, User } from '@gesang/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberships, users } from '../db/schema/index.js';
import { createOrg, uniqueSuffix } from '../../test/fixtures.js';
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

/** A valid body for county `orgId`; `overrides` replace fields. */
function newUser(orgId: string, overrides: Partial<CreateUserBody> = {}): CreateUserBody {
  return {
    username: `n${uniqueSuffix()}`,
    displayName: '次仁 Tsering',
    password: 'a long enough password',
    locale: 'bo',
    memberships: [{ orgId, roles: ['ecg_technician'] }],
    ...overrides,
  };
}

async function usernameExists(username: string): Promise<boolean> {
  const rows = await t.database.db.select().from(users).where(eq(users.username, username));
  return rows.length > 0;
}

describe('POST /api/users', () => {
  it('creates a user who can sign in, with an audit row and an argon2id hash', async () => {
    const admin = await signInAs(t.app, world.adminA);
    const username = `New.${uniqueSuffix()}`;
    const body = newUser(world.countyA.id, {
      username,
      memberships: [
        { orgId: world.countyA.id, roles: ['county_doctor', 'ecg_reader'] },
        { orgId: world.townshipA.id, roles: ['org_admin'] },
      ],
    });
    const response = await admin.post('/api/users', body);
    expect(response.statusCode).toBe(201);
    const created = response.json<User>();
    expect(created).toMatchObject({
      username: username.toLowerCase(),
      displayName: body.displayName,
      locale: 'bo',
      disabled: false,
      totpEnabled: false,
      lockedUntil: null,
    });
    expect(created.memberships).toHaveLength(2);
    expect(created.memberships).toContainEqual(body.memberships[0]);
    expect(created.memberships).toContainEqual(body.memberships[1]);

    const [row] = await t.database.db.select().from(users).where(eq(users.id, created.id));
    expect(row?.passwordHash.startsWith('$argon2id$')).toBe(true);
    const held = await t.database.db
      .select()
      .from(memberships)
      .where(eq(memberships.userId, created.id));
    expect(held).toHaveLength(3);

    const audit = await auditRowsFor(t.database.db, 'user.create', created.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorUserId: world.adminA.id, outcome: 'success' });
    expect(audit[0]?.details).toMatchObject({ memberships: body.memberships });
    expect(JSON.stringify(audit[0])).not.toContain(body.password);

    const login = await attemptLogin(t.app, username, body.password);
    expect(login.statusCode).toBe(200);
  });

  it('answers 409 conflict on body.username for a taken name, whatever its case', async () => {
    const admin = await signInAs(t.app, world.adminA);
    const taken = world.techA.username;
    for (const username of [taken, taken.toUpperCase()]) {
      const response = await admin.post('/api/users', newUser(world.countyA.id, { username }));
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({ code: 'conflict', field: 'body.username' });
    }
  });

  it('refuses to put a user into another county, even alongside its own', async () => {
    const admin = await signInAs(t.app, world.adminA);
    const intoB = newUser(world.countyB.id);
    const intoBoth = newUser(world.countyA.id, {
      memberships: [
        { orgId: world.countyA.id, roles: ['ecg_technician'] },
        { orgId: world.countyB.id, roles: ['ecg_technician'] },
      ],
    });
    for (const body of [intoB, intoBoth]) {
      const response = await admin.post('/api/users', body);
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ code: 'forbidden' });
      expect(await usernameExists(body.username)).toBe(false);
    }
  });

  it('lets only a consortium administrator grant consortium_admin', async () => {
    const body = newUser(world.countyA.id, {
      memberships: [{ orgId: world.countyA.id, roles: ['consortium_admin'] }],
    });
    const orgAdmin = await signInAs(t.app, world.adminA);
    const refused = await orgAdmin.post('/api/users', body);
    expect(refused.statusCode).toBe(403);
    expect(await usernameExists(body.username)).toBe(false);

    const consortium = await signInAs(t.app, world.consortiumAdmin);
    const granted = await consortium.post('/api/users', body);
    expect(granted.statusCode).toBe(201);
    expect(granted.json<User>().memberships).toEqual(body.memberships);
  });

  it('lets an organisation administrator grant org_admin only within their subtree', async () => {
    const { db } = t.database;
    const townshipAdmin = await createPerson(db, [[world.townshipA.id, 'org_admin']]);
    const village = await createOrg(db, { kind: 'village', parentId: world.townshipA.id });
    const admin = await signInAs(t.app, townshipAdmin);
    const inVillage = newUser(village.id, {
      memberships: [{ orgId: village.id, roles: ['org_admin'] }],
    });
    expect((await admin.post('/api/users', inVillage)).statusCode).toBe(201);
    const inCounty = newUser(world.countyA.id, {
      memberships: [{ orgId: world.countyA.id, roles: ['org_admin'] }],
    });
    expect((await admin.post('/api/users', inCounty)).statusCode).toBe(403);
    expect(await usernameExists(inCounty.username)).toBe(false);
  });

  it('answers 400 naming the field for a bad username, display name, password or organisation', async () => {
    const admin = await signInAs(t.app, world.adminA);
    const a = world.countyA.id;
    const cases: [Partial<CreateUserBody>, string][] = [
      [{ username: 'bad name!' }, 'body.username'],
      [{ username: 'x' }, 'body.username'],
      [{ displayName: 'x'.repeat(101) }, 'body.displayName'],
      [{ password: 'short' }, 'body.password'],
      [{ memberships: [] }, 'body.memberships'],
      [
        { memberships: [{ orgId: randomUUID(), roles: ['ecg_reader'] }] },
        'body.memberships.0.orgId',
      ],
      [
        {
          memberships: [
            { orgId: a, roles: ['ecg_reader'] },
            { orgId: a, roles: ['county_doctor'] },
          ],
        },
        'body.memberships.1.orgId',
      ],
    ];
    for (const [overrides, field] of cases) {
      const body = newUser(a, overrides);
      const response = await admin.post('/api/users', body);
      expect(response.statusCode, field).toBe(400);
      expect(response.json(), field).toMatchObject({ code: 'validation_failed', field });
      expect(await usernameExists(body.username)).toBe(false);
    }
  });

  it('refuses a technician (403) and a request without the CSRF header (403 csrf_failed)', async () => {
    const tech = await signInAs(t.app, world.techA);
    const asTech = await tech.post('/api/users', newUser(world.countyA.id));
    expect(asTech.statusCode).toBe(403);
    expect(asTech.json()).toMatchObject({ code: 'forbidden' });

    const admin = await signInAs(t.app, world.adminA);
    const body = newUser(world.countyA.id);
    const noCsrf = await withoutCsrf(t.app, admin, 'POST', '/api/users', { ...body });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json()).toMatchObject({ code: 'csrf_failed' });
    expect(await usernameExists(body.username)).toBe(false);
  });
});
