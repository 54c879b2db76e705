/**
 * Renders report PDFs on a worker thread, so that drawing one (a few hundred milliseconds of
 * font shaping, subsetting and filtering) never stalls the event loop that carries the readers'
 * live pushes. The thread starts with the first report. When the bundle lacks the worker script
 * (`dist/report-worker.js`), reports render in-process and a warning says so once.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { GesangError } from '@gesang/domain';
import { WorkerPool, type WorkerPoolOptions } from '../jobs/worker-pool.js';
import { renderFromBytes, type ReportOutcome, type ReportTask } from './report-worker.js';

/** Longest a report may take before its thread is replaced. */
const renderTimeoutMs = 60_000;

/** Renders reports; close it with the app. */
export interface ReportRenderer {
  render(task: ReportTask): Promise<Buffer>;
  close(): Promise<void>;
}

/** The worker entry, as for the ingest pool: the bundled script, or the TypeScript source via tsx. */
function workerEntry(): WorkerPoolOptions['entry'] | null {
  if (!import.meta.url.endsWith('.ts')) {
    const script = new URL('./report-worker.js', import.meta.url);
    return existsSync(fileURLToPath(script)) ? { script } : null;
  }
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href;
  const esmApi = tsxApi.replace(/\.cjs$/, '.mjs');
  const worker = new URL('./report-worker.ts', import.meta.url).href;
  return {
    evalCode: `import(${JSON.stringify(esmApi)}).then(({ register }) => { register(); return import(${JSON.stringify(worker)}); });`,
  };
}

/**
 * Creates the renderer.
 * @param warn logs the in-process fallback once.
 * @example const pdf = await renderer.render({ signed, fileBytes, config });
 */
export function createReportRenderer(warn: (message: string) => void): ReportRenderer {
  const entry = workerEntry();
  let pool: WorkerPool<ReportTask, ReportOutcome> | null = null;
  let warned = false;
  return {
    render: async (task) => {
      if (entry === null) {
        if (!warned) {
          warned = true;
          warn('report-worker.js is missing from the bundle: report PDFs render on the event loop');
        }
        return Buffer.from(await renderFromBytes(task));
      }
      pool ??= new WorkerPool<ReportTask, ReportOutcome>({
        entry,
        size: 1,
        taskTimeoutMs: renderTimeoutMs,
      });
      let outcome: ReportOutcome;
      try {
        outcome = await pool.run(task, [task.fileBytes.buffer]);
      } catch (error) {
        throw new GesangError(500, 'internal', 'Report rendering failed', { cause: error });
      }
      if (!outcome.ok) {
        throw new GesangError(
          outcome.status,
          outcome.status === 503 ? 'not_ready' : 'internal',
          outcome.message,
        );
      }
      return Buffer.from(outcome.pdf.buffer, outcome.pdf.byteOffset, outcome.pdf.byteLength);
    },
    close: async () => {
      await pool?.close();
    },
  };
}
