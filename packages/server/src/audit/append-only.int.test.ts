import { eq, sql, type SQL } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../db/schema/index.js';
import { uniqueSuffix } from '../../test/fixtures.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { testDatabaseUrl, testDbKind } from '../../test/test-db.js';

/** Thrown to roll back: if a statement that must fail succeeds, nothing is really changed. */
class RolledBack extends Error {}

let t: TestApp;
let rowId: number;
const marker = `append-only-test-${uniqueSuffix()}`;

/**
 * Runs `statement` through the app's own database handle inside a transaction that is always
 * rolled back, and returns what was thrown (RolledBack means the statement went through).
 */
async function attempt(statement: ReturnType<typeof sql>): Promise<unknown> {
  try {
    await t.database.db.transaction(async (tx) => {
      await tx.execute(statement);
      throw new RolledBack('statement succeeded');
    });
  } catch (error) {
    return error;
  }
  return undefined;
}

/** Rows of a raw query through the app's handle (drizzle's execute result differs per driver). */
async function queryRows<T>(statement: SQL): Promise<T[]> {
  const result: unknown = await t.database.db.execute(statement);
  return (result as { rows: T[] }).rows;
}

/** The driver's error (drizzle wraps it as `cause`). */
function rootCause(error: unknown): { message?: string; code?: string } {
  const cause = (error as { cause?: unknown }).cause;
  return (cause ?? error) as { message?: string; code?: string };
}

beforeAll(async () => {
  t = await createTestApp();
  const [row] = await t.database.db
    .insert(auditEvents)
    .values({ action: 'test.marker', outcome: 'success', details: { marker } })
    .returning({ id: auditEvents.id });
  rowId = row?.id ?? 0;
});

afterAll(async () => {
  await t.close();
});

// On PGlite there are no roles to speak of: this proves the migration-0001 trigger. On
// PostgreSQL the app's handle runs as gesang_app, so the privilege refuses first; the trigger is
// then proved separately, on the owner role, in the PostgreSQL-only block below.
const layer =
  testDbKind() === 'postgres'
    ? 'the gesang_app role’s missing privileges'
    : 'the migration-0001 trigger only (role privileges are checked only when GESANG_TEST_DB=postgres)';

/** The tampering statements, aimed at this test's own row so a failure of protection harms nothing else. */
function tamper(verb: 'UPDATE' | 'DELETE' | 'TRUNCATE'): string {
  return {
    UPDATE: `update audit_events set action = 'tampered' where id = ${rowId}`,
    DELETE: `delete from audit_events where id = ${rowId}`,
    TRUNCATE: 'truncate audit_events',
  }[verb];
}

describe(`audit_events is append-only through the app’s database handle (${testDbKind()}: ${layer})`, () => {
  it.each(['UPDATE', 'DELETE', 'TRUNCATE'] as const)('refuses %s', async (verb) => {
    const error = await attempt(sql.raw(tamper(verb)));
    expect(error).toBeDefined();
    expect(error).not.toBeInstanceOf(RolledBack);
    // 42501 insufficient_privilege: raised by the trigger and by the missing grant alike.
    expect(rootCause(error).code).toBe('42501');
  });

  it('still holds the row, unchanged', async () => {
    const [row] = await t.database.db.select().from(auditEvents).where(eq(auditEvents.id, rowId));
    expect(row).toMatchObject({ action: 'test.marker', details: { marker } });
  });
});

// Defined only when GESANG_TEST_DB=postgres: PGlite has one superuser and no application role, so
// there is no privilege to check there (the block above says in its name that it checked the
// trigger only). This is deliberately not a skip: on PGlite these tests do not exist.
if (testDbKind() === 'postgres') {
  describe('PostgreSQL: the app runs as gesang_app, which may not change audit_events', () => {
    it('runs the app’s statements as gesang_app', async () => {
      const [row] = await queryRows<{ role: string }>(sql`select current_user as role`);
      expect(row?.role).toBe('gesang_app');
    });

    it('withholds UPDATE, DELETE and TRUNCATE from gesang_app, keeps INSERT and SELECT', async () => {
      const [row] = await queryRows<Record<string, boolean>>(sql`select
        has_table_privilege('gesang_app', 'audit_events', 'UPDATE') as update,
        has_table_privilege('gesang_app', 'audit_events', 'DELETE') as delete,
        has_table_privilege('gesang_app', 'audit_events', 'TRUNCATE') as truncate,
        has_table_privilege('gesang_app', 'audit_events', 'INSERT') as insert,
        has_table_privilege('gesang_app', 'audit_events', 'SELECT') as select`);
      expect(row).toEqual({
        update: false,
        delete: false,
        truncate: false,
        insert: true,
        select: true,
      });
    });

    it('refuses UPDATE and DELETE by the trigger even for the owner, past the privileges', async () => {
      const owner = new pg.Client({ connectionString: testDatabaseUrl() });
      await owner.connect();
      try {
        for (const verb of ['UPDATE', 'DELETE'] as const) {
          await owner.query('begin');
          const error = await owner.query(tamper(verb)).then(
            () => undefined,
            (e: unknown) => e,
          );
          await owner.query('rollback');
          expect((error as { message?: string } | undefined)?.message).toContain('append-only');
        }
      } finally {
        await owner.end();
      }
    });
  });
}
