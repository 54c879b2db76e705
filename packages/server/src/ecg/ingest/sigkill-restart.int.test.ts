import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseWfdbHeader, readWfdbRecord, writeDicomEcg } from '@gesang/ecg-formats';
import type { StudySummary } from '@gesang/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGrant, createOrg, createUser, testPassword } from '../../../test/fixtures.js';
import {
  createSpawnedDatabase,
  freePort,
  httpSignIn,
  httpUpload,
  spawnServer,
  type HttpSession,
  type SpawnedDatabase,
  type SpawnedServer,
} from '../../../test/spawn-server.js';
import { testDatabaseUrl, testDbKind } from '../../../test/test-db.js';

// The real built server (`npm run build -w @gesang/server`) in a child process, killed with
// SIGKILL while uploads and ingest jobs are in flight, then restarted on the same database (a
// fresh PostgreSQL database, or a PGlite data folder whose lock the dead process still holds).

const shared = resolve(fileURLToPath(new URL('../../../../../../shared/data', import.meta.url)));

/** Real files to upload: every single-file device sample, and LUDB records written as DICOM. */
function realFiles(): { name: string; bytes: Uint8Array }[] {
  const formats = join(shared, 'ecg-formats');
  const files: { name: string; bytes: Uint8Array }[] = readdirSync(formats, {
    recursive: true,
    withFileTypes: true,
  })
    .filter((e) => e.isFile() && !e.name.endsWith('.md') && !e.parentPath.endsWith('wfdb'))
    .map((e) => ({ name: e.name, bytes: readFileSync(join(e.parentPath, e.name)) }));
  const folder = join(shared, 'ecg', 'ludb');
  for (const n of [1, 7, 11, 14, 33, 69, 102, 118]) {
    const header = parseWfdbHeader(readFileSync(join(folder, `${n}.hea`), 'latin1'));
    const record = readWfdbRecord(header, { [`${n}.dat`]: readFileSync(join(folder, `${n}.dat`)) });
    files.push({ name: `ludb-${n}.dcm`, bytes: writeDicomEcg(record) });
  }
  return files;
}

