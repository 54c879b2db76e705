import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { Database } from '../src/db/database.js';
import { openPglite } from '../src/db/open-pglite.js';
import { openPostgres } from '../src/db/open-postgres.js';

/** The `gesang` command of this package (it runs `dist/main.js`, made by `npm run build`). */
const serverPackage = fileURLToPath(new URL('../', import.meta.url));

/** The real server in a child process, as an operator runs it (`gesang start`). */
export interface SpawnedServer {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  pid: number;
  /** Sends `signal` and resolves once the process has exited (and been reaped). */
  kill(signal: NodeJS.Signals): Promise<void>;
  /** The last 4 KiB the process wrote to stdout and stderr (for failure messages). */
  output(): string;
}

/** A port free on 127.0.0.1 now (the OS picks it; a restarted server reuses it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts `bin/gesang.js start` with `env` (on top of this process's environment) on `port` and
 * waits until `/ready` answers 200 (database open and migrated).
 * @param env configuration variables (DATABASE_URL, GESANG_DATA_DIR, …).
 * @param port TCP port on 127.0.0.1.
 * @param readyTimeoutMs how long start-up may take, ms.
 * @param nodeArgs options for node itself (e.g. `--cpu-prof` to profile the server).
 * @throws when the build is missing, the process exits, or it is not ready in time.
 * @example const server = await spawnServer({ GESANG_DATA_DIR: dir }, await freePort());
 */
export async function spawnServer(
  env: Record<string, string>,
  port: number,
  readyTimeoutMs = 90_000,
  nodeArgs: string[] = [],
): Promise<SpawnedServer> {
  if (!existsSync(join(serverPackage, 'dist', 'main.js'))) {
    throw new Error(
      'packages/server/dist/main.js is missing: run `npm run build -w @gesang/server`',
    );
  }
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, 'bin/gesang.js', 'start'], {
    cwd: serverPackage,
    env: { ...process.env, LOG_LEVEL: 'warn', GESANG_DEMO: 'false', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let tail = '';
  const keep = (chunk: Buffer): void => {
    tail = (tail + chunk.toString('utf8')).slice(-4096);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + readyTimeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`gesang exited (${child.exitCode ?? child.signalCode}) at start:\n${tail}`);
    }
    const status = await fetch(`${url}/ready`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) {
      break;
    }
    if (Date.now() > until) {
      child.kill('SIGKILL');
      throw new Error(`gesang not ready after ${readyTimeoutMs} ms:\n${tail}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    pid: child.pid ?? 0,
    kill: async (signal) => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill(signal);
      }
      await exited;
    },
    output: () => tail,
  };
}

/** A database (and data folder) that only one spawned server uses. */
export interface SpawnedDatabase {
  kind: 'pglite' | 'postgres';
  /** What the server needs: GESANG_DATA_DIR (files, PGlite) and, on PostgreSQL, DATABASE_URL. */
  env: Record<string, string>;
  /** Opens it in this process (on PGlite only while no server has it open), migrated. */
  open(): Promise<Database>;
  /** Drops the database and removes the data folder. */
  dispose(): Promise<void>;
}

/**
 * Creates a fresh database for a spawned server: on PostgreSQL a new database on the server of
 * `adminUrl` (dropped by `dispose`), on PGlite a new data folder.
 * @param kind which database.
 * @param adminUrl a `postgres://` URL whose role may CREATE DATABASE (PostgreSQL only).
 * @example const db = await createSpawnedDatabase('postgres', process.env.GESANG_TEST_DATABASE_URL);
 */
export async function createSpawnedDatabase(
  kind: 'pglite' | 'postgres',
  adminUrl?: string,
): Promise<SpawnedDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gesang-spawn-'));
  if (kind === 'pglite') {
    return {
      kind,
      env: { GESANG_DATA_DIR: dataDir },
      open: () => openPglite(dataDir),
      dispose: () => Promise.resolve(rmSync(dataDir, { recursive: true, force: true })),
    };
  }
  if (adminUrl === undefined) {
    throw new Error('a PostgreSQL spawned database needs an admin URL');
  }
  const name = `gesang_spawn_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const admin = async (statement: string): Promise<void> => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    kind,
    env: { GESANG_DATA_DIR: dataDir, DATABASE_URL: url.toString() },
    open: () => openPostgres(url.toString(), 'gesang_app', () => undefined),
    dispose: async () => {
      await admin(`drop database if exists ${name} with (force)`);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A session signed in over HTTP: the cookie to send and the CSRF token for writes. */
export interface HttpSession {
  cookie: string;
  csrfToken: string;
}

/**
 * Signs in through `POST /api/auth/login` of a running server, as the browser does.
 * @throws unless the server answers 200 with a session cookie.
 * @example const tech = await httpSignIn(server.url, 'u1234', testPassword);
 */
export async function httpSignIn(
  url: string,
  username: string,
  password: string,
): Promise<HttpSession> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const session = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0] ?? '')
    .find((pair) => pair.startsWith('gesang_session='));
  if (response.status !== 200 || session === undefined) {
    throw new Error(`sign-in of ${username}: ${response.status} ${await response.text()}`);
  }
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie: session, csrfToken };
}

/**
 * `POST /api/ecg/studies` over HTTP as `session`: the file as multipart field `file` (encoded by
 * the platform's FormData), with `Idempotency-Key: key`.
 * @returns the response (a network error rejects, e.g. when the server dies mid-request).
 */
export async function httpUpload(
  url: string,
  session: HttpSession,
  bytes: Uint8Array,
  key: string,
  fileName = 'ecg.bin',
): Promise<Response> {
  const form = new FormData();
  form.append('file', new Blob([bytes]), fileName);
  return fetch(`${url}/api/ecg/studies`, {
    method: 'POST',
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'idempotency-key': key },
    body: form,
  });
}
