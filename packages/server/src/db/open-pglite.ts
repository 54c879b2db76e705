import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import type { Database, Db } from './database.js';
import { acquireDataDirLock } from './data-dir-lock.js';
import { migrationsFolder } from './migrations-folder.js';
import * as schema from './schema/index.js';

/**
 * Opens the embedded PGlite database and applies the migrations.
 * @param dataDir folder kept between runs, or undefined for an in-memory database (tests).
 * @param loadDataDir a `dumpDataDir()` snapshot to start from (tests start from a migrated one).
 */
export async function openPglite(
  dataDir: string | undefined,
  loadDataDir?: Blob,
): Promise<Database & { client: PGlite }> {
  // PGlite takes no lock of its own: two processes on one folder would corrupt it.
  const releaseLock = dataDir === undefined ? (): void => {} : acquireDataDirLock(dataDir);
  let client: PGlite;
  try {
    client = await PGlite.create(
      dataDir === undefined ? { loadDataDir } : { dataDir: `${dataDir}/pglite` },
    );
  } catch (error) {
    releaseLock();
    throw error;
  }
  const db = drizzle({ client, schema }) as unknown as Db;
  await migrate(drizzle({ client, schema }), { migrationsFolder: migrationsFolder() });
  return {
    db,
    client,
    kind: 'pglite',
    ping: async () => {
      await client.query('select 1');
    },
    close: async () => {
      await client.close();
      releaseLock();
    },
  };
}
