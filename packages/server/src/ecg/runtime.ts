import { join } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config/config.js';
import type { Database, Db } from '../db/database.js';
import { createFileStore, type FileStore } from '../files/file-store.js';
import { JobRunner } from '../jobs/job-runner.js';
import { startPgListener, type PgListener } from '../jobs/pg-listener.js';
import { createSignals, signalChannels, type Signals } from '../jobs/signals.js';
import { createIngestPool, type IngestPool } from './ingest/ingest-pool.js';
import { ingestJobHandler } from './ingest/ingest-job.js';
import { OutboxTail } from './outbox-tail.js';

/** Ingest jobs run at once per ingest thread (see the job runner below). */
const ingestJobsPerThread = 16;
/** Longest a single file may take to parse and analyse before its thread is replaced. */
const ingestTaskTimeoutMs = 5 * 60_000;

/** The cloud-ECG machinery of one server process. */
export interface EcgRuntime {
  config: Config;
  db: Db;
  files: FileStore;
  signals: Signals;
  /** Tails the study outbox for live pushes. */
  tail: OutboxTail;
  /** Runs ingest jobs; null when this process runs no jobs (`GESANG_JOBS=false`). */
  runner: JobRunner | null;
  /** Open Server-Sent-Events responses, ended when the server closes. */
  streams: Set<{ end(): void }>;
  /** Starts the job runner, the outbox tail and (on PostgreSQL) the LISTEN connection. */
  start(): Promise<void>;
  /** Ends live streams (before the HTTP server waits for open connections). */
  endStreams(): void;
  /** Stops jobs (unlocking unfinished ones), the tail, the listener and the worker threads. */
  stop(): Promise<void>;
}

/**
 * Wires the file store (`<GESANG_DATA_DIR>/files`, also with PostgreSQL), the worker-thread pool,
 * the job runner, the outbox tail and the wake-up signals for one process.
 * @param config validated configuration.
 * @param database the open database.
 * @param log the app's logger.
 */
export function createEcgRuntime(
  config: Config,
  database: Database,
  log: FastifyBaseLogger,
): EcgRuntime {
  const db = database.db;
  const signals = createSignals();
  const files = createFileStore(join(config.dataDir, 'files'));
  const tail = new OutboxTail(db, signals, config.outboxPollMs, (message, error) =>
    log.warn({ err: error }, message),
  );
  let pool: IngestPool | null = null;
  let runner: JobRunner | null = null;
  if (config.jobsEnabled) {
    pool = createIngestPool(config.ingestWorkers, ingestTaskTimeoutMs);
    runner = new JobRunner(db, [ingestJobHandler({ db, files, pool, config, signals })], {
      // Jobs in flight per thread: one analysing, one waiting in the thread's own queue
      // (ingest-pool.ts) and the rest in their database steps (claim, look up, apply the outcome).
      // Under load each of those steps waits on a busy event loop and database, so two jobs per
      // thread left the thread idle a third of the time while studies queued (server benchmark,
      // 100 uploads/s: idle 37 % with 2 jobs, 23 % with 4, 16 % with 8, 9 % with 16, and 7 % once
      // the thread read its files itself). A job in flight holds only its study id.
      concurrency: config.ingestWorkers * ingestJobsPerThread,
      pollMs: config.jobPollMs,
      leaseMs: config.jobLeaseMs,
      log: (level, message, error) => log[level]({ err: error }, message),
    });
  }
  let listener: PgListener | null = null;
  const offJobs = signals.on(signalChannels.jobs, () => runner?.wake());
  const streams = new Set<{ end(): void }>();
  return {
    config,
    db,
    files,
    signals,
    tail,
    runner,
    streams,
    start: async () => {
      if (database.kind === 'postgres' && config.databaseUrl !== undefined) {
        listener = startPgListener(config.databaseUrl, signals, (message, error) =>
          log.warn({ err: error }, message),
        );
      }
      await tail.start();
      runner?.start();
    },
    endStreams: () => {
      for (const stream of streams) {
        stream.end();
      }
      streams.clear();
    },
    stop: async () => {
      offJobs();
      await runner?.stop(Math.max(0, config.shutdownTimeoutMs / 2));
      await pool?.close();
      await tail.stop();
      await listener?.close();
    },
  };
}
