import { eq } from 'drizzle-orm';
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createUser, signIn, testAddress, testPassword } from '../../test/fixtures.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { auditEvents, users } from '../db/schema/index.js';
import { maxFailedLogins } from './login.js';

let t: TestApp;
let countyId: string;

beforeAll(async () => {
  t = await createTestApp();
  countyId = (await createOrg(t.database.db, { kind: 'county' })).id;
});
afterAll(async () => {
  await t.close();
});

const login = (username: string, password: string, totp?: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: testAddress(),
    payload: { username, password, ...(totp ? { totp } : {}) },
  });

describe('login', () => {
  it('sets an HTTP-only SameSite cookie and returns the CSRF token, again from /session', async () => {
    const user = await createUser(t.database.db, [[countyId, 'ecg_technician']]);
    const response = await login(user.username, user.password);
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'gesang_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Strict');
    const body = response.json<{ csrfToken: string; activeOrgId: string; permissions: string[] }>();
    expect(body.csrfToken.length).toBeGreaterThanOrEqual(32);
    expect(body.activeOrgId).toBe(countyId);
    expect(body.permissions).toContain('ecg:upload');
    const session = await t.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { cookie: `gesang_session=${cookie?.value}` },
    });
    expect(session.json<{ csrfToken: string }>().csrfToken).toBe(body.csrfToken);
  });

  it('stores the password as argon2id, never in clear', async () => {
    const user = await createUser(t.database.db, [[countyId, 'ecg_technician']]);
    const [row] = await t.database.db.select().from(users).where(eq(users.id, user.id));
    expect(row?.passwordHash.startsWith('$argon2id$')).toBe(true);
    expect(row?.passwordHash).not.toContain(user.password);
  });

  it('answers 401 invalid_credentials for a wrong password and an unknown user alike', async () => {
    const user = await createUser(t.database.db, [[countyId, 'ecg_technician']]);
    const wrong = await login(user.username, 'not the password');
    const unknown = await login(`nobody-${user.username}`, 'not the password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json<{ code: string }>().code).toBe('invalid_credentials');
  });

  it(`locks the account after ${maxFailedLogins} failures, even for the right password`, async () => {
    const user = await createUser(t.database.db, [[countyId, 'ecg_technician']]);
    for (let i = 0; i < maxFailedLogins; i++) {
      expect((await login(user.username, 'wrong password!')).statusCode).toBe(401);
    }
    const locked = await login(user.username, user.password);
    expect(locked.statusCode).toBe(423);
    expect(locked.json<{ code: string }>().code).toBe('account_locked');
  });

  it('rate-limits an address that keeps failing', async () => {
    const ip = '203.0.113.77';
    let last = 0;
    for (let i = 0; i < 31; i++) {
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: ip,
        payload: { username: `ghost${i}`, password: 'whatever-123' },
      });
      last = r.statusCode;
    }
    expect(last).toBe(429);
    const other = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '203.0.113.78',
      payload: { username: 'ghost', password: 'whatever-123' },
    });
    expect(other.statusCode).toBe(401);
  });

  it('audits sign-in success and failure with the address', async () => {
    const user = await createUser(t.database.db, [[countyId, 'ecg_technician']]);
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '198.51.100.9',
      payload: { username: user.username, password: 'wrong password!' },
    });
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '198.51.100.9',
      payload: { username: user.username, password: user.password },
    });
    const rows = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.actorUsername, user.username));
    const outcomes = rows
      .filter((r) => r.action === 'auth.login')
      .map((r) => r.outcome)
      .sort();
    expect(outcomes).toEqual(['failure', 'success']);
    expect(rows.every((r) => r.ip === '198.51.100.9')).toBe(true);
  });
});

