import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import type { Database, Db } from './database.js';
import { migrationsFolder } from './migrations-folder.js';
import * as schema from './schema/index.js';
import { setUpAppRole } from './app-role.js';

/** Arbitrary constant: the advisory lock that serialises migrations across server processes. */
const migrationLockKey = 7_263_001;

/**
 * Connects to PostgreSQL, applies the migrations (one process at a time) and, when the connecting
 * role may, switches every pooled connection to the restricted application role.
 * @param url a `postgres://` connection string.
 * @param appRole the application role; null to stay on the connecting role.
 */
export async function openPostgres(
  url: string,
  appRole: string | null,
  log: (message: string) => void,
): Promise<Database> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  let useRole: string | null = null;
  try {
    await admin.query('select pg_advisory_lock($1)', [migrationLockKey]);
    await migrate(drizzle({ client: admin, schema }), { migrationsFolder: migrationsFolder() });
    if (appRole !== null) {
      useRole = await setUpAppRole(admin, appRole, log);
    }
  } finally {
    await admin.query('select pg_advisory_unlock($1)', [migrationLockKey]).catch(() => undefined);
    await admin.end();
  }
  // The role is a startup parameter, so every pooled connection runs as it from its first
  // statement (no window in which a connection acts as the connecting role).
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(useRole === null ? {} : { options: `-c role=${useRole}` }),
  });
  const db = drizzle({ client: pool, schema }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    ping: async () => {
      await pool.query('select 1');
    },
    close: async () => {
      await pool.end();
    },
  };
}
