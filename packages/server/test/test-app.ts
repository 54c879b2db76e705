import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '../src/app.js';
import { loadConfig, type Config } from '../src/config/config.js';
import type { Database } from '../src/db/database.js';
import { openPglite } from '../src/db/open-pglite.js';
import { openPostgres } from '../src/db/open-postgres.js';
import { testDbKind, testDatabaseUrl } from './test-db.js';

/** The real app over a real database (PGlite or PostgreSQL, per GESANG_TEST_DB). */
export interface TestApp {
  app: FastifyInstance;
  database: Database;
  config: Config;
  close(): Promise<void>;
}

/** Test configuration: production defaults with safe overrides. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ LOG_LEVEL: 'silent', GESANG_DEMO: 'false' }), ...overrides };
}

/** Opens the test database (from the migrated snapshot on PGlite). */
export async function openTestDatabase(): Promise<Database> {
  if (testDbKind() === 'postgres') {
    return openPostgres(testDatabaseUrl(), 'gesang_app', () => undefined);
  }
  const snapshot = inject('pgliteSnapshot');
  const blob = snapshot === '' ? undefined : new Blob([readFileSync(snapshot)]);
  return openPglite(undefined, blob);
}

/**
 * Builds the whole app in-process (tests call `app.inject`) over a fresh connection.
 * Tests isolate by creating their own organisations and users with random codes, never by
 * truncating tables.
 */
export async function createTestApp(
  overrides: Partial<Config> = {},
  beforeReady?: (app: FastifyInstance) => void,
): Promise<TestApp> {
  const database = await openTestDatabase();
  const config = testConfig(overrides);
  const app = await buildApp({ config, database, logger: false, serveWeb: false });
  beforeReady?.(app);
  await app.ready();
  return {
    app,
    database,
    config,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