interface Upload {
  key: string;
  name: string;
  bytes: Uint8Array;
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

let database: SpawnedDatabase;
let server: SpawnedServer | undefined;
let county: string;
let username: string;

beforeAll(async () => {
  database = await createSpawnedDatabase(
    testDbKind(),
    testDbKind() === 'postgres' ? testDatabaseUrl() : undefined,
  );
  const open = await database.open();
  const hub = await createOrg(open.db, { kind: 'prefecture' });
  county = (await createOrg(open.db, { kind: 'county', parentId: hub.id })).id;
  await createGrant(open.db, county, hub.id, 'ecg');
  username = (await createUser(open.db, [[county, 'ecg_technician']])).username;
  await open.close(); // PGlite: releases the data folder for the server
}, 120_000);

afterAll(async () => {
  await server?.kill('SIGKILL');
  await database?.dispose();
});

/** Every answer: HTTP status and the study's status in it (for the log of what happened). */
const answers: { code: number; status: string }[] = [];

/**
 * Uploads once and records the answer's study id under the key in `acked`; a key answered before
 * must get the same study again.
 */
async function send(
  url: string,
  session: HttpSession,
  upload: Upload,
  acked: Map<string, string>,
): Promise<void> {
  const response = await httpUpload(url, session, upload.bytes, upload.key, upload.name);
  if (response.status !== 201 && response.status !== 200) {
    throw new Error(`upload ${upload.key}: ${response.status} ${await response.text()}`);
  }
  const { id, status } = (await response.json()) as StudySummary;
  answers.push({ code: response.status, status });
  expect(acked.get(upload.key) ?? id, `study of key ${upload.key}`).toBe(id);
  acked.set(upload.key, id);
}

/**
 * Sends the uploads with `clients` requests at a time and SIGKILLs the server as soon as
 * `killAfter` answers came; requests cut off by the kill reject and stay unanswered, uploads not
 * yet started are not sent.
 * @returns the study id per key answered before the kill.
 */
async function uploadUntilKilled(
  running: SpawnedServer,
  session: HttpSession,
  uploads: Upload[],
  clients: number,
  killAfter: number,
): Promise<Map<string, string>> {
  const acked = new Map<string, string>();
  let next = 0;
  let answered = 0;
  const kill: { done: Promise<void> | null } = { done: null };
  const client = async (): Promise<void> => {
    for (let upload = uploads[next++]; kill.done === null && upload !== undefined;) {
      await send(running.url, session, upload, acked).then(
        () => {
          answered += 1;
          kill.done ??= answered >= killAfter ? running.kill('SIGKILL') : null;
        },
        (error: unknown) => {
          // fetch rejects with a TypeError when the connection dies; anything else is a failure.
          if (kill.done === null || !(error instanceof TypeError)) {
            throw error;
          }
        },
      );
      upload = uploads[next++];
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  await kill.done;
  return acked;
}

describe(`SIGKILL mid-ingest, restart (${testDbKind()})`, () => {
  it('keeps every acknowledged upload exactly once and finishes every ingest', async () => {
    const port = await freePort();
    const env = { ...database.env, GESANG_JOB_LEASE_MS: '5000', GESANG_JOB_POLL_MS: '200' };
    const first = await spawnServer(env, port);
    server = first;
    const session = await httpSignIn(first.url, username, testPassword);
    // Each file twice under distinct keys (distinct studies); six keys also sent twice at once.
    const files = realFiles();
    const uploads: Upload[] = [...files, ...files].map((f) => ({ ...f, key: randomUUID() }));
    uploads.splice(0, 6, ...uploads.slice(0, 6).flatMap((u) => [u, u]));
    const byKey = new Map(uploads.map((u) => [u.key, u]));
    const ackedBeforeKill = await uploadUntilKilled(first, session, uploads, 12, 25);
    const answersBeforeKill = answers.length;
    expect(ackedBeforeKill.size).toBeGreaterThanOrEqual(25 - 6); // 25 answers, 6 keys sent twice
    const unanswered = [...byKey.keys()].filter((key) => !ackedBeforeKill.has(key));
    expect(unanswered.length).toBeGreaterThan(0);

    // Restart on the same database and data folder. The client re-sends what was never answered
    // (same key, same bytes), and three answered ones, as a client unsure of its own log would.
    server = await spawnServer(env, port);
    const again = await httpSignIn(server.url, username, testPassword);
    const acked = new Map(ackedBeforeKill);
    for (const key of [...unanswered, ...[...ackedBeforeKill.keys()].slice(0, 3)]) {
      const upload = byKey.get(key);
      if (upload !== undefined) {
        await send(server.url, again, upload, acked);
      }
    }
    expect(acked.size).toBe(byKey.size);
    const tally = (from: number): string =>
      JSON.stringify(
        answers.slice(from).reduce<Record<string, number>>((n, a) => {
          n[`${a.code} ${a.status}`] = (n[`${a.code} ${a.status}`] ?? 0) + 1;
          return n;
        }, {}),
      );
    console.info(
      `${uploads.length} requests for ${byKey.size} keys; answered before the kill: ` +
        `${answersBeforeKill} (${ackedBeforeKill.size} keys); ` +
        `re-sent after restart: ${tally(answersBeforeKill)}`,
    );

    const until = Date.now() + 180_000;
    for (;;) {
      const page = await fetch(`${server.url}/api/ecg/studies?status=received&limit=1`, {
        headers: { cookie: again.cookie },
      });
      expect(page.status).toBe(200);
      if (((await page.json()) as { total: number }).total === 0) {
        break;
      }
      if (Date.now() > until) {
        throw new Error('studies still received after 180 s (ingest stuck)');
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    await server.kill('SIGTERM');
    server = undefined;
    await checkDatabase(byKey, acked);
  }, 400_000);
});

interface StudyRow {
  id: string;
  key: string;
  status: string;
  sha: string;
  rejection: { code?: string; message?: string } | null;
  /** Outbox rows `received`, and `analysed` or `rejected`. */
  received_events: number;
  outcome_events: number;
  /** `ecg.ingest` jobs of the study, and those not done or failed. */
  jobs: number;
  unfinished_jobs: number;
  /** Claims of its ingest job: more than one when the killed server had claimed it. */
  attempts: number;
}

/**
 * With the server stopped, reads the database directly: exactly one study per key sent, the one
 * answered; every study analysed or refused with a reason; one `received` and one outcome event;
 * one ingest job, done; the stored file holds the bytes sent.
 */
async function checkDatabase(
  byKey: Map<string, Upload>,
  acked: Map<string, string>,
): Promise<void> {
  const open = await database.open();
  try {
    const result = await open.db.execute(sql`
      select s.id, s.idempotency_key as key, s.status, s.file_sha256 as sha, s.rejection,
        (select count(*)::int from ecg_study_events e
          where e.study_id = s.id and e.kind = 'received') as received_events,
        (select count(*)::int from ecg_study_events e
          where e.study_id = s.id and e.kind in ('analysed', 'rejected')) as outcome_events,
        (select count(*)::int from jobs j
          where j.kind = 'ecg.ingest' and j.payload->>'studyId' = s.id::text) as jobs,
        (select count(*)::int from jobs j
          where j.kind = 'ecg.ingest' and j.payload->>'studyId' = s.id::text
            and (j.done_at is null or j.failed)) as unfinished_jobs,
        (select max(j.attempts) from jobs j
          where j.kind = 'ecg.ingest' and j.payload->>'studyId' = s.id::text) as attempts
      from ecg_studies s where s.org_id = ${county}`);
    const rows = (result as { rows: StudyRow[] }).rows;
    expect(rows.map((r) => r.key).sort()).toEqual([...byKey.keys()].sort());
    const files = join(database.env.GESANG_DATA_DIR ?? '', 'files', 'sha256');
    for (const row of rows) {
      const upload = byKey.get(row.key);
      const label = `${upload?.name} (${row.key})`;
      expect(row.id, label).toBe(acked.get(row.key));
      expect(row.sha, label).toBe(sha256(upload?.bytes ?? new Uint8Array()));
      const stored = readFileSync(join(files, row.sha.slice(0, 2), row.sha.slice(2, 4), row.sha));
      expect(sha256(stored), label).toBe(row.sha);
      expect(['analysed', 'rejected'], label).toContain(row.status);
      if (row.status === 'rejected') {
        expect(row.rejection?.code, label).toMatch(/\S/);
        expect(row.rejection?.message, label).toMatch(/\S/);
      }
      const counts = [row.received_events, row.outcome_events, row.jobs, row.unfinished_jobs];
      expect(counts, label).toEqual([1, 1, 1, 0]);
    }
    const retaken = rows.filter((r) => r.attempts > 1).length;
    console.info(`${rows.length} studies; ${retaken} ingest jobs claimed again after the kill`);
  } finally {
    await open.close();
  }
}
