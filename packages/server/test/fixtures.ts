import { randomUUID } from 'node:crypto';
import type { GrantScope, OrgKind, Role } from '@gesang/domain';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { hashPassword } from '../src/auth/password.js';
import type { Db } from '../src/db/database.js';
import { memberships, orgGrants, organisations, users } from '../src/db/schema/index.js';
import { patientIdentifiers, patientOrgs, patients } from '../src/db/schema/index.js';

/** A short random suffix, so tests never collide in a shared database. */
export function uniqueSuffix(): string {
  return randomUUID().slice(0, 8);
}

/** Inserts an organisation with a random code. */
export async function createOrg(
  db: Db,
  input: { kind: OrgKind; parentId?: string | null; zh?: string; en?: string },
): Promise<{ id: string; code: string }> {
  const code = `${input.kind.replace('_', '-')}-${uniqueSuffix()}`;
  const [row] = await db
    .insert(organisations)
    .values({
      code,
      kind: input.kind,
      parentId: input.parentId ?? null,
      nameZh: input.zh ?? `测试${code}`,
      nameEn: input.en ?? `Test ${code}`,
      nameBo: 'ཚོད་ལྟ།',
    })
    .returning({ id: organisations.id });
  if (row === undefined) {
    throw new Error('org insert failed');
  }
  return { id: row.id, code };
}

/** Test password shared by fixture users. */
export const testPassword = 'correct horse battery';

/** Inserts a user holding `roles` ([orgId, role] pairs). */
export async function createUser(
  db: Db,
  roles: [orgId: string, role: Role][],
  options: { username?: string; password?: string } = {},
): Promise<{ id: string; username: string; password: string }> {
  const username = options.username ?? `u${uniqueSuffix()}`;
  const password = options.password ?? testPassword;
  const [row] = await db
    .insert(users)
    .values({
      username,
      displayName: `User ${username}`,
      passwordHash: await hashPassword(password),
    })
    .returning({ id: users.id });
  if (row === undefined) {
    throw new Error('user insert failed');
  }
  if (roles.length > 0) {
    await db
      .insert(memberships)
      .values(roles.map(([orgId, role]) => ({ userId: row.id, orgId, role })));
  }
  return { id: row.id, username, password };
}

/** Inserts an active grant. */
export async function createGrant(
  db: Db,
  fromOrgId: string,
  toOrgId: string,
  scope: GrantScope,
): Promise<void> {
  await db.insert(orgGrants).values({ fromOrgId, toOrgId, scope });
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** A signed-in HTTP client over `app.inject`: sends the session cookie and the CSRF token. */
export interface Client {
  csrfToken: string;
  cookie: string;
  request(method: Method, url: string, body?: unknown): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
}

/**
 * A random documentation-range client address (RFC 5737), so that one test's failed sign-ins never
 * trip the per-address rate limit for another test sharing the database.
 */
export function testAddress(): string {
  return `192.0.2.${1 + Math.floor(Math.random() * 254)}`;
}

/** Signs in through the real endpoint; throws unless it answers 200. */
export async function signIn(
  app: FastifyInstance,
  username: string,
  password: string = testPassword,
): Promise<Client> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: testAddress(),
    payload: { username, password },
  });
  if (response.statusCode !== 200) {
    throw new Error(`sign-in of ${username} failed: ${response.statusCode} ${response.body}`);
  }
  const session = response.cookies.find((c) => c.name === 'gesang_session');
  if (session === undefined) {
    throw new Error('no session cookie');
  }
  const cookie = `gesang_session=${session.value}`;
  const csrfToken = response.json<{ csrfToken: string }>().csrfToken;
  const request = (method: Method, url: string, body?: unknown): Promise<LightMyRequestResponse> =>
    app.inject({
      method,
      url,
      headers: { cookie, 'x-csrf-token': csrfToken },
      ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
    });
  return {
    csrfToken,
    cookie,
    request,
    get: (url) => request('GET', url),
    post: (url, body) => request('POST', url, body ?? {}),
    patch: (url, body) => request('PATCH', url, body ?? {}),
    put: (url, body) => request('PUT', url, body ?? {}),
    delete: (url) => request('DELETE', url),
  };
}

/**
 * A valid resident ID (GB 11643-1999) for a birth date and sex, with a random area and sequence so
 * tests never collide. The check character is computed here from the standard (ISO 7064 MOD 11-2:
 * weight of position i is 2^(17-i) mod 11), independently of the domain's implementation.
 * @param birthDate YYYY-MM-DD.
 * @param sex the sequence's last digit is odd for male, even for female.
 */
export function makeResidentId(birthDate: string, sex: 'male' | 'female'): string {
  const area = `54${String(Math.floor(Math.random() * 10_000)).padStart(4, '0')}`;
  const sequence =
    Math.floor(Math.random() * 50) * 2 +
    (sex === 'male' ? 1 : 0) +
    Math.floor(Math.random() * 10) * 100;
  const body = `${area}${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += Number(body[i]) * (2 ** (17 - i) % 11);
  }
  const check = (12 - (sum % 11)) % 11;
  return body + (check === 10 ? 'X' : String(check));
}

/**
 * Inserts a patient linked to `orgId` directly (as the demo seed does), for tests that need one
 * to exist before exercising the API. `pinyinKey` is the lower-cased pinyin without spaces.
 */
export async function createPatientRecord(
  db: Db,
  input: {
    orgId: string;
    nameZh?: string | null;
    nameBo?: string | null;
    namePinyin?: string | null;
    sex?: 'male' | 'female' | 'other' | 'unknown';
    birthDate?: string | null;
    identifiers?: { system: string; value: string; orgId?: string | null }[];
  },
): Promise<{ id: string }> {
  const namePinyin = input.namePinyin ?? null;
  const [row] = await db
    .insert(patients)
    .values({
      nameZh: input.nameZh ?? null,
      nameBo: input.nameBo ?? null,
      namePinyin,
      pinyinKey: namePinyin === null ? null : namePinyin.toLowerCase().replace(/[^a-z]/g, ''),
      sex: input.sex ?? 'female',
      birthDate: input.birthDate ?? null,
      createdByOrgId: input.orgId,
    })
    .returning({ id: patients.id });
  if (row === undefined) {
    throw new Error('patient insert failed');
  }
  if (input.identifiers !== undefined && input.identifiers.length > 0) {
    await db.insert(patientIdentifiers).values(
      input.identifiers.map((i) => ({
        patientId: row.id,
        system: i.system,
        value: i.value,
        orgId: i.orgId ?? null,
      })),
    );
  }
  await db.insert(patientOrgs).values({ patientId: row.id, orgId: input.orgId });
  return { id: row.id };
}
