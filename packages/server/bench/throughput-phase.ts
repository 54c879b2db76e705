import { performance } from 'node:perf_hooks';
import type { BenchOrg } from './bench-org.js';
import type { PoolFile } from './ecg-pool.js';
import { pickUpload } from './latency-phase.js';
import { closedLoop, failures, percentile } from './load.js';
import { cpuSeconds } from './process-cpu.js';
import { openReader } from './sse-readers.js';

/** Concurrent clients of the closed loop (each uploads again as soon as answered). */
const clientCounts = [16, 64];
const windowS = 10;

const ms = (v: number): string => (Number.isNaN(v) ? '—' : `${v.toFixed(0)} ms`);

/**
 * The throughput phase: for each client count, a closed loop of uploads for 10 s (no readers but
 * one, which counts the analyses finished in the window). Prints uploads answered 201 per second
 * (sustained over the window), answer p50/p99, failures, studies analysed or rejected per second
 * in the same window (ingest keeps running after: it is behind when uploads outrun it), and the
 * server's CPU use.
 */
export async function runThroughputPhase(
  base: string,
  org: BenchOrg,
  pool: PoolFile[],
  serverPid: number,
): Promise<void> {
  const monitorSession = org.readers[0];
  if (monitorSession === undefined) {
    throw new Error('the bench needs at least one reader');
  }
  const monitor = await openReader(base, monitorSession);
  const pick = pickUpload(org, pool);
  let offset = 1_000_000;
  console.log(`throughput, closed loop, ${windowS} s per client count:`);
  try {
    for (const clients of clientCounts) {
      const finalBefore = monitor.arrivals.analysed.size + monitor.arrivals.rejected.size;
      const cpuBefore = cpuSeconds(serverPid);
      const t0 = performance.now();
      const { results, windowMs } = await closedLoop(
        base,
        (i) => pick(i + offset),
        clients,
        windowS,
      );
      const cpu = cpuSeconds(serverPid) - cpuBefore;
      const finals = monitor.arrivals.analysed.size + monitor.arrivals.rejected.size - finalBefore;
      offset += results.length;
      const ok = results.filter((u) => u.status === 201);
      const answers = ok.map((u) => u.endMs - u.startMs);
      console.log(
        `  ${String(clients).padStart(3)} clients: ${(ok.length / (windowMs / 1000)).toFixed(0)} uploads/s ` +
          `(${ok.length} in ${(windowMs / 1000).toFixed(1)} s, not 201: ${failures(results)}); ` +
          `answer p50 ${ms(percentile(answers, 50))} p99 ${ms(percentile(answers, 99))}; ` +
          `ingest finished ${(finals / ((performance.now() - t0) / 1000)).toFixed(0)}/s; ` +
          `server process CPU ${((cpu / windowMs) * 1000 * 100).toFixed(0)} % ` +
          `(${((cpu * 1000) / Math.max(1, ok.length)).toFixed(1)} ms per upload)   [goal ≥ 300 uploads/s]`,
      );
    }
  } finally {
    monitor.close();
  }
}
