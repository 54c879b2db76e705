import { setFlagsFromString } from 'node:v8';
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
  /**
   * Tasks handed to a busy thread ahead of time, waiting in its own message queue (default 0).
   * A thread then starts its next task the moment it answers the last one, instead of idling
   * until this (possibly busy) event loop has read the answer and sent more work.
   */
  aheadPerThread?: number;
  /** Each thread's V8 young generation, MiB (default V8's; larger means fewer scavenges). */
  youngGenerationMb?: number;
  /**
   * Each thread's initial V8 old-generation limit, MiB (default V8's, which starts small and
   * grows with the live heap). A thread whose live heap stays small but which frees many
   * ArrayBuffers otherwise runs a full mark-compact every few tasks. Set through the process-wide
   * V8 flag `--initial-old-space-size` just before a thread starts (read when its isolate is
   * made; Worker options have no such limit), so threads started later by this process get it
   * too; the main thread's heap, made already, does not change.
   */
  initialOldGenerationMb?: number;
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
  /** Sent to the thread, in order: the first is running, the rest wait in its message queue. */
  tasks: Task<In, Out>[];
  /** The running task's time limit. */
  timer: NodeJS.Timeout | undefined;
}

/**
 * A fixed-size pool of worker threads running one script, so that CPU-heavy work (parsing and
 * analysing an ECG) never blocks the event loop. Tasks queue when every thread is busy; with
 * `aheadPerThread`, that many more go to each busy thread ahead of time. A thread that crashes
 * or overruns its task's time limit is replaced and that task rejected; the tasks sent ahead of
 * it are sent again (they went without transferring their buffers, so their input is intact).
 * The script receives `{ taskId, input }` and must answer with a {@link WorkerReply}.
 */
export class WorkerPool<In, Out> {
  private readonly slots = new Set<Slot<In, Out>>();
  private readonly queue: Task<In, Out>[] = [];
  private nextId = 1;
  private closed = false;

  /** @param options script, size, look-ahead, heap and time limits. */
  constructor(private readonly options: WorkerPoolOptions) {}

  /**
   * Runs one task on a free thread.
   * @param input structured-cloneable data for the script.
   * @param transfer buffers to move (not copy) to the thread; a task sent ahead to a busy thread
   *   is copied instead, so that it can be sent again if that thread dies.
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

  /** The thread the next task goes to: an idle one, a new one, else the least loaded with room. */
  private pick(): Slot<In, Out> | undefined {
    let best: Slot<In, Out> | undefined;
    for (const slot of this.slots) {
      if (best === undefined || slot.tasks.length < best.tasks.length) {
        best = slot;
      }
    }
    if (best?.tasks.length === 0) {
      return best;
    }
    if (this.slots.size < this.options.size) {
      return this.spawn();
    }
    const limit = 1 + (this.options.aheadPerThread ?? 0);
    return best !== undefined && best.tasks.length < limit ? best : undefined;
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.pick();
      const task = slot === undefined ? undefined : this.queue.shift();
      if (slot === undefined || task === undefined) {
        return;
      }
      const ahead = slot.tasks.length > 0;
      slot.tasks.push(task);
      if (!ahead) {
        this.startTimer(slot);
      }
      slot.worker.postMessage(
        { taskId: task.taskId, input: task.input },
        ahead ? [] : task.transfer,
      );
    }
  }

  /** Starts the time limit of the slot's running (first) task. */
  private startTimer(slot: Slot<In, Out>): void {
    clearTimeout(slot.timer);
    slot.timer = setTimeout(() => {
      void this.retire(
        slot,
        new Error(`worker task exceeded ${this.options.taskTimeoutMs} ms; thread replaced`),
      );
    }, this.options.taskTimeoutMs);
  }

  private spawn(): Slot<In, Out> {
    const entry = this.options.entry;
    const young = this.options.youngGenerationMb;
    const resourceLimits = young === undefined ? {} : { maxYoungGenerationSizeMb: young };
    const initialOld = this.options.initialOldGenerationMb;
    if (initialOld !== undefined) {
      setFlagsFromString(`--initial-old-space-size=${Math.round(initialOld)}`);
    }
    const worker =
      'script' in entry
        ? new Worker(entry.script, { resourceLimits })
        : new Worker(entry.evalCode, { eval: true, resourceLimits });
    const slot: Slot<In, Out> = { worker, tasks: [], timer: undefined };
    worker.on('message', (reply: WorkerReply<Out>) => {
      const at = slot.tasks.findIndex((t) => t.taskId === reply.taskId);
      const task = slot.tasks[at];
      if (task === undefined) {
        return;
      }
      slot.tasks.splice(at, 1);
      if (at === 0) {
        // The thread has moved on to the next task sent ahead, if any.
        clearTimeout(slot.timer);
        slot.timer = undefined;
        if (slot.tasks.length > 0) {
          this.startTimer(slot);
        }
      }
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
    const [running, ...waiting] = slot.tasks.splice(0);
    running?.reject(error);
    if (this.closed) {
      waiting.forEach((task) => task.reject(error));
    } else {
      this.queue.unshift(...waiting);
    }
    await slot.worker.terminate().catch(() => undefined);
    if (!this.closed) {
      this.dispatch();
    }
  }
}