describe('session and CSRF', () => {
  it('refuses a state-changing request without the CSRF header, accepts it with', async () => {
    const user = await createUser(t.database.db, [[countyId, 'ecg_technician']]);
    const client = await signIn(t.app, user.username);
    const without = await t.app.inject({
      method: 'PATCH',
      url: '/api/auth/preferences',
      headers: { cookie: client.cookie },
      payload: { locale: 'bo' },
    });
    expect(without.statusCode).toBe(403);
    expect(without.json<{ code: string }>().code).toBe('csrf_failed');
    const wrong = await t.app.inject({
      method: 'PATCH',
      url: '/api/auth/preferences',
      headers: { cookie: client.cookie, 'x-csrf-token': 'x'.repeat(43) },
      payload: { locale: 'bo' },
    });
    expect(wrong.statusCode).toBe(403);
    expect((await client.patch('/api/auth/preferences', { locale: 'bo' })).statusCode).toBe(200);
  });

  it('sign out everywhere ends every session of the user', async () => {
    const user = await createUser(t.database.db, [[countyId, 'ecg_technician']]);
    const phone = await signIn(t.app, user.username);
    const desk = await signIn(t.app, user.username);
    expect((await phone.post('/api/auth/logout-all')).statusCode).toBe(200);
    expect((await desk.get('/api/auth/session')).statusCode).toBe(401);
    expect((await phone.get('/api/auth/session')).statusCode).toBe(401);
  });

  it('sign out ends only this session', async () => {
    const user = await createUser(t.database.db, [[countyId, 'ecg_technician']]);
    const phone = await signIn(t.app, user.username);
    const desk = await signIn(t.app, user.username);
    expect((await phone.post('/api/auth/logout')).statusCode).toBe(200);
    expect((await phone.get('/api/auth/session')).statusCode).toBe(401);
    expect((await desk.get('/api/auth/session')).statusCode).toBe(200);
  });

  it('switches between the organisations where the user holds roles, and only those', async () => {
    const township = await createOrg(t.database.db, { kind: 'township', parentId: countyId });
    const other = await createOrg(t.database.db, { kind: 'county' });
    const user = await createUser(t.database.db, [
      [countyId, 'ecg_technician'],
      [township.id, 'county_doctor'],
    ]);
    const client = await signIn(t.app, user.username);
    const switched = await client.post('/api/auth/switch-org', { orgId: township.id });
    expect(switched.statusCode).toBe(200);
    const body = switched.json<{
      activeOrgId: string;
      permissions: string[];
      memberships: unknown[];
    }>();
    expect(body.activeOrgId).toBe(township.id);
    expect(body.permissions).toContain('case:manage');
    expect(body.memberships).toHaveLength(2);
    expect(
      (await client.get('/api/auth/session')).json<{ activeOrgId: string }>().activeOrgId,
    ).toBe(township.id);
    const refused = await client.post('/api/auth/switch-org', { orgId: other.id });
    expect(refused.statusCode).toBe(403);
    expect(refused.json<{ field: string }>().field).toBe('body.orgId');
  });

  it('changing the password signs out the other sessions and the old password stops working', async () => {
    const user = await createUser(t.database.db, [[countyId, 'ecg_technician']]);
    const a = await signIn(t.app, user.username);
    const b = await signIn(t.app, user.username);
    const wrong = await a.post('/api/auth/password', {
      currentPassword: 'nope',
      newPassword: 'a brand new secret',
    });
    expect(wrong.statusCode).toBe(400);
    expect(
      (
        await a.post('/api/auth/password', {
          currentPassword: testPassword,
          newPassword: 'a brand new secret',
        })
      ).statusCode,
    ).toBe(200);
    expect((await b.get('/api/auth/session')).statusCode).toBe(401);
    expect((await a.get('/api/auth/session')).statusCode).toBe(200);
    expect((await login(user.username, testPassword)).statusCode).toBe(401);
    expect((await login(user.username, 'a brand new secret')).statusCode).toBe(200);
  });
});

describe('TOTP second factor', () => {
  it('asks for the code once enabled and accepts only a valid one', async () => {
    const user = await createUser(t.database.db, [[countyId, 'ecg_technician']]);
    const client = await signIn(t.app, user.username);
    const setup = (await client.post('/api/auth/totp/setup')).json<{
      secret: string;
      otpauthUri: string;
    }>();
    expect(setup.otpauthUri).toMatch(/^otpauth:\/\/totp\//);
    expect(
      (
        await client.post('/api/auth/totp/enable', {
          code: '000000' === (await generate({ secret: setup.secret })) ? '111111' : '000000',
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await client.post('/api/auth/totp/enable', {
          code: await generate({ secret: setup.secret }),
        })
      ).statusCode,
    ).toBe(200);
    const needCode = await login(user.username, user.password);
    expect(needCode.statusCode).toBe(401);
    expect(needCode.json<{ code: string }>().code).toBe('totp_required');
    const badCode = await login(
      user.username,
      user.password,
      '123456' === (await generate({ secret: setup.secret })) ? '654321' : '123456',
    );
    expect(badCode.json<{ code: string }>().code).toBe('totp_invalid');
    const ok = await login(user.username, user.password, await generate({ secret: setup.secret }));
    expect(ok.statusCode).toBe(200);
  });
});
