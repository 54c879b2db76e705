import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { ecgStudies, ecgStudyEvents, jobs } from '../db/schema/index.js';
import { applyIngestOutcome, ingestJobHandler } from '../ecg/ingest/ingest-job.js';
import type { IngestPool } from '../ecg/ingest/ingest-pool.js';
import { createFileStore } from '../files/file-store.js';
import { createAnalysedStudy } from '../../test/ecg-helpers.js';
import { createOrg, createUser } from '../../test/fixtures.js';
import { openTestDatabase, testConfig } from '../../test/test-app.js';
import { createSignals } from './signals.js';
import { claimJobs, enqueueJob, retryDelayMs } from './job-queue.js';
import { JobRunner, type JobHandler } from './job-runner.js';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

/** A job kind no other test uses, so runners here never take another file's jobs. */
const uniqueKind = (): string => `test.${randomUUID()}`;

async function jobRow(id: number): Promise<typeof jobs.$inferSelect> {
  const [row] = await database.db.select().from(jobs).where(eq(jobs.id, id));
  if (row === undefined) {
    throw new Error(`job ${id} missing`);
  }
  return row;
}

async function until(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) {
      throw new Error('condition not met in time');
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

function runner(handlers: JobHandler[], concurrency = 2): JobRunner {
  return new JobRunner(database.db, handlers, {
    concurrency,
    pollMs: 100,
    leaseMs: 5_000,
    log: () => undefined,
  });
}

describe('the jobs table', () => {
  it('gives each due job to exactly one of several concurrent claimers', async () => {
    const kind = uniqueKind();
    const ids = await Promise.all(
      Array.from({ length: 12 }, (_, i) => enqueueJob(database.db, kind, { i })),
    );
    const claims = await Promise.all(
      Array.from({ length: 4 }, (_, i) =>
        claimJobs(database.db, `claimer-${i}`, [kind], 5, 60_000),
      ),
    );
    const claimed = claims.flat().map((job) => job.id);
    expect(claimed.sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(claimed).size).toBe(12);
  });

  it('retries a failed attempt after a backoff, then completes', async () => {
    const kind = uniqueKind();
    let calls = 0;
    const r = runner([
      {
        kind,
        run: () => {
          calls++;
          return calls === 1 ? Promise.reject(new Error('flaky link')) : Promise.resolve();
        },
      },
    ]);
    const id = await enqueueJob(database.db, kind, {});
    r.start();
    try {
      await until(async () => (await jobRow(id)).lastError !== null);
      const failed = await jobRow(id);
      expect(failed.attempts).toBe(1);
      expect(failed.lastError).toBe('flaky link');
      expect(failed.lockedBy).toBeNull();
      expect(failed.runAt.getTime() - failed.createdAt.getTime()).toBeGreaterThanOrEqual(
        retryDelayMs(1) - 50,
      );
      await until(async () => (await jobRow(id)).doneAt !== null);
      expect(await jobRow(id)).toMatchObject({ attempts: 2, failed: false });
    } finally {
      await r.stop(1000);
    }
  });

  it('takes over a job whose runner died once its lease has expired, not before', async () => {
    const kind = uniqueKind();
    const ran: number[] = [];
    const expired = await enqueueJob(database.db, kind, {});
    const held = await enqueueJob(database.db, kind, {});
    await database.db
      .update(jobs)
      .set({
        lockedBy: 'dead-host:1:x',
        lockedUntil: sql`now() - interval '1 second'`,
        attempts: 1,
      })
      .where(eq(jobs.id, expired));
    await database.db
      .update(jobs)
      .set({ lockedBy: 'busy-host:2:y', lockedUntil: sql`now() + interval '1 hour'`, attempts: 1 })
      .where(eq(jobs.id, held));
    const r = runner([{ kind, run: ({ job }) => Promise.resolve(void ran.push(job.id)) }]);
    r.start();
    try {
      await until(async () => (await jobRow(expired)).doneAt !== null);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(ran).toEqual([expired]);
      expect((await jobRow(expired)).attempts).toBe(2);
      expect((await jobRow(held)).doneAt).toBeNull();
    } finally {
      await r.stop(1000);
    }
  });

  it('gives up after the last attempt, recording the failure in the same transaction', async () => {
    const kind = uniqueKind();
    const gaveUp: string[] = [];
    const r = runner([
      {
        kind,
        run: () => Promise.reject(new Error('corrupt beyond repair')),
        giveUp: (_tx, job, error) => Promise.resolve(void gaveUp.push(`${job.id}:${error}`)),
      },
    ]);
    const id = await enqueueJob(database.db, kind, {}, { maxAttempts: 1 });
    r.start();
    try {
      await until(async () => (await jobRow(id)).doneAt !== null);
      expect(await jobRow(id)).toMatchObject({ failed: true, lastError: 'corrupt beyond repair' });
      expect(gaveUp).toEqual([`${id}:corrupt beyond repair`]);
    } finally {
      await r.stop(1000);
    }
  });

  it('unlocks a running job on shutdown without counting the interrupted attempt', async () => {
    const kind = uniqueKind();
    let started = false;
    const r = runner([
      {
        kind,
        run: ({ signal }) =>
          new Promise<void>((_resolve, reject) => {
            started = true;
            signal.addEventListener('abort', () => reject(new Error('aborted')));
          }),
      },
    ]);
    const id = await enqueueJob(database.db, kind, {});
    r.start();
    await until(() => Promise.resolve(started));
    await r.stop(100);
    expect(await jobRow(id)).toMatchObject({
      lockedBy: null,
      lockedUntil: null,
      attempts: 0,
      doneAt: null,
    });
  });
});

describe('the ecg.ingest job', () => {
  it('applies an outcome once, and rejects the study as analysis-failed when it gives up', async () => {
    const db = database.db;
    const org = await createOrg(db, { kind: 'county' });
    const user = await createUser(db, [[org.id, 'ecg_technician']]);
    const studyId = await createAnalysedStudy(db, {
      orgId: org.id,
      uploadedBy: user.id,
      level: 'routine',
      status: 'received',
    });
    const failingPool = {
      run: () => Promise.reject(new Error('worker died')),
    } as unknown as IngestPool;
    const handler = ingestJobHandler({
      db,
      files: createFileStore('/nonexistent'),
      pool: failingPool,
      config: testConfig(),
      signals: createSignals(),
    });
    const [job] = await db
      .insert(jobs)
      .values({ kind: 'ecg.ingest-test', payload: { studyId }, attempts: 5 })
      .returning();
    if (job === undefined || handler.giveUp === undefined) {
      throw new Error('setup failed');
    }
    const giveUp = handler.giveUp.bind(handler);
    await db.transaction((tx) => giveUp(tx, job, 'Error: worker died'));
    const [study] = await db.select().from(ecgStudies).where(eq(ecgStudies.id, studyId));
    expect(study).toMatchObject({ status: 'rejected', triageLevel: null });
    expect(study?.rejection).toMatchObject({ code: 'analysis-failed', byteOffset: null });
    expect(study?.rejection?.message).toContain('5 attempts');
    // A late second outcome changes nothing and writes no second event.
    const again = await db.transaction((tx) =>
      applyIngestOutcome(
        tx,
        studyId,
        {
          kind: 'rejected',
          record: null,
          rejection: { code: 'x', message: 'x', byteOffset: null, field: null },
        },
        testConfig(),
      ),
    );
    expect(again).toBe(false);
    const events = await db
      .select({ kind: ecgStudyEvents.kind })
      .from(ecgStudyEvents)
      .where(eq(ecgStudyEvents.studyId, studyId));
    expect(events.map((e) => e.kind)).toEqual(['rejected']);
  });
});
