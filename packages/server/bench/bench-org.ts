import { randomUUID } from 'node:crypto';
import { hashPassword } from '../src/auth/password.js';
import { createSession } from '../src/auth/session-store.js';
import { loadConfig } from '../src/config/config.js';
import type { Db } from '../src/db/database.js';
import { memberships, organisations, orgGrants, users } from '../src/db/schema/index.js';

/** A signed-in session: the cookie to send, and the CSRF token for writes. */
export interface BenchSession {
  cookie: string;
  csrfToken: string;
}

/** The consortium the bench loads: counties that upload, readers at the hub they route to. */
export interface BenchOrg {
  /** One technician session per county. */
  technicians: BenchSession[];
  /** Reader sessions at the hub (each its own user). */
  readers: BenchSession[];
}

async function insertOrg(
  db: Db,
  kind: 'prefecture' | 'county',
  parentId: string | null,
): Promise<string> {
  const code = `bench-${kind}-${randomUUID().slice(0, 8)}`;
  const [row] = await db
    .insert(organisations)
    .values({ code, kind, parentId, nameZh: code, nameEn: code, nameBo: 'ཚོད་ལྟ།' })
    .returning({ id: organisations.id });
  if (row === undefined) {
    throw new Error('organisation insert returned nothing');
  }
  return row.id;
}

/** Inserts `count` users holding `role` at `orgId` and opens one session for each. */
async function usersWithSessions(
  db: Db,
  orgId: string,
  role: 'ecg_technician' | 'ecg_reader',
  count: number,
): Promise<BenchSession[]> {
  // One argon2 hash for all: these users never sign in with a password (sessions are opened
  // below with the server's own session code, as the login endpoint does after the check).
  const passwordHash = await hashPassword(randomUUID());
  const rows = await db
    .insert(users)
    .values(
      Array.from({ length: count }, () => {
        const username = `bench-${randomUUID().slice(0, 12)}`;
        return { username, displayName: username, passwordHash };
      }),
    )
    .returning({ id: users.id });
  await db.insert(memberships).values(rows.map((u) => ({ userId: u.id, orgId, role })));
  const config = loadConfig({});
  const sessions: BenchSession[] = [];
  for (const user of rows) {
    const session = await createSession(db, config, {
      userId: user.id,
      activeOrgId: orgId,
      ip: '127.0.0.1',
      userAgent: 'gesang-bench',
    });
    sessions.push({ cookie: `gesang_session=${session.token}`, csrfToken: session.csrfToken });
  }
  return sessions;
}

/**
 * Creates a hub (prefecture) and `counties` counties that share their ECGs with it (`ecg`
 * grants), one technician per county and `readers` ECG readers at the hub, each with an open
 * session, directly in the database (before the server starts).
 * @param db the bench's fresh database.
 * @param counties uploading organisations (≥ 1).
 * @param readers reader sessions at the hub (the issue asks for 200).
 * @example const org = await createBenchOrg(db, 5, 200);
 */
export async function createBenchOrg(db: Db, counties: number, readers: number): Promise<BenchOrg> {
  const hub = await insertOrg(db, 'prefecture', null);
  const technicians: BenchSession[] = [];
  for (let i = 0; i < counties; i++) {
    const county = await insertOrg(db, 'county', hub);
    await db.insert(orgGrants).values({ fromOrgId: county, toOrgId: hub, scope: 'ecg' });
    technicians.push(...(await usersWithSessions(db, county, 'ecg_technician', 1)));
  }
  return { technicians, readers: await usersWithSessions(db, hub, 'ecg_reader', readers) };
}
