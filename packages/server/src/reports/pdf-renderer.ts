/**
 * The parent side of a PDF renderer on a worker thread, so that drawing a PDF (font shaping,
 * subsetting and filtering: hundreds of milliseconds of CPU) never stalls the event loop that
 * carries live pushes. The thread starts with the first PDF. When the bundle lacks the worker
 * script, PDFs render in-process and a warning says so once.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { GesangError } from '@gesang/domain';
import { WorkerPool, type WorkerPoolOptions } from '../jobs/worker-pool.js';
import type { PdfOutcome } from './pdf-task-protocol.js';

/** Longest a PDF may take before its thread is replaced. */
const renderTimeoutMs = 60_000;

/** Renders PDFs; close it with the app. */
export interface PdfRenderer<Task> {
  render(task: Task): Promise<Buffer>;
  close(): Promise<void>;
}

/** What {@link createPdfRenderer} needs to know of one kind of PDF. */
export interface PdfRendererOptions<Task> {
  /** `import.meta.url` of the module beside the worker's source (and of the bundle's main). */
  moduleUrl: string;
  /** The worker module's name without extension (`report-worker`). */
  workerName: string;
  /** The same drawing in-process, when the bundle has no worker script. */
  renderInProcess: (task: Task) => Promise<Uint8Array>;
  /** Buffers moved (not copied) to the worker with a task. */
  transfer?: (task: Task) => ArrayBuffer[];
  /** The 500 message when the worker fails (`Report rendering failed`). */
  failureMessage: string;
  /** Logs the in-process fallback once. */
  warn: (message: string) => void;
  /** The fallback warning's text. */
  fallbackWarning: string;
}

/** The worker entry, as for the ingest pool: the bundled script, or the TypeScript source via tsx. */
function workerEntry(moduleUrl: string, workerName: string): WorkerPoolOptions['entry'] | null {
  if (!moduleUrl.endsWith('.ts')) {
    const script = new URL(`./${workerName}.js`, moduleUrl);
    return existsSync(fileURLToPath(script)) ? { script } : null;
  }
  const tsxApi = pathToFileURL(createRequire(moduleUrl).resolve('tsx/esm/api')).href;
  const esmApi = tsxApi.replace(/\.cjs$/, '.mjs');
  const worker = new URL(`./${workerName}.ts`, moduleUrl).href;
  return {
    evalCode: `import(${JSON.stringify(esmApi)}).then(({ register }) => { register(); return import(${JSON.stringify(worker)}); });`,
  };
}

/**
 * Creates a renderer of one kind of PDF.
 * @example createPdfRenderer({ moduleUrl: import.meta.url, workerName: 'report-worker', … })
 */
export function createPdfRenderer<Task>(options: PdfRendererOptions<Task>): PdfRenderer<Task> {
  const entry = workerEntry(options.moduleUrl, options.workerName);
  let pool: WorkerPool<Task, PdfOutcome> | null = null;
  let warned = false;
  return {
    render: async (task) => {
      if (entry === null) {
        if (!warned) {
          warned = true;
          options.warn(options.fallbackWarning);
        }
        return Buffer.from(await options.renderInProcess(task));
      }
      pool ??= new WorkerPool<Task, PdfOutcome>({ entry, size: 1, taskTimeoutMs: renderTimeoutMs });
      let outcome: PdfOutcome;
      try {
        outcome = await pool.run(task, options.transfer?.(task));
      } catch (error) {
        throw new GesangError(500, 'internal', options.failureMessage, { cause: error });
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
