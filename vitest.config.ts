import { defineConfig } from 'vitest/config';

/**
 * One vitest run for the monorepo, split into two projects (STYLE §7):
 * - `unit`: colocated `x.test.ts` in every package, plain Node, no shared state.
 * - `server`: `x.int.test.ts` that boot the whole server. CI runs this project twice, on PGlite
 *   (`GESANG_TEST_DB=pglite`) and on PostgreSQL (`GESANG_TEST_DB=postgres` +
 *   `GESANG_TEST_DATABASE_URL`); see scripts/test.sh. Migrations run once in the global setup.
 */
export default defineConfig({
  test: {
    // A project may legitimately have no tests yet (e.g. `--project server` alone early on); the
    // per-suite table of scripts/test.sh shows a 0 instead of failing the whole run.
    passWithNoTests: true,
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['packages/*/src/**/*.test.{ts,tsx}'],
          exclude: ['**/node_modules/**', '**/dist/**', '**/*.int.test.{ts,tsx}'],
        },
      },
      {
        test: {
          name: 'server',
          environment: 'node',
          include: ['packages/server/src/**/*.int.test.ts'],
          globalSetup: ['packages/server/test/global-setup.ts'],
          // Each test file boots a server in its own process: no module state shared between files.
          pool: 'forks',
          // Booting the app and migrating a fresh PGlite takes seconds on this 2-core machine.
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
