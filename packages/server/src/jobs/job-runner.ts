import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Db, Tx } from '../db/database.js';
import {
  claimJobs,
  completeJob,
  extendLease,
  failJob,
  LeaseLostError,
  releaseJobs,
  type JobRow,
} from './job-queue.js';

/** What a handler gets for one job. */
export interface JobContext {
  job: JobRow;
  /**
   * Marks the job done inside `tx`, the transaction that applies its result, so the result and
   * the completion commit together. Throws {@link LeaseLostError} when another runner took over.
   * A handler that never calls it has its job completed after it returns.
   */
  complete: (tx: Tx) => Promise<void>;
  /** Aborted when the runner stops before the job ends. */
  signal: AbortSignal;
}

/** Runs the jobs of one kind. */
export interface JobHandler {
  kind: string;
  /** Does the work; throwing schedules a retry with backoff. */
  run(context: JobContext): Promise<void>;
  /** Records the final failure after the last attempt, inside the transaction that ends the job. */
  giveUp?(tx: Tx, job: JobRow, error: string): Promise<void>;
}

/** Options of {@link JobRunner}. */
export interface JobRunnerOptions {
  /** Jobs run at once (e.g. the worker-thread pool's size). */
  concurrency: number;
  /** Idle poll interval, ms. */
  pollMs: number;
  /** Lock duration, ms; renewed every third of it while a job runs. */
  leaseMs: number;
  log: (level: 'info' | 'warn' | 'error', message: string, error?: unknown) => void;
  /** The clock jobs are due by (tests step it by hand); default the database's `now()`. */
  clock?: () => Date;
}

/**
 * Polls the `jobs` table and runs due jobs with their handlers: claimed with SKIP LOCKED, locked
 * for a lease renewed by heartbeat (a job of a dead process is taken over when its lease ends),
 * retried with backoff on failure. `wake()` makes it look at once (new job enqueued).
 */
export class JobRunner {
  /** Identifies this runner's locks: host, process and a random part. */
  readonly id = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly handlers: Map<string, JobHandler>;
  private readonly inFlight = new Map<number, Promise<void>>();
  private readonly abort = new AbortController();
  private stopped = false;
  private wakeUp: (() => void) | null = null;
  private woken = false;
  private loopDone: Promise<void> | null = null;

  /**
   * @param db the database (never a transaction).
   * @param handlers one per job kind.
   * @param options concurrency, intervals, logger.
   */
  constructor(
    private readonly db: Db,
    handlers: readonly JobHandler[],
    private readonly options: JobRunnerOptions,
  ) {
    this.handlers = new Map(handlers.map((h) => [h.kind, h]));
  }

  /** Starts polling. */
  start(): void {
    this.loopDone ??= this.loop();
  }

  /** Looks for due jobs now instead of at the next poll. */
  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  /**
   * Stops claiming, waits up to `graceMs` for running jobs, then aborts them and unlocks what is
   * left so another process can take it at once.
   */
  async stop(graceMs: number): Promise<void> {
    this.stopped = true;
    this.wake();
    await this.loopDone;
    const running = Promise.allSettled([...this.inFlight.values()]);
    const timedOut = await Promise.race([
      running.then(() => false),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(true), graceMs).unref()),
    ]);
    if (timedOut) {
      this.abort.abort();
      await running;
    }
    await releaseJobs(this.db, this.id).catch((error: unknown) => {
      this.options.log('warn', 'could not unlock unfinished jobs', error);
    });
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      this.woken = false;
      const free = this.options.concurrency - this.inFlight.size;
      let claimed: JobRow[] = [];
      if (free > 0) {
        try {
          claimed = await claimJobs(
            this.db,
            this.id,
            [...this.handlers.keys()],
            free,
            this.options.leaseMs,
            this.options.clock?.(),
          );
        } catch (error) {
          this.options.log('error', 'claiming jobs failed', error);
        }
        for (const job of claimed) {
          this.launch(job);
        }
      }
      if (this.stopped || (claimed.length > 0 && claimed.length === free)) {
        continue;
      }
      if (!this.woken) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, this.options.pollMs);
          this.wakeUp = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        this.wakeUp = null;
      }
    }
  }

  private launch(job: JobRow): void {
    const done = this.execute(job).finally(() => {
      this.inFlight.delete(job.id);
      this.wake();
    });
    this.inFlight.set(job.id, done);
  }

  private async execute(job: JobRow): Promise<void> {
    const handler = this.handlers.get(job.kind);
    if (handler === undefined) {
      return;
    }
    let completed = false;
    const heartbeat = setInterval(
      () => {
        extendLease(this.db, job, this.id, this.options.leaseMs).catch((error: unknown) => {
          this.options.log('warn', `job ${job.id}: lease renewal failed`, error);
        });
      },
      Math.max(100, Math.floor(this.options.leaseMs / 3)),
    );
    heartbeat.unref();
    try {
      await handler.run({
        job,
        signal: this.abort.signal,
        complete: async (tx) => {
          await completeJob(tx, job, this.id);
          completed = true;
        },
      });
      if (!completed) {
        await completeJob(this.db, job, this.id);
      }
    } catch (error) {
      await this.recordFailure(handler, job, error);
    } finally {
      clearInterval(heartbeat);
    }
  }

  private async recordFailure(handler: JobHandler, job: JobRow, error: unknown): Promise<void> {
    if (error instanceof LeaseLostError) {
      this.options.log('warn', `job ${job.id} was taken over by another runner`);
      return;
    }
    if (this.abort.signal.aborted) {
      return; // stopping: stop() unlocks the job for another process
    }
    const message = error instanceof Error ? error.message : String(error);
    this.options.log('warn', `job ${job.id} (${job.kind}) attempt ${job.attempts} failed`, error);
    try {
      if (job.attempts >= job.maxAttempts && handler.giveUp !== undefined) {
        const giveUp = handler.giveUp.bind(handler);
        await this.db.transaction(async (tx) => {
          if ((await failJob(tx, job, this.id, message)) === 'gave-up') {
            await giveUp(tx, job, message);
          }
        });
      } else {
        await failJob(this.db, job, this.id, message);
      }
    } catch (again) {
      this.options.log('error', `job ${job.id}: recording the failure failed`, again);
    }
  }
}
