import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createUser, signIn } from '../../test/fixtures.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

interface OpenApi {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
}

describe('health and OpenAPI', () => {
  it('answers /health and /ready without a session', async () => {
    expect((await t.app.inject('/health')).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject('/ready');
    expect(ready.statusCode).toBe(200);
    expect(ready.json<{ database: string }>().database).toBe(t.database.kind);
  });

  it('serves an OpenAPI 3.1 document listing the API', async () => {
    const doc = (await t.app.inject('/api/openapi.json')).json<OpenApi>();
    expect(doc.openapi).toBe('3.1.0');
    for (const path of [
      '/api/auth/login',
      '/api/orgs',
      '/api/users',
      '/api/patients',
      '/api/audit',
    ]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
  });
});

describe('nothing is readable by default', () => {
  it('every API operation except sign-in and the FHIR CapabilityStatement answers 401 without a session', async () => {
    const doc = (await t.app.inject('/api/openapi.json')).json<OpenApi>();
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path })),
    );
    expect(operations.length).toBeGreaterThan(20);
    for (const { method, path } of operations) {
      // Sign-in, and FHIR's capability statement, which the FHIR R4 RESTful API (§3.1.0.1.7,
      // capabilities) expects a client to read before it authenticates.
      if (path === '/api/auth/login' || path === '/fhir/R4/metadata') {
        continue;
      }
      const url = path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
      const response = await t.app.inject({
        method: method as 'GET',
        url,
        payload: method === 'GET' || method === 'DELETE' ? undefined : {},
      });
      expect({ method, path, status: response.statusCode }).toEqual({ method, path, status: 401 });
    }
  });
});

describe('bad input', () => {
  it('malformed JSON is a 400 invalid_json', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": "admin",',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'invalid_json', field: 'body' });
  });

  it('a wrong type names the field', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: 12345 },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation_failed', field: 'body.password' });
  });

  it('an over-long string names the field', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'a'.repeat(65), password: 'x' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ field: string }>().field).toBe('body.username');
  });

  it('a nested field is named by its path', async () => {
    const org = await createOrg(t.database.db, { kind: 'region' });
    const admin = await createUser(t.database.db, [[org.id, 'consortium_admin']]);
    const client = await signIn(t.app, admin.username);
    const response = await client.post('/api/orgs', {
      parentId: org.id,
      kind: 'prefecture',
      code: 'ok-code',
      name: { zh: '名', en: 'x'.repeat(201) },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ field: string }>().field).toBe('body.name.en');
  });

  it('a body over 1 MiB is refused with 413', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'a', password: 'x'.repeat(1_100_000) },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json<{ code: string }>().code).toBe('payload_too_large');
  });

  it('an unknown route is a JSON 404', async () => {
    const response = await t.app.inject('/api/no-such-thing');
    expect(response.statusCode).toBe(404);
    expect(response.json<{ code: string }>().code).toBe('not_found');
  });

  it('a bad path id is a 400 naming the parameter', async () => {
    const org = await createOrg(t.database.db, { kind: 'county' });
    const user = await createUser(t.database.db, [[org.id, 'ecg_technician']]);
    const client = await signIn(t.app, user.username);
    const response = await client.get('/api/orgs/not-a-uuid');
    expect(response.statusCode).toBe(400);
    expect(response.json<{ field: string }>().field).toBe('path.id');
  });
});

describe('internal errors', () => {
  it('answer a bare 500 with no stack trace or cause', async () => {
    const extra = await createTestApp({}, (app) => {
      app.get('/api/test/boom', { config: { public: true } }, () => {
        throw new Error('secret detail at /srv/gesang/src/x.ts:12');
      });
    });
    const response = await extra.app.inject('/api/test/boom');
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({ status: 500, code: 'internal', message: 'Internal error' });
    expect(response.body).not.toContain('secret');
    await extra.close();
  });
});
