import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGrant, createOrg, createUser, signIn, uniqueSuffix } from '../../test/fixtures.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let region: string;
let prefecture: string;
let countyA: string;
let countyB: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  region = (await createOrg(db, { kind: 'region' })).id;
  prefecture = (await createOrg(db, { kind: 'prefecture', parentId: region })).id;
  countyA = (await createOrg(db, { kind: 'county', parentId: prefecture })).id;
  countyB = (await createOrg(db, { kind: 'county', parentId: prefecture })).id;
});
afterAll(async () => {
  await t.close();
});

const name = (en: string) => ({ zh: `测试${en}`, en, bo: 'ཚོད་ལྟ།' });

describe('organisation tree', () => {
  it('a consortium admin builds region → prefecture → county → township → village', async () => {
    const admin = await createUser(t.database.db, [[region, 'consortium_admin']]);
    const client = await signIn(t.app, admin.username);
    let parentId = countyA;
    for (const kind of ['township', 'village'] as const) {
      const response = await client.post('/api/orgs', {
        parentId,
        kind,
        code: `${kind}-${uniqueSuffix()}`,
        name: name(kind),
      });
      expect(response.statusCode).toBe(201);
      parentId = response.json<{ id: string }>().id;
    }
    const list = (await client.get('/api/orgs')).json<{
      items: { id: string; parentId: string | null }[];
    }>();
    expect(list.items.find((o) => o.id === parentId)?.parentId).not.toBeNull();
  });

  it('refuses a kind that does not fit under its parent', async () => {
    const admin = await createUser(t.database.db, [[region, 'consortium_admin']]);
    const client = await signIn(t.app, admin.username);
    const response = await client.post('/api/orgs', {
      parentId: countyA,
      kind: 'prefecture',
      code: `p-${uniqueSuffix()}`,
      name: name('bad'),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ field: string }>().field).toBe('body.kind');
  });

  it('refuses a duplicate code with 409 naming the field', async () => {
    const admin = await createUser(t.database.db, [[region, 'consortium_admin']]);
    const client = await signIn(t.app, admin.username);
    const code = `t-${uniqueSuffix()}`;
    expect(
      (
        await client.post('/api/orgs', {
          parentId: countyA,
          kind: 'township',
          code,
          name: name('one'),
        })
      ).statusCode,
    ).toBe(201);
    const again = await client.post('/api/orgs', {
      parentId: countyA,
      kind: 'township',
      code,
      name: name('two'),
    });
    expect(again.statusCode).toBe(409);
    expect(again.json<{ field: string }>().field).toBe('body.code');
  });

  it('a partner hospital outside the region is a top-level organisation', async () => {
    const admin = await createUser(t.database.db, [[region, 'consortium_admin']]);
    const client = await signIn(t.app, admin.username);
    const response = await client.post('/api/orgs', {
      parentId: null,
      kind: 'partner',
      code: `partner-${uniqueSuffix()}`,
      name: name('Partner'),
    });
    expect(response.statusCode).toBe(201);
  });

  it('an organisation admin manages only their own subtree', async () => {
    const orgAdmin = await createUser(t.database.db, [[countyA, 'org_admin']]);
    const client = await signIn(t.app, orgAdmin.username);
    expect(
      (
        await client.post('/api/orgs', {
          parentId: countyA,
          kind: 'township',
          code: `t-${uniqueSuffix()}`,
          name: name('mine'),
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (
        await client.post('/api/orgs', {
          parentId: countyB,
          kind: 'township',
          code: `t-${uniqueSuffix()}`,
          name: name('theirs'),
        })
      ).statusCode,
    ).toBe(403);
    expect((await client.patch(`/api/orgs/${countyB}`, { active: false })).statusCode).toBe(403);
    expect(
      (
        await client.post('/api/orgs', {
          parentId: null,
          kind: 'partner',
          code: `p-${uniqueSuffix()}`,
          name: name('top'),
        })
      ).statusCode,
    ).toBe(400);
  });

  it('a technician may read the directory but not change it', async () => {
    const tech = await createUser(t.database.db, [[countyA, 'ecg_technician']]);
    const client = await signIn(t.app, tech.username);
    expect((await client.get('/api/orgs')).statusCode).toBe(200);
    expect((await client.patch(`/api/orgs/${countyA}`, { active: false })).statusCode).toBe(403);
  });

  it('a patient login cannot read the directory', async () => {
    const patient = await createUser(t.database.db, [[countyA, 'patient']]);
    const client = await signIn(t.app, patient.username);
    expect((await client.get('/api/orgs')).statusCode).toBe(403);
  });
});

describe('departments', () => {
  it('are added by an administrator and listed per organisation', async () => {
    const orgAdmin = await createUser(t.database.db, [[countyA, 'org_admin']]);
    const client = await signIn(t.app, orgAdmin.username);
    const created = await client.post(`/api/orgs/${countyA}/departments`, {
      code: 'cardiology',
      name: name('Cardiology'),
    });
    expect(created.statusCode).toBe(201);
    const list = (await client.get(`/api/orgs/${countyA}/departments`)).json<{
      items: { code: string }[];
    }>();
    expect(list.items.map((d) => d.code)).toContain('cardiology');
    expect(
      (
        await client.post(`/api/orgs/${countyA}/departments`, {
          code: 'cardiology',
          name: name('Again'),
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (
        await client.post(`/api/orgs/${countyB}/departments`, {
          code: 'cardiology',
          name: name('Theirs'),
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe('grants', () => {
  it('the granting county decides what it shares', async () => {
    const reading = (await createOrg(t.database.db, { kind: 'reading_centre' })).id;
    const adminA = await createUser(t.database.db, [[countyA, 'org_admin']]);
    const client = await signIn(t.app, adminA.username);
    const created = await client.post('/api/grants', {
      fromOrgId: countyA,
      toOrgId: reading,
      scope: 'ecg',
    });
    expect(created.statusCode).toBe(201);
    const grant = created.json<{ id: string; scope: string }>();
    expect(grant.scope).toBe('ecg');
    // County A's administrator cannot make county B share anything.
    expect(
      (await client.post('/api/grants', { fromOrgId: countyB, toOrgId: reading, scope: 'ecg' }))
        .statusCode,
    ).toBe(403);
    const listed = (await client.get('/api/grants')).json<{ items: { id: string }[] }>();
    expect(listed.items.map((g) => g.id)).toContain(grant.id);
    expect((await client.delete(`/api/grants/${grant.id}`)).statusCode).toBe(200);
    const after = (await client.get('/api/grants')).json<{ items: { id: string }[] }>();
    expect(after.items.map((g) => g.id)).not.toContain(grant.id);
  });

  it("a county's administrator does not see grants between other organisations", async () => {
    const reading = (await createOrg(t.database.db, { kind: 'reading_centre' })).id;
    await createGrant(t.database.db, countyB, reading, 'ecg');
    const adminA = await createUser(t.database.db, [[countyA, 'org_admin']]);
    const client = await signIn(t.app, adminA.username);
    const listed = (await client.get('/api/grants')).json<{
      items: { fromOrgId: string; toOrgId: string }[];
    }>();
    expect(listed.items.some((g) => g.fromOrgId === countyB && g.toOrgId === reading)).toBe(false);
  });

  it('refuses an organisation granting to itself', async () => {
    const adminA = await createUser(t.database.db, [[countyA, 'org_admin']]);
    const client = await signIn(t.app, adminA.username);
    const response = await client.post('/api/grants', {
      fromOrgId: countyA,
      toOrgId: countyA,
      scope: 'ecg',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ field: string }>().field).toBe('body.toOrgId');
  });
});
