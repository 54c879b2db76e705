import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { testDbKind } from '../../test/test-db.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('database connection', () => {
  it('opens the database the suite asked for', () => {
    expect(t.database.kind).toBe(testDbKind());
  });

  // The PostgreSQL half of this suite checks the restricted role; PGlite has a single superuser
  // session, where the append-only trigger is the guard (checked in the audit tests).
  if (testDbKind() === 'postgres') {
    it('runs every pooled statement as the restricted application role', async () => {
      for (let i = 0; i < 3; i++) {
        const result: unknown = await t.database.db.execute(sql`select current_user as who`);
        expect((result as { rows: { who: string }[] }).rows[0]?.who).toBe('gesang_app');
      }
    });
  }
});
