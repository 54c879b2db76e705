import { mkdirSync } from 'node:fs';
import type { Alert, Breach } from '@gesang/domain';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../app.js';
import type { Database } from '../db/database.js';
import { ecgAlerts, ecgEscalations, ecgSlaBreaches, ecgStudies, jobs } from '../db/schema/index.js';
import {
  addShifts,
  createRosterWorld,
  eventually,
  type RosterWorld,
} from '../roster/test-roster-world.js';
import { createAnalysedStudy } from '../../test/ecg-helpers.js';
import { openEventStream, type EventStreamClient } from '../../test/sse-client.js';
import { openTestDatabase, testConfig } from '../../test/test-app.js';
import { testDatabaseUrl, testDbKind } from '../../test/test-db.js';
import { manualClock } from './clock.js';
import { escalationJobKind } from './schedule.js';

// The escalation runner is due by this clock; the test moves it by hand (default policy for a
// critical ECG: unclaimed at 2 min, unsigned at 5, breach at the 10-minute SLA).
const clock = manualClock();
const allDay = { startMinute: 0, endMinute: 1440 };
/** Long enough for several polls of the runner (100 ms) and of the outbox (100 ms). */
const settleMs = 600;

// One file holds every manual-clock test: on a shared PostgreSQL database, a second runner with
// its own clock far ahead could take (and run early) the jobs this file times.
let database: Database;
let app: FastifyInstance;
let w: RosterWorld;
let base: string;
const streams: EventStreamClient[] = [];
const config = testConfig({
  clock,
  dataDir: inject('sharedDataDir'),
  ingestWorkers: 1,
  jobPollMs: 100,
  outboxPollMs: 100,
  ...(testDbKind() === 'postgres' ? { databaseUrl: testDatabaseUrl() } : {}),
});

/** Builds the app (again) over the same database, as a restarted server process would. */
async function startApp(): Promise<FastifyInstance> {
  const started = await buildApp({ config, database, logger: false, serveWeb: false });
  await started.ready();
  return started;
}

