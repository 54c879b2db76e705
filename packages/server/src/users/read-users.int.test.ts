import { randomUUID } from 'node:crypto';
import type { User } from '@gesang/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../db/schema/index.js';
import { uniqueSuffix } from '../../test/fixtures.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { createPerson, createUserTestWorld, signInAs, type UserTestWorld } from './test-world.js';

interface Page {
  items: User[];
  total: number;
}

let t: TestApp;
let world: UserTestWorld;

beforeAll(async () => {
  t = await createTestApp();
  world = await createUserTestWorld(t.database.db);
});

afterAll(async () => {
  await t.close();
});

const ids = (page: Page): string[] => page.items.map((u) => u.id).sort();

describe('GET /api/users', () => {
  it('shows an organisation administrator the users of their subtree only', async () => {
    const { db } = t.database;
    // A world of its own: the other tests add people to the shared one.
    const own = await createUserTestWorld(db);
    const townshipDoctor = await createPerson(db, [[own.townshipA.id, 'county_doctor']]);
    const admin = await signInAs(t.app, own.adminA);
    const response = await admin.get('/api/users?limit=200');
    expect(response.statusCode).toBe(200);
    const page = response.json<Page>();
    const expected = [own.adminA.id, own.techA.id, townshipDoctor.id].sort();
    expect(ids(page)).toEqual(expected);
    expect(page.total).toBe(3);
    const tech = page.items.find((u) => u.id === own.techA.id);
    expect(tech).toMatchObject({
      username: own.techA.username,
      disabled: false,
      totpEnabled: false,
      lockedUntil: null,
      memberships: [{ orgId: own.countyA.id, roles: ['ecg_technician'] }],
    });
  });

  it('shows a consortium administrator everyone, filtered by organisation', async () => {
    const own = await createUserTestWorld(t.database.db);
    const admin = await signInAs(t.app, own.consortiumAdmin);
    const response = await admin.get(`/api/users?orgId=${own.countyB.id}`);
    expect(response.statusCode).toBe(200);
    const page = response.json<Page>();
    expect(ids(page)).toEqual([own.adminB.id, own.techB.id].sort());
    expect(page.total).toBe(2);
  });

  it('refuses an organisation administrator the users of another county', async () => {
    const admin = await signInAs(t.app, world.adminA);
    const response = await admin.get(`/api/users?orgId=${world.countyB.id}`);
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'forbidden' });
  });

  it('lists only the memberships in the organisations the caller administers', async () => {
    const { db } = t.database;
    const twoCounties = await createPerson(db, [
      [world.countyA.id, 'ecg_reader'],
      [world.countyB.id, 'patient'],
    ]);
    const adminA = await signInAs(t.app, world.adminA);
    const seenByA = (await adminA.get(`/api/users/${twoCounties.id}`)).json<User>();
    expect(seenByA.memberships).toEqual([{ orgId: world.countyA.id, roles: ['ecg_reader'] }]);
    const consortium = await signInAs(t.app, world.consortiumAdmin);
    const seenByAll = (await consortium.get(`/api/users/${twoCounties.id}`)).json<User>();
    expect(seenByAll.memberships).toHaveLength(2);
    expect(seenByAll.memberships).toContainEqual({ orgId: world.countyB.id, roles: ['patient'] });
  });

  it('matches q case-insensitively in username and display name, wildcards literal', async () => {
    const { db } = t.database;
    const s = uniqueSuffix();
    const underscore = await createPerson(db, [[world.countyA.id, 'ecg_reader']], `q${s}a_b`);
    const plain = await createPerson(db, [[world.countyA.id, 'ecg_reader']], `q${s}axb`);
    const percent = await createPerson(db, [[world.countyA.id, 'ecg_reader']]);
    const nearPercent = await createPerson(db, [[world.countyA.id, 'ecg_reader']]);
    await db
      .update(users)
      .set({ displayName: `Dr ${s} 100% Sure` })
      .where(eq(users.id, percent.id));
    await db
      .update(users)
      .set({ displayName: `Dr ${s} 1000 Sure` })
      .where(eq(users.id, nearPercent.id));
    const admin = await signInAs(t.app, world.consortiumAdmin);
    const search = async (q: string): Promise<string[]> => {
      const response = await admin.get(`/api/users?q=${encodeURIComponent(q)}`);
      expect(response.statusCode).toBe(200);
      return ids(response.json<Page>());
    };
    expect(await search(`Q${s.toUpperCase()}A`)).toEqual([underscore.id, plain.id].sort());
    expect(await search(`${s}a_b`)).toEqual([underscore.id]);
    expect(await search(`DR ${s} 100%`)).toEqual([percent.id]);
    expect(await search(`dr ${s} 10`)).toEqual([percent.id, nearPercent.id].sort());
  });

  it('pages with limit and offset, the total counting every match', async () => {
    const { db } = t.database;
    const s = uniqueSuffix();
    const people = [];
    for (const n of [1, 2, 3]) {
      people.push(await createPerson(db, [[world.countyB.id, 'ecg_reader']], `p${s}-${n}`));
    }
    const admin = await signInAs(t.app, world.adminB);
    const first = (await admin.get(`/api/users?q=p${s}&limit=2`)).json<Page>();
    const second = (await admin.get(`/api/users?q=p${s}&limit=2&offset=2`)).json<Page>();
    expect(first.total).toBe(3);
    expect(second.total).toBe(3);
    expect(first.items.map((u) => u.username)).toEqual([`p${s}-1`, `p${s}-2`]);
    expect(second.items.map((u) => u.username)).toEqual([`p${s}-3`]);
  });

  it('answers 400 naming the query field at fault', async () => {
    const admin = await signInAs(t.app, world.adminA);
    const response = await admin.get('/api/users?limit=0');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ field: 'query.limit' });
  });

  it('refuses a technician (no user:read)', async () => {
    const tech = await signInAs(t.app, world.techA);
    const response = await tech.get('/api/users');
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'forbidden' });
  });
});

describe('GET /api/users/:id', () => {
  it('returns a user of the caller’s organisations', async () => {
    const admin = await signInAs(t.app, world.adminA);
    const response = await admin.get(`/api/users/${world.techA.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      id: world.techA.id,
      username: world.techA.username,
      memberships: [{ orgId: world.countyA.id, roles: ['ecg_technician'] }],
    });
  });

  it('answers 404 for a user of another county and for an unknown id', async () => {
    const admin = await signInAs(t.app, world.adminA);
    for (const id of [world.techB.id, world.adminB.id, randomUUID()]) {
      const response = await admin.get(`/api/users/${id}`);
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ code: 'not_found' });
    }
  });

  it('lets a consortium administrator read anyone', async () => {
    const admin = await signInAs(t.app, world.consortiumAdmin);
    const response = await admin.get(`/api/users/${world.techB.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: world.techB.id });
  });
});
