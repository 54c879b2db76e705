import { afterEach, describe, expect, it } from 'vitest';
import { WorkerPool } from './worker-pool.js';

/**
 * A worker that answers `{ threadId, value: input * 2 }`, throws for 'fail', exits the thread for
 * 'crash' and never answers for 'hang'.
 */
const evalCode = `
const { parentPort, threadId } = require('node:worker_threads');
parentPort.on('message', ({ taskId, input }) => {
  if (input === 'crash') process.exit(3);
  if (input === 'hang') return;
  if (input === 'fail') return parentPort.postMessage({ taskId, ok: false, error: 'bad input' });
  const until = Date.now() + 50;
  while (Date.now() < until) {}
  parentPort.postMessage({ taskId, ok: true, output: { threadId, value: input * 2 } });
});`;

let pool: WorkerPool<unknown, { threadId: number; value: number }> | undefined;
afterEach(async () => {
  await pool?.close();
});

describe('worker-thread pool', () => {
  it('runs tasks on at most `size` threads, queueing the rest', async () => {
    pool = new WorkerPool({ entry: { evalCode }, size: 2, taskTimeoutMs: 5000 });
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => pool!.run(n)));
    expect(results.map((r) => r.value)).toEqual([2, 4, 6, 8, 10]);
    expect(new Set(results.map((r) => r.threadId)).size).toBe(2);
  });

  it('rejects a task whose thread crashes or overruns, and carries on with a new thread', async () => {
    pool = new WorkerPool({ entry: { evalCode }, size: 1, taskTimeoutMs: 300 });
    await expect(pool.run('crash')).rejects.toThrow(/exited with code 3/);
    await expect(pool.run('hang')).rejects.toThrow(/exceeded 300 ms/);
    await expect(pool.run('fail')).rejects.toThrow('bad input');
    expect((await pool.run(21)).value).toBe(42);
  });

  it('sends tasks ahead to busy threads, and re-sends those waiting behind a crash', async () => {
    pool = new WorkerPool({ entry: { evalCode }, size: 1, taskTimeoutMs: 5000, aheadPerThread: 1 });
    const input = new Uint8Array([7]);
    // 'crash' runs first; 5 waits in the same thread's queue and 6 in the pool's.
    const crashed = pool.run('crash');
    const five = pool.run(5);
    const six = pool.run(6);
    await expect(crashed).rejects.toThrow(/exited with code 3/);
    expect((await five).value).toBe(10);
    expect((await six).value).toBe(12);
    // A buffer sent ahead is copied, not moved, so the caller's (and a re-send's) input survives.
    const first = pool.run(1);
    const ahead = pool.run(input, [input.buffer]);
    await first;
    await ahead;
    expect(input.byteLength).toBe(1);
  });

  it('times a task sent ahead from when it starts, not from when it was sent', async () => {
    pool = new WorkerPool({ entry: { evalCode }, size: 1, taskTimeoutMs: 400, aheadPerThread: 9 });
    await pool.run(0); // the thread is up: its start-up is not part of the timed tasks
    // Each task busies the thread for 50 ms: the tenth finishes 500 ms after it was sent.
    const inputs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const results = await Promise.all(inputs.map((n) => pool!.run(n)));
    expect(results.map((r) => r.value)).toEqual(inputs.map((n) => n * 2));
  });

  it('refuses work once closed', async () => {
    pool = new WorkerPool({ entry: { evalCode }, size: 1, taskTimeoutMs: 300 });
    await pool.close();
    await expect(pool.run(1)).rejects.toThrow(/closed/);
  });
});
