import { Worker, type Transferable } from 'node:worker_threads';

/** Options of {@link WorkerPool}. */
export interface WorkerPoolOptions {
  /**
   * The worker: a `.js` module, or (to run TypeScript source through a loader) JavaScript code
   * evaluated as the worker's entry, which then imports the module.
   */
  entry: { script: URL } | { evalCode: string };
  /** Threads at most (≥ 1); started on demand. */
  size: number;
  /** A task running longer is abandoned and its thread replaced, ms. */
  taskTimeoutMs: number;
}

/** Messages a worker script sends back: one reply per task. */
export type WorkerReply<Out> =
  { taskId: number; ok: true; output: Out } | { taskId: number; ok: false; error: string };

interface Task<In, Out> {
  taskId: number;
  input: In;
  transfer: Transferable[];
  resolve: (output: Out) => void;
  reject: (error: Error) => void;
}

interface Slot<In, Out> {
  worker: Worker;
  task: Task<In, Out> | null;
  timer: NodeJS.Timeout | undefined;
}

/**
 * A fixed-size pool of worker threads running one script, so that CPU-heavy work (parsing and
 * analysing an ECG) never blocks the event loop. Tasks queue when every thread is busy. A thread
 * that crashes or overruns its task's time limit is replaced; its task is rejected.
 * The script receives `{ taskId, input }` and must answer with a {@link WorkerReply}.
 */
export class WorkerPool<In, Out> {
  private readonly slots = new Set<Slot<In, Out>>();
  private readonly queue: Task<In, Out>[] = [];
  private nextId = 1;
  private closed = false;

  /** @param options script, size, loader flags and time limit. */
  constructor(private readonly options: WorkerPoolOptions) {}

  /**
   * Runs one task on a free thread.
   * @param input structured-cloneable data for the script.
   * @param transfer buffers to move (not copy) to the thread.
   */
  run(input: In, transfer: Transferable[] = []): Promise<Out> {
    if (this.closed) {
      return Promise.reject(new Error('worker pool is closed'));
    }
    return new Promise<Out>((resolve, reject) => {
      this.queue.push({ taskId: this.nextId++, input, transfer, resolve, reject });
      this.dispatch();
    });
  }

  /** Rejects queued tasks and terminates every thread. */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) {
      task.reject(new Error('worker pool closed'));
    }
    await Promise.all([...this.slots].map((slot) => this.retire(slot, new Error('pool closed'))));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = [...this.slots].find((s) => s.task === null);
      if (slot === undefined && this.slots.size < this.options.size) {
        slot = this.spawn();
      }
      const task = slot === undefined ? undefined : this.queue.shift();
      if (slot === undefined || task === undefined) {
        return;
      }
      const busy = slot;
      busy.task = task;
      busy.timer = setTimeout(() => {
        void this.retire(
          busy,
          new Error(`worker task exceeded ${this.options.taskTimeoutMs} ms; thread replaced`),
        );
      }, this.options.taskTimeoutMs);
      busy.worker.postMessage({ taskId: task.taskId, input: task.input }, task.transfer);
    }
  }

  private spawn(): Slot<In, Out> {
    const entry = this.options.entry;
    const worker =
      'script' in entry ? new Worker(entry.script) : new Worker(entry.evalCode, { eval: true });
    const slot: Slot<In, Out> = { worker, task: null, timer: undefined };
    worker.on('message', (reply: WorkerReply<Out>) => {
      const task = slot.task;
      if (task === null || task.taskId !== reply.taskId) {
        return;
      }
      clearTimeout(slot.timer);
      slot.task = null;
      if (reply.ok) {
        task.resolve(reply.output);
      } else {
        task.reject(new Error(reply.error));
      }
      this.dispatch();
    });
    worker.on('error', (error) => {
      void this.retire(slot, error);
    });
    worker.on('exit', (code) => {
      if (this.slots.has(slot)) {
        void this.retire(slot, new Error(`worker thread exited with code ${code}`));
      }
    });
    // Idle threads do not keep the process alive.
    worker.unref();
    this.slots.add(slot);
    return slot;
  }

  private async retire(slot: Slot<In, Out>, error: Error): Promise<void> {
    if (!this.slots.delete(slot)) {
      return;
    }
    clearTimeout(slot.timer);
    const task = slot.task;
    slot.task = null;
    task?.reject(error);
    await slot.worker.terminate().catch(() => undefined);
    if (!this.closed) {
      this.dispatch();
    }
  }
}
