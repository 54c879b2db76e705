import { randomUUID } from 'node:crypto';
import type { StudyEvent, StudySummary } from '@gesang/domain';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignals } from '../jobs/signals.js';
import {
  createAnalysedStudy,
  createEcgTestApp,
  multipartBody,
  sharedEcgFile,
  type EcgTestApp,
} from '../../test/ecg-helpers.js';
import { createGrant, createOrg, createUser, signIn, type Client } from '../../test/fixtures.js';
import { openEventStream, type EventStreamClient } from '../../test/sse-client.js';
import { testDatabaseUrl, testDbKind } from '../../test/test-db.js';
import { OutboxTail } from './outbox-tail.js';

// Pollers slowed to 10 s: a push within 1 s must come from the wake-up signals (a local commit, or
// PostgreSQL NOTIFY from another process), never from a lucky poll.
const slowPolls = { outboxPollMs: 10_000, jobPollMs: 10_000 };

let t: EcgTestApp;
let base: string;
let county: string;
let techId: string;
let tech: Client;
let reader: Client;
let stranger: Client;
const open: EventStreamClient[] = [];

beforeAll(async () => {
  t = await createEcgTestApp(slowPolls);
  const db = t.database.db;
  const hub = await createOrg(db, { kind: 'prefecture' });
  const elsewhere = await createOrg(db, { kind: 'prefecture' });
  county = (await createOrg(db, { kind: 'county', parentId: hub.id })).id;
  await createGrant(db, county, hub.id, 'ecg');
  const techUser = await createUser(db, [[county, 'ecg_technician']]);
  techId = techUser.id;
  tech = await signIn(t.app, techUser.username);
  reader = await signIn(t.app, (await createUser(db, [[hub.id, 'ecg_reader']])).username);
  stranger = await signIn(t.app, (await createUser(db, [[elsewhere.id, 'ecg_reader']])).username);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
});
let closed = false;
afterAll(async () => {
  open.forEach((stream) => stream.close());
  if (!closed) {
    await t.close();
  }
});

async function stream(
  client: Client,
  lastEventId?: string,
  url = base,
): Promise<EventStreamClient> {
  const s = await openEventStream(`${url}/api/ecg/events`, client.cookie, lastEventId);
  expect(s.status).toBe(200);
  open.push(s);
  return s;
}

/** Uploads over real HTTP, as the desk's browser does. */
async function upload(bytes: Uint8Array, url = base): Promise<StudySummary> {
  const { payload, contentType } = await multipartBody(bytes, { fileName: 'ecg' });
  const response = await fetch(`${url}/api/ecg/studies`, {
    method: 'POST',
    headers: {
      cookie: tech.cookie,
      'x-csrf-token': tech.csrfToken,
      'idempotency-key': randomUUID(),
      'content-type': contentType,
    },
    body: payload,
  });
  expect(response.status).toBe(201);
  return (await response.json()) as StudySummary;
}

const forStudy = (id: string, kind: StudyEvent['kind']) => (e: { data: StudyEvent }) =>
  e.data.studyId === id && e.data.kind === kind;

