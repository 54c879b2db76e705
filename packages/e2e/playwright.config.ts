import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

/**
 * Playwright journeys across web + server (STYLE §7) in Debian's Chromium. Never downloads a
 * browser: scripts/test.sh installs `chromium` with apt and we point at it.
 *
 * This file is evaluated in the runner and again in each worker. Values that must agree between
 * them (port, data dir) are computed once and handed down through process.env, which workers
 * inherit; tests/env.ts reads them.
 */
const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../..');

/** A TCP port nobody is listening on right now (asked from the OS), so runs never collide. */
async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

if (process.env.GESANG_E2E_BASE_URL === undefined) {
  const port = await freePort();
  process.env.GESANG_E2E_PORT = String(port);
  process.env.GESANG_E2E_BASE_URL = `http://127.0.0.1:${port}`;
  // A fresh database for every run; removed when the runner exits.
  const dataDir = mkdtempSync(join(tmpdir(), 'gesang-e2e-'));
  process.env.GESANG_E2E_DATA_DIR = dataDir;
  process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));
}
// The server seeds its demo users with this password; specs sign in with it.
process.env.GESANG_DEMO_PASSWORD ??= 'demo-password-123';

const baseURL = process.env.GESANG_E2E_BASE_URL;

export default defineConfig({
  testDir: './tests',
  testMatch: '*.spec.ts',
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // A page that appears, a push that arrives: on two cores shared by the server, its analysis
  // workers and three browsers, a reload can take more than Playwright's default 5 s to paint.
  expect: { timeout: 10_000 },
  // One server, one database: journeys run one after the other.
  workers: 1,
  fullyParallel: false,
  reporter: [['list'], ['json', { outputFile: join(repoRoot, '.reports/e2e.json') }]],
  outputDir: join(repoRoot, 'test-results/e2e'),
  use: {
    baseURL,
    screenshot: 'only-on-failure',
    trace: 'off',
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      // No sandbox (containers run as root), no GPU, and no traffic of Chromium's own (updates,
      // sync, QUIC probes): the machine reaches only the npm registry and apt.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    // The BUILT server (`npm run build` first), as `npm start` runs it: tests what ships.
    command: 'node ../server/dist/main.js start',
    cwd: here,
    url: `${baseURL}/ready`,
    reuseExistingServer: false,
    timeout: 120_000,
    // The server logs every request on stdout; show it only when asked (GESANG_E2E_SERVER_LOG=1).
    stdout: process.env.GESANG_E2E_SERVER_LOG === '1' ? 'pipe' : 'ignore',
    stderr: 'pipe',
    env: {
      ...process.env,
      PORT: process.env.GESANG_E2E_PORT ?? '',
      GESANG_DATA_DIR: process.env.GESANG_E2E_DATA_DIR ?? '',
      GESANG_DEMO_PASSWORD: process.env.GESANG_DEMO_PASSWORD,
    },
  },
});
