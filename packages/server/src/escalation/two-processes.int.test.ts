import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StudySummary } from '@gesang/domain';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { multipartBody, sharedEcgFile } from '../../test/ecg-helpers.js';
import { createGrant, createOrg, createUser, testPassword } from '../../test/fixtures.js';
import { openEventStream, type EventStreamClient } from '../../test/sse-client.js';
import { openTestDatabase } from '../../test/test-app.js';
import { testDatabaseUrl, testDbKind } from '../../test/test-db.js';

// Two real operating-system processes of the built server (`node dist/main.js start`) on one
// PostgreSQL database: an upload to one reaches a reader connected to the other, pushed through
// the outbox and LISTEN/NOTIFY (both processes' pollers are slowed to 10 s, so a push within a
// second cannot come from a lucky poll). PGlite is one process by design: this runs on PostgreSQL.
const serverDir = fileURLToPath(new URL('../../', import.meta.url));

interface Server {
  child: ChildProcess;
  url: string;
}

/** Starts `node dist/main.js start` and resolves with its address once it listens. */
function startServer(name: string): Promise<Server> {
  const child = spawn(process.execPath, ['dist/main.js', 'start'], {
    cwd: serverDir,
    env: {
      PATH: process.env.PATH,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: testDatabaseUrl(),
      GESANG_DATA_DIR: inject('sharedDataDir'),
      GESANG_DEMO: 'false',
      GESANG_INGEST_WORKERS: '1',
      GESANG_JOB_POLL_MS: '10000',
      GESANG_OUTBOX_POLL_MS: '10000',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name} did not start within 20 s:\n${output}`));
    }, 20_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code}:\n${output}`));
    });
  });
}

/** Signs in over HTTP; returns the cookie and the CSRF token. */
async function login(url: string, username: string): Promise<{ cookie: string; csrf: string }> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: testPassword }),
  });
  expect(response.status).toBe(200);
  const session = response.headers.getSetCookie().find((c) => c.startsWith('gesang_session='));
  const body = (await response.json()) as { csrfToken: string };
  return { cookie: session?.split(';')[0] ?? '', csrf: body.csrfToken };
}

// Reported as skipped in the PGlite run (its summary counts it), run in the PostgreSQL run.
describe.skipIf(testDbKind() !== 'postgres')(
  'two server processes on one PostgreSQL database (PostgreSQL run only: PGlite is one process)',
  () => {
    const servers: Server[] = [];
    const streams: EventStreamClient[] = [];
    let techName = '';
    let readerName = '';

    beforeAll(async () => {
      const build = spawnSync(process.execPath, ['build.mjs'], {
        cwd: serverDir,
        encoding: 'utf8',
      });
      expect(build.status, build.stderr).toBe(0);
      mkdirSync(inject('sharedDataDir'), { recursive: true });
      const database = await openTestDatabase();
      try {
        const db = database.db;
        const hub = await createOrg(db, { kind: 'prefecture' });
        const county = await createOrg(db, { kind: 'county', parentId: hub.id });
        await createGrant(db, county.id, hub.id, 'ecg');
        techName = (await createUser(db, [[county.id, 'ecg_technician']])).username;
        readerName = (await createUser(db, [[hub.id, 'ecg_reader']])).username;
      } finally {
        await database.close();
      }
      servers.push(await startServer('server A'), await startServer('server B'));
    }, 60_000);

    afterAll(async () => {
      streams.forEach((s) => s.close());
      await Promise.all(
        servers.map(
          ({ child }) =>
            new Promise<void>((resolve) => {
              if (child.exitCode !== null) {
                resolve();
                return;
              }
              child.once('exit', () => resolve());
              child.kill('SIGTERM');
            }),
        ),
      );
    });

    it('pushes an upload to one process to a reader connected to the other within 1 s', async () => {
      const [a, b] = servers;
      if (a === undefined || b === undefined) {
        throw new Error('servers did not start');
      }
      const tech = await login(a.url, techName);
      const reader = await login(b.url, readerName);
      const live = await openEventStream(`${b.url}/api/ecg/events`, reader.cookie);
      streams.push(live);
      expect(live.status).toBe(200);
      const { payload, contentType } = await multipartBody(
        sharedEcgFile('dicom', 'waveform_ecg.dcm'),
        { fileName: 'waveform_ecg.dcm' },
      );
      const uploaded = await fetch(`${a.url}/api/ecg/studies`, {
        method: 'POST',
        headers: {
          cookie: tech.cookie,
          'x-csrf-token': tech.csrf,
          'idempotency-key': randomUUID(),
          'content-type': contentType,
        },
        body: payload,
      });
      expect(uploaded.status).toBe(201);
      const study = (await uploaded.json()) as StudySummary;
      const received = await live.next(
        (e) => e.data.studyId === study.id && e.data.kind === 'received',
        5000,
      );
      expect(received.receivedAtMs - Date.parse(received.data.at)).toBeLessThan(1000);
      const analysed = await live.next(
        (e) => e.data.studyId === study.id && e.data.kind === 'analysed',
        30_000,
      );
      expect(analysed.receivedAtMs - Date.parse(analysed.data.at)).toBeLessThan(1000);

      // And back: a claim on B reaches the county desk connected to A.
      const desk = await openEventStream(`${a.url}/api/ecg/events`, tech.cookie);
      streams.push(desk);
      const claimed = await fetch(`${b.url}/api/ecg/studies/${study.id}/claim`, {
        method: 'POST',
        headers: { cookie: reader.cookie, 'x-csrf-token': reader.csrf },
      });
      expect(claimed.status).toBe(200);
      const pushed = await desk.next(
        (e) => e.data.studyId === study.id && e.data.kind === 'claimed',
        5000,
      );
      expect(pushed.receivedAtMs - Date.parse(pushed.data.at)).toBeLessThan(1000);
    }, 60_000);
  },
);
