/**
 * Renders monthly quality reports on a worker thread, so that drawing one never stalls the event
 * loop that carries live pushes. The thread starts with the first report. When the bundle lacks
 * the worker script (`dist/quality-report-worker.js`), reports render in-process and a warning
 * says so once.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { GesangError } from '@gesang/domain';
import { WorkerPool, type WorkerPoolOptions } from '../jobs/worker-pool.js';
import {
  renderQualityTask,
  type QualityReportOutcome,
  type QualityReportTask,
} from './quality-report-worker.js';

/** Longest a report may take before its thread is replaced. */
const renderTimeoutMs = 60_000;

/** Renders quality reports; close it with the app. */
export interface QualityRenderer {
  render(task: QualityReportTask): Promise<Buffer>;
  close(): Promise<void>;
}

function workerEntry(): WorkerPoolOptions['entry'] | null {
  if (!import.meta.url.endsWith('.ts')) {
    const script = new URL('./quality-report-worker.js', import.meta.url);
    return existsSync(fileURLToPath(script)) ? { script } : null;
  }
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href;
  const esmApi = tsxApi.replace(/\.cjs$/, '.mjs');
  const worker = new URL('./quality-report-worker.ts', import.meta.url).href;
  return {
    evalCode: `import(${JSON.stringify(esmApi)}).then(({ register }) => { register(); return import(${JSON.stringify(worker)}); });`,
  };
}

/**
 * Creates the renderer.
 * @param warn logs the in-process fallback once.
 * @example const pdf = await renderer.render(task);
 */
export function createQualityRenderer(warn: (message: string) => void): QualityRenderer {
  const entry = workerEntry();
  let pool: WorkerPool<QualityReportTask, QualityReportOutcome> | null = null;
  let warned = false;
  return {
    render: async (task) => {
      if (entry === null) {
        if (!warned) {
          warned = true;
          warn(
            'quality-report-worker.js is missing from the bundle: quality reports render on the event loop',
          );
        }
        return Buffer.from(await renderQualityTask(task));
      }
      pool ??= new WorkerPool<QualityReportTask, QualityReportOutcome>({
        entry,
        size: 1,
        taskTimeoutMs: renderTimeoutMs,
      });
      let outcome: QualityReportOutcome;
      try {
        outcome = await pool.run(task);
      } catch (error) {
        throw new GesangError(500, 'internal', 'Quality report rendering failed', { cause: error });
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
