import type { FastifyInstance } from 'fastify';
import { JobRunner } from '../jobs/job-runner.js';
import { alertRoutes } from './alert-routes.js';
import { escalationJobHandler } from './escalation-job.js';

/** Escalation jobs run at once per process (each is a few short queries). */
const escalationConcurrency = 2;

/**
 * Escalation: the alert and breach routes, and this process's runner of `ecg.escalation` jobs
 * (separate from the ingest runner, so a long analysis never holds an alert back), started when
 * the app is ready and stopped (its unfinished jobs unlocked) when it closes. A process started
 * with `GESANG_JOBS=false` runs none. With a configured clock, jobs are due by that clock.
 */
export function escalationRoutes(app: FastifyInstance): void {
  alertRoutes(app);
  const { config } = app;
  if (!config.jobsEnabled) {
    return;
  }
  const clock = config.clock;
  const runner = new JobRunner(
    app.database.db,
    [escalationJobHandler({ db: app.database.db, config })],
    {
      concurrency: escalationConcurrency,
      pollMs: config.jobPollMs,
      leaseMs: config.jobLeaseMs,
      log: (level, message, error) => app.log[level]({ err: error }, message),
      ...(clock === null ? {} : { clock: () => clock.now() }),
    },
  );
  app.addHook('onReady', () => {
    runner.start();
    return Promise.resolve();
  });
  app.addHook('onClose', () => runner.stop(Math.max(0, config.shutdownTimeoutMs / 2)));
}
