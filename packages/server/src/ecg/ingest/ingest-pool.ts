import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { WorkerPool, type WorkerPoolOptions } from '../../jobs/worker-pool.js';
import type { IngestOutcome } from './analyse-bytes.js';
import type { IngestTask } from './ingest-worker.js';

/** The pool that parses and analyses uploads off the event loop. */
export type IngestPool = WorkerPool<IngestTask, IngestOutcome>;

/**
 * The worker's entry. From the bundle (`dist/main.js`) it is `dist/ingest-worker.js`, the second
 * entry of build.mjs. From TypeScript source (vitest, tsx) it is `ingest-worker.ts` next to this
 * module, imported after registering tsx inside the thread: on Node 20, `--import tsx` in a
 * worker's execArgv does not reach the worker's own entry module.
 */
function workerEntry(): WorkerPoolOptions['entry'] {
  if (!import.meta.url.endsWith('.ts')) {
    return { script: new URL('./ingest-worker.js', import.meta.url) };
  }
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href;
  const esmApi = tsxApi.replace(/\.cjs$/, '.mjs');
  const worker = new URL('./ingest-worker.ts', import.meta.url).href;
  return {
    evalCode: `import(${JSON.stringify(esmApi)}).then(({ register }) => { register(); return import(${JSON.stringify(worker)}); });`,
  };
}

/**
 * Creates the ingest pool (threads start on the first task).
 * @param size threads (config `GESANG_INGEST_WORKERS`).
 * @param taskTimeoutMs a file taking longer is abandoned (the job retries, then gives up).
 * @example const outcome = await createIngestPool(1, 120_000).run({ bytes });
 */
export function createIngestPool(size: number, taskTimeoutMs: number): IngestPool {
  return new WorkerPool<IngestTask, IngestOutcome>({ entry: workerEntry(), size, taskTimeoutMs });
}
