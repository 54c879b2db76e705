import type { Config } from '../config/config.js';
import type { Database } from './database.js';
import { openPglite } from './open-pglite.js';
import { openPostgres } from './open-postgres.js';

/** Opens PostgreSQL when `DATABASE_URL` is set, else the embedded PGlite in the data folder. */
export async function openDatabase(
  config: Config,
  log: (message: string) => void,
): Promise<Database> {
  if (config.databaseUrl !== undefined) {
    return openPostgres(config.databaseUrl, config.dbAppRole, log);
  }
  return openPglite(config.dataDir);
}