describe('GET /api/ecg/events', () => {
  it('pushes a new analysed study to a connected reader within 1 s of the analysis', async () => {
    const live = await stream(reader);
    const study = await upload(sharedEcgFile('dicom', 'waveform_ecg.dcm'));
    await live.next(forStudy(study.id, 'received'));
    const analysed = await live.next(
      (e) => e.data.studyId === study.id && ['analysed', 'rejected'].includes(e.data.kind),
      20_000,
    );
    expect(analysed.data).toMatchObject({ kind: 'analysed' });
    expect(analysed.event).toBe('study');
    expect(analysed.id).toBe(String(analysed.data.id));
    expect(analysed.receivedAtMs - Date.parse(analysed.data.at)).toBeLessThan(1000);
    expect(analysed.data.payload).toMatchObject({ status: 'analysed' });
  });

  it('pushes a refusal the same way, and nothing to a reader the county does not share with', async () => {
    const live = await stream(reader);
    const other = await stream(stranger);
    const study = await upload(new TextEncoder().encode('%PDF-1.5\n%%EOF\n'));
    const rejected = await live.next(forStudy(study.id, 'rejected'), 20_000);
    expect(rejected.receivedAtMs - Date.parse(rejected.data.at)).toBeLessThan(1000);
    expect(rejected.data.payload).toEqual({ status: 'rejected', code: 'not-ecg' });
    expect(other.events.filter((e) => e.data.studyId === study.id)).toEqual([]);
  });

  it('resumes after Last-Event-ID with what was missed, in order, without repeats', async () => {
    const id = await createAnalysedStudy(t.database.db, {
      orgId: county,
      uploadedBy: techId,
      level: 'critical',
    });
    const first = await stream(reader);
    expect((await reader.post(`/api/ecg/studies/${id}/claim`)).statusCode).toBe(200);
    const claimed = await first.next(forStudy(id, 'claimed'), 1000);
    first.close();
    expect((await reader.post(`/api/ecg/studies/${id}/release`)).statusCode).toBe(200);
    expect((await reader.post(`/api/ecg/studies/${id}/claim`)).statusCode).toBe(200);
    const resumed = await stream(reader, claimed.id ?? '');
    await resumed.next((e) => e.data.studyId === id && e.data.kind === 'claimed', 1000);
    const kinds = resumed.events.filter((e) => e.data.studyId === id).map((e) => e.data.kind);
    expect(kinds).toEqual(['released', 'claimed']);
    const ids = resumed.events.map((e) => Number(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(Math.min(...ids)).toBeGreaterThan(Number(claimed.id));
  });

  it('needs a session and ecg:read', async () => {
    expect((await fetch(`${base}/api/ecg/events`)).status).toBe(401);
  });
});

// Several server processes on one PostgreSQL (PGlite has one process by design): reported as
// skipped in the PGlite run, run in the PostgreSQL run.
describe.skipIf(testDbKind() !== 'postgres')(
  'several server processes on one PostgreSQL (PostgreSQL run only)',
  () => {
    it('wakes the other process for the job, and pushes whichever process ingested', async () => {
      const second = await createEcgTestApp({ ...slowPolls, jobsEnabled: false });
      try {
        await second.app.listen({ port: 0, host: '127.0.0.1' });
        const address = second.app.server.address();
        const url = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
        // The reader's session works on both processes (sessions live in the database).
        const live = await stream(reader, undefined, url);
        // Uploaded to the process that runs no jobs: the other one is woken by NOTIFY (its poll
        // is 10 s away), ingests, and this one pushes what the other wrote, again by NOTIFY.
        const sent = Date.now();
        const study = await upload(new TextEncoder().encode('%PDF-1.5\n%%EOF\n'), url);
        const rejected = await live.next(forStudy(study.id, 'rejected'), 20_000);
        expect(rejected.receivedAtMs - sent).toBeLessThan(5000);
        expect(rejected.receivedAtMs - Date.parse(rejected.data.at)).toBeLessThan(1000);
        live.close();
      } finally {
        await second.close();
      }
    });

    it('never skips an event whose transaction commits after a later-numbered one', async () => {
      const id = await createAnalysedStudy(t.database.db, {
        orgId: county,
        uploadedBy: techId,
        level: 'routine',
      });
      const tail = new OutboxTail(t.database.db, createSignals(), 100, () => undefined);
      await tail.start();
      const got: StudyEvent[] = [];
      const send = (e: StudyEvent): void => {
        // The fixture's own `analysed` event may still be in flight when the tail starts.
        if (e.kind !== 'analysed') {
          got.push(e);
        }
      };
      await tail.subscribe({ visibleOrgIds: () => new Set([county]), send }, null);
      const slow = new pg.Client({ connectionString: testDatabaseUrl() });
      const fast = new pg.Client({ connectionString: testDatabaseUrl() });
      await slow.connect();
      await fast.connect();
      const insert = `insert into ecg_study_events (study_id, org_id, kind, payload)
        values ($1, $2, $3, '{}') returning id`;
      try {
        await slow.query('begin');
        const early = (await slow.query<{ id: string }>(insert, [id, county, 'claimed'])).rows[0];
        const late = (await fast.query<{ id: string }>(insert, [id, county, 'released'])).rows[0];
        expect(Number(early?.id)).toBeLessThan(Number(late?.id));
        await new Promise((r) => setTimeout(r, 400));
        // The later id is committed, but an earlier transaction is still open: nothing yet.
        expect(got.filter((e) => e.studyId === id)).toEqual([]);
        await slow.query('commit');
        const until = Date.now() + 5000;
        while (got.filter((e) => e.studyId === id).length < 2 && Date.now() < until) {
          await new Promise((r) => setTimeout(r, 50));
        }
        expect(got.filter((e) => e.studyId === id).map((e) => e.kind)).toEqual([
          'claimed',
          'released',
        ]);
      } finally {
        await slow.end();
        await fast.end();
        await tail.stop();
      }
    });
  },
);

describe('shutdown', () => {
  it('ends live streams so that closing the server does not wait for them', async () => {
    const live = await stream(reader);
    const started = Date.now();
    closed = true;
    await t.close();
    expect(Date.now() - started).toBeLessThan(5000);
    live.close();
  });
});
