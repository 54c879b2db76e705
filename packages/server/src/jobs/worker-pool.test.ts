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

  it('refuses work once closed', async () => {
    pool = new WorkerPool({ entry: { evalCode }, size: 1, taskTimeoutMs: 300 });
    await pool.close();
    await expect(pool.run(1)).rejects.toThrow(/closed/);
  });
});
