import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openPglite } from '../src/db/open-pglite.js';
import { openPostgres } from '../src/db/open-postgres.js';
import { testDbKind, testDatabaseUrl } from './test-db.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Path of a migrated PGlite data-dir snapshot (PGlite runs only). */
    pgliteSnapshot: string;
    /** A GESANG_DATA_DIR shared by every test app of this run (one content-addressed file store). */
    sharedDataDir: string;
  }
}

/**
 * Migrates once before the server suite: on PGlite, into a snapshot every test file starts from
 * (0.4 s instead of a fresh init and migration each); on PostgreSQL, into the test database.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), 'gesang-test-'));
  project.provide('sharedDataDir', join(dir, 'data'));
  if (testDbKind() === 'postgres') {
    const database = await openPostgres(testDatabaseUrl(), 'gesang_app', () => undefined);
    await database.close();
    project.provide('pgliteSnapshot', '');
  } else {
    const database = await openPglite(undefined);
    const blob = await database.client.dumpDataDir('none');
    const file = join(dir, 'migrated.tar');
    writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
    await database.close();
    project.provide('pgliteSnapshot', file);
  }
  return () => rmSync(dir, { recursive: true, force: true });
}
