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
 * Tasks waiting in each ingest thread's own queue: under load this process's event loop may take
 * a while to read a finished analysis and hand out the next file; one file sent ahead keeps the
 * thread working meanwhile (in the server benchmark at 100 uploads/s the single thread had been
 * idle a third of the time while studies waited).
 */
const ingestAheadPerThread = 1;
/**
 * Each ingest thread's young generation, MiB (3 × 64 MiB semi-spaces; V8's default is 3 × 16).
 * The engine makes short-lived typed arrays per lead and stage, and with the default their
 * scavenges, partly on V8's helper threads, added about a fifth to the CPU time of an analysis.
 * Measured in a worker thread interpreting the 207 twelve-lead development records three times:
 * process CPU per record 15.0–16.5 ms with the default, 13.0–13.2 ms with 192 MiB.
 */
const ingestYoungGenerationMb = 192;
/**
 * Each ingest thread's initial old-generation limit, MiB. The thread's live heap is about 10 MiB,
 * so V8's adaptive limit stayed near 25 MiB and a full mark-compact ran every seven files or so
 * (32 per pass over the benchmark's 234 files). With 128 MiB there were one or two per pass, and
 * CPU per file (parse + analysis, in the thread, incl. V8's helper threads) fell from
 * 16.7–18.7 ms to 12.4–13.3 ms.
 */
const ingestInitialOldGenerationMb = 128;

/**
 * Creates the ingest pool (threads start on the first task).
 * @param size threads (config `GESANG_INGEST_WORKERS`).
 * @param taskTimeoutMs a file taking longer is abandoned (the job retries, then gives up).
 * @example const outcome = await createIngestPool(1, 120_000).run({ path: files.pathOf(sha256) });
 */
export function createIngestPool(size: number, taskTimeoutMs: number): IngestPool {
  return new WorkerPool<IngestTask, IngestOutcome>({
    entry: workerEntry(),
    size,
    taskTimeoutMs,
    aheadPerThread: ingestAheadPerThread,
    youngGenerationMb: ingestYoungGenerationMb,
    initialOldGenerationMb: ingestInitialOldGenerationMb,
  });
}