beforeAll(async () => {
  mkdirSync(config.dataDir, { recursive: true });
  database = await openTestDatabase();
  app = await startApp();
  const db = database.db;
  w = await createRosterWorld(app, db);
  await addShifts(db, { orgId: w.hub, userId: w.hubReader.id, role: 'primary', ...allDay });
  await addShifts(db, { orgId: w.hub, userId: w.backup.id, role: 'backup', ...allDay });
  await addShifts(db, {
    orgId: w.hub,
    userId: w.cardiologist.id,
    role: 'backup',
    onCallCardiologist: true,
    ...allDay,
  });
  await addShifts(db, { orgId: w.centre, userId: w.centreReader.id, role: 'primary', ...allDay });
  await addShifts(db, {
    orgId: w.centre,
    userId: w.coordinator.id,
    role: 'coordinator',
    ...allDay,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
});
afterAll(async () => {
  streams.forEach((s) => s.close());
  await app.close();
  await database.close();
});

const settle = (): Promise<void> => new Promise((r) => setTimeout(r, settleMs));

async function stream(person: RosterWorld['hubReader']): Promise<EventStreamClient> {
  const s = await openEventStream(`${base}/api/ecg/events`, person.client.cookie);
  streams.push(s);
  return s;
}

/** A critical study, analysed now (database time), with the clock set to its analysis. */
async function criticalStudy(): Promise<{ id: string; analysedMs: number; slaDueMs: number }> {
  const db = database.db;
  const id = await createAnalysedStudy(db, {
    orgId: w.county,
    uploadedBy: w.tech.id,
    level: 'critical',
  });
  const [row] = await db.select().from(ecgStudies).where(eq(ecgStudies.id, id));
  if (row?.analysedAt == null || row.slaDueAt === null) {
    throw new Error('fixture study not analysed');
  }
  // The analysis schedules the first step; the clock is set just after it.
  clock.set(new Date(row.analysedAt.getTime() + 1));
  await pendingStep(id, 'unclaimed');
  return { id, analysedMs: row.analysedAt.getTime(), slaDueMs: row.slaDueAt.getTime() };
}

/** The pending escalation job of `step` for a study, once it exists. */
async function pendingStep(studyId: string, step: string): Promise<typeof jobs.$inferSelect> {
  return eventually(`pending ${step} job`, async () => {
    const [job] = await database.db
      .select()
      .from(jobs)
      .where(
        and(
          eq(jobs.kind, escalationJobKind),
          isNull(jobs.doneAt),
          sql`${jobs.payload}->>'studyId' = ${studyId}`,
          sql`${jobs.payload}->>'step' = ${step}`,
        ),
      );
    return job;
  });
}

const escalations = (studyId: string) =>
  database.db.select().from(ecgEscalations).where(eq(ecgEscalations.studyId, studyId));
const alerts = (studyId: string) =>
  database.db.select().from(ecgAlerts).where(eq(ecgAlerts.studyId, studyId));
const breaches = (studyId: string) =>
  database.db.select().from(ecgSlaBreaches).where(eq(ecgSlaBreaches.studyId, studyId));
const who = (rows: { userId: string; recipientRole: string; reason: string }[], reason: string) =>
  rows
    .filter((r) => r.reason === reason)
    .map((r) => [r.userId, r.recipientRole])
    .sort();

// Database timestamps carry microseconds, the clock milliseconds: "at" the due time is 1 ms after
// the due millisecond, "before" is 1 ms before it.
const minute = 60_000;

describe('escalation of a critical ECG nobody claims', () => {
  it('alerts at 2 and 5 minutes and records the breach at 10, never a moment before', async () => {
    const cardiologistLive = await stream(w.cardiologist);
    const primaryLive = await stream(w.hubReader);
    const { id, analysedMs, slaDueMs } = await criticalStudy();
    const job = await pendingStep(id, 'unclaimed');
    expect(job.runAt.getTime()).toBe(analysedMs + 2 * minute);

    clock.set(new Date(analysedMs + 2 * minute - 1));
    await settle();
    expect(await escalations(id)).toEqual([]);
    clock.set(new Date(analysedMs + 2 * minute + 1));
    const [unclaimed] = await eventually('unclaimed step', async () => {
      const rows = await escalations(id);
      return rows.length > 0 ? rows : undefined;
    });
    expect(unclaimed).toMatchObject({ step: 'unclaimed', studyStatus: 'analysed', recipients: 2 });
    expect(unclaimed?.firedAt.getTime()).toBe(analysedMs + 2 * minute + 1);
    expect(who(await alerts(id), 'unclaimed')).toEqual(
      [
        [w.backup.id, 'backup'],
        [w.cardiologist.id, 'on_call_cardiologist'],
      ].sort(),
    );
    const pushed = await cardiologistLive.next(
      (e) => e.event === 'alert' && e.data.studyId === id,
      3000,
    );
    expect(pushed.data as unknown as Alert).toMatchObject({
      reason: 'unclaimed',
      recipientRole: 'on_call_cardiologist',
      triageLevel: 'critical',
      claimedBy: null,
    });

    clock.set(new Date(analysedMs + 5 * minute - 1));
    await settle();
    expect((await escalations(id)).map((e) => e.step)).toEqual(['unclaimed']);
    clock.set(new Date(analysedMs + 5 * minute + 1));
    await eventually('unsigned step', async () =>
      (await escalations(id)).some((e) => e.step === 'unsigned') ? true : undefined,
    );
    expect(who(await alerts(id), 'unsigned')).toEqual([[w.coordinator.id, 'coordinator']]);

    clock.set(new Date(slaDueMs - 1));
    await settle();
    expect(await breaches(id)).toEqual([]);
    clock.set(new Date(slaDueMs + 1));
    const [breach] = await eventually('breach', async () => {
      const rows = await breaches(id);
      return rows.length > 0 ? rows : undefined;
    });
    expect(breach).toMatchObject({ cause: 'unclaimed', heldBy: null, triageLevel: 'critical' });
    expect(breach?.recordedAt.getTime()).toBe(slaDueMs + 1);
    expect(who(await alerts(id), 'breach')).toEqual([[w.coordinator.id, 'coordinator']]);
    const listed = (await w.hubReader.client.get('/api/ecg/breaches')).json<{ items: Breach[] }>();
    expect(listed.items.find((b) => b.studyId === id)).toMatchObject({ cause: 'unclaimed' });
    // Nothing is left to run for this study, and the primary reader got no alert frame.
    await eventually('no pending job', async () => {
      const left = await database.db
        .select({ id: jobs.id })
        .from(jobs)
        .where(and(isNull(jobs.doneAt), sql`${jobs.payload}->>'studyId' = ${id}`));
      return left.length === 0 ? true : undefined;
    });
    expect(primaryLive.events.filter((e) => e.event === 'alert')).toEqual([]);
  });
});

describe('escalation of a claimed ECG', () => {
  it('skips the unclaimed alert, alerts the coordinator, and records who held it', async () => {
    const { id, analysedMs, slaDueMs } = await criticalStudy();
    expect((await w.hubReader.client.post(`/api/ecg/studies/${id}/claim`)).statusCode).toBe(200);
    clock.set(new Date(analysedMs + 2 * minute + 1));
    // The unclaimed step ran (the next one is scheduled) and did nothing.
    await pendingStep(id, 'unsigned');
    expect(await escalations(id)).toEqual([]);
    expect(await alerts(id)).toEqual([]);

    clock.set(new Date(analysedMs + 5 * minute + 1));
    await eventually('unsigned step', async () =>
      (await escalations(id)).length > 0 ? true : undefined,
    );
    const [unsigned] = await escalations(id);
    expect(unsigned).toMatchObject({
      step: 'unsigned',
      studyStatus: 'claimed',
      heldBy: w.hubReader.id,
    });
    const mine = (await w.coordinator.client.get('/api/ecg/alerts')).json<{ items: Alert[] }>();
    expect(mine.items.find((a) => a.studyId === id)).toMatchObject({
      reason: 'unsigned',
      recipientRole: 'coordinator',
      claimedBy: { id: w.hubReader.id },
    });

    clock.set(new Date(slaDueMs + 1));
    const [breach] = await eventually('breach', async () => {
      const rows = await breaches(id);
      return rows.length > 0 ? rows : undefined;
    });
    expect(breach).toMatchObject({ cause: 'claimed_not_signed', heldBy: w.hubReader.id });
    expect(breach?.claimedAt).not.toBeNull();
    expect(who(await alerts(id), 'breach')).toEqual(
      [
        [w.coordinator.id, 'coordinator'],
        [w.hubReader.id, 'holder'],
      ].sort(),
    );
  });
});

describe('a signed ECG', () => {
  it('never escalates, however late the clock', async () => {
    const { id, analysedMs } = await criticalStudy();
    const reader = w.hubReader.client;
    expect((await reader.post(`/api/ecg/studies/${id}/claim`)).statusCode).toBe(200);
    const signed = await reader.post(`/api/ecg/studies/${id}/sign`, {
      statements: [{ code: 'stemi' }],
      conclusion: 'Acute inferior STEMI',
    });
    expect(signed.statusCode).toBe(200);
    clock.set(new Date(analysedMs + 11 * minute));
    await eventually('escalation jobs done', async () => {
      const left = await database.db
        .select({ id: jobs.id })
        .from(jobs)
        .where(and(isNull(jobs.doneAt), sql`${jobs.payload}->>'studyId' = ${id}`));
      return left.length === 0 ? true : undefined;
    });
    expect(await escalations(id)).toEqual([]);
    expect(await alerts(id)).toEqual([]);
    expect(await breaches(id)).toEqual([]);
  });
});

describe('a server restart', () => {
  it('delays no step past due: the overdue ones run as soon as the new process starts', async () => {
    const { id, analysedMs, slaDueMs } = await criticalStudy();
    await app.close();
    // Down through all three due times.
    const restartMs = slaDueMs + minute;
    clock.set(new Date(restartMs));
    const started = Date.now();
    app = await startApp();
    const [breach] = await eventually(
      'breach after restart',
      async () => {
        const rows = await breaches(id);
        return rows.length > 0 ? rows : undefined;
      },
      3000,
    );
    expect(Date.now() - started).toBeLessThan(3000);
    expect(breach).toMatchObject({ cause: 'unclaimed', recordedAt: new Date(restartMs) });
    const steps = await escalations(id);
    expect(steps.map((e) => [e.step, e.dueAt.getTime(), e.firedAt.getTime()]).sort()).toEqual([
      ['unclaimed', analysedMs + 2 * minute, restartMs],
      ['unsigned', analysedMs + 5 * minute, restartMs],
    ]);
    expect(who(await alerts(id), 'unclaimed')).toHaveLength(2);
    expect(who(await alerts(id), 'unsigned')).toEqual([[w.coordinator.id, 'coordinator']]);
  });
});
