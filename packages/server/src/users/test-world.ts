/**
 * Shared set-up of the users integration tests (`*.int.test.ts` in this folder); not used by the
 * server itself. Every call creates fresh organisations and people with random codes.
 */
import { randomInt } from 'node:crypto';
import type { Role } from '@gesang/domain';
import { and, asc, eq } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Db } from '../db/database.js';
import { auditEvents } from '../db/schema/index.js';
import { createOrg, createUser, signIn, type Client } from '../../test/fixtures.js';

/** An organisation created for one test. */
export interface TestOrg {
  id: string;
  code: string;
}

/** A person created for one test, with their password. */
export interface TestPerson {
  id: string;
  username: string;
  password: string;
}

/**
 * region ─┬─ county A ── township A1
 *         └─ county B
 * with a consortium administrator (at the region), an administrator and a technician per county.
 */
export interface UserTestWorld {
  region: TestOrg;
  countyA: TestOrg;
  townshipA: TestOrg;
  countyB: TestOrg;
  consortiumAdmin: TestPerson;
  adminA: TestPerson;
  adminB: TestPerson;
  techA: TestPerson;
  techB: TestPerson;
}

/**
 * Creates the organisations and people of {@link UserTestWorld}.
 * @example const world = await createUserTestWorld(testApp.database.db);
 */
export async function createUserTestWorld(db: Db): Promise<UserTestWorld> {
  const region = await createOrg(db, { kind: 'region' });
  const countyA = await createOrg(db, { kind: 'county', parentId: region.id });
  const townshipA = await createOrg(db, { kind: 'township', parentId: countyA.id });
  const countyB = await createOrg(db, { kind: 'county', parentId: region.id });
  return {
    region,
    countyA,
    townshipA,
    countyB,
    consortiumAdmin: await createUser(db, [[region.id, 'consortium_admin']]),
    adminA: await createUser(db, [[countyA.id, 'org_admin']]),
    adminB: await createUser(db, [[countyB.id, 'org_admin']]),
    techA: await createUser(db, [[countyA.id, 'ecg_technician']]),
    techB: await createUser(db, [[countyB.id, 'ecg_technician']]),
  };
}

/**
 * Creates a person holding `roles` (shorthand for the fixture's `createUser`).
 * @example const nurse = await createPerson(db, [[countyA.id, 'county_doctor']]);
 */
export function createPerson(
  db: Db,
  roles: [orgId: string, role: Role][],
  username?: string,
): Promise<TestPerson> {
  return createUser(db, roles, username === undefined ? {} : { username });
}

/**
 * Signs `person` in through the real login endpoint.
 * @example const admin = await signInAs(app, world.adminA);
 */
export function signInAs(app: FastifyInstance, person: TestPerson): Promise<Client> {
  return signIn(app, person.username, person.password);
}

/**
 * A sign-in attempt that may fail, sent from a random private address: failed attempts count
 * against the client address, and tests must not use up the budget of 127.0.0.1.
 */
export function attemptLogin(
  app: FastifyInstance,
  username: string,
  password: string,
): Promise<LightMyRequestResponse> {
  const remoteAddress = `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
  return app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    remoteAddress,
  });
}

/**
 * A state-changing request with the session cookie but without the CSRF header.
 * @example expect((await withoutCsrf(app, admin, 'POST', '/api/users', body)).statusCode).toBe(403);
 */
export function withoutCsrf(
  app: FastifyInstance,
  client: Client,
  method: 'POST' | 'PATCH' | 'PUT',
  url: string,
  body: Record<string, unknown>,
): Promise<LightMyRequestResponse> {
  return app.inject({ method, url, headers: { cookie: client.cookie }, payload: body });
}

/**
 * The audit rows of `action` about the user `userId`, oldest first (read from the table itself).
 * @example const [row] = await auditRowsFor(db, 'user.create', id);
 */
export function auditRowsFor(
  db: Db,
  action: string,
  userId: string,
): Promise<(typeof auditEvents.$inferSelect)[]> {
  return db
    .select()
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.action, action),
        eq(auditEvents.resourceType, 'user'),
        eq(auditEvents.resourceId, userId),
      ),
    )
    .orderBy(asc(auditEvents.id));
}
